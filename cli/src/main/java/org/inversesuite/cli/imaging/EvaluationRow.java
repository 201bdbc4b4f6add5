package org.inversesuite.cli.imaging;

/**
 * One line of {@code inverse imaging evaluate}: a held-out image, a noise level and a method.
 *
 * @param image file name of the held-out image
 * @param sigma noise standard deviation on the 0-255 scale
 * @param method "noisy", "wavelet" or "invdn"
 * @param psnr 10 log₁₀(255²/MSE) against the clean image, in dB (RGB convention)
 * @param ssim mean SSIM (Wang et al. 2004) against the clean image
 */
record EvaluationRow(String image, double sigma, String method, double psnr, double ssim) {
}
