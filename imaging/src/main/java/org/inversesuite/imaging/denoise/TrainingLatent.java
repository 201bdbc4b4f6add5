package org.inversesuite.imaging.denoise;

/** The high-frequency latent ẑ the reconstruction loss feeds to the inverse during training. */
public enum TrainingLatent {
  /** ẑ ~ N(0, I), as in Liu et al. 2021. */
  GAUSSIAN,
  /** ẑ = 0: the latent the denoiser uses at test time. */
  ZERO
}
