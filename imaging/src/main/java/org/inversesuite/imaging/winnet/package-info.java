/**
 * WINNet-style denoising (Huang and Dragotti 2022, "WINNet: Wavelet-inspired invertible network
 * for image denoising", IEEE TIP 31): an invertible multi-level Haar transform of the noisy
 * image, a learned shrinkage of its detail coefficients conditioned on σ and on the coarse band,
 * and the inverse of the same transform. The untrained model is exactly the BayesShrink wavelet
 * baseline ({@link org.inversesuite.imaging.baseline.HaarShrinkage}).
 */
package org.inversesuite.imaging.winnet;
