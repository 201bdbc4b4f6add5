/**
 * InvDN-style invertible denoising (Liu et al. 2021): {@link org.inversesuite.imaging.denoise.InvdnNetwork},
 * its training ({@link org.inversesuite.imaging.denoise.InvdnTraining}) and inference
 * ({@link org.inversesuite.imaging.denoise.InvdnDenoiser}).
 */
package org.inversesuite.imaging.denoise;
