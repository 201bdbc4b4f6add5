package org.inversesuite.imaging.noise;

import org.inversesuite.core.random.Rng;
import org.inversesuite.imaging.Image;

/**
 * Additive white Gaussian noise, y = x + σ·ε with ε ~ N(0, I), σ on the 0-255 scale; the
 * result is not clipped (the usual convention of synthetic denoising benchmarks, e.g. Zhang et
 * al. 2017, DnCNN), so its mean is exactly the clean image.
 */
public final class GaussianNoise {
  private GaussianNoise() {}

  /** @return {@code image} plus N(0, σ²) noise per value, drawn from {@code rng} */
  public static Image add(Image image, double sigma, Rng rng) {
    if (!(sigma >= 0) || !Double.isFinite(sigma)) {
      throw new IllegalArgumentException("noise sigma must be finite and >= 0 (on the 0-255 scale), got " + sigma);
    }
    double[] v = image.values();
    for (int i = 0; i < v.length; i++) {
      v[i] += sigma * rng.gaussian();
    }
    return new Image(image.shape(), v);
  }
}
