package org.inversesuite.core.nn;

/** How the last layer of an MLP starts. */
public enum OutputInit {
  /**
   * Weights and bias zero: the subnet outputs 0, so a coupling block starts as the identity
   * (Kingma and Dhariwal 2018, Glow, section 3.3). Gradients still reach it through the
   * hidden activations.
   */
  ZERO,
  /** The same fan-in uniform initialisation as the hidden layers. */
  UNIFORM
}
