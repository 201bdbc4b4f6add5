package org.inversesuite.core.image;

/** Which way a resolution-changing block runs in the forward (data-to-latent) direction. */
public enum Direction {
  /** (C, H, W) to (4C, H/2, W/2). */
  DOWN,
  /** (4C, H/2, W/2) to (C, H, W): the inverse of {@link #DOWN}. */
  UP
}
