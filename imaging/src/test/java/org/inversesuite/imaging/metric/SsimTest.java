package org.inversesuite.imaging.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.random.Rng;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.TestImages;
import org.inversesuite.imaging.noise.GaussianNoise;
import org.junit.jupiter.api.Test;

class SsimTest {
  private static final double C1 = Math.pow(0.01 * 255, 2);

  @Test
  void constantImagesGiveTheLuminanceTermExactly() {
    // σ_a = σ_b = σ_ab = 0, so SSIM = (2ab + C1) / (a² + b² + C1)
    double a = 100;
    double b = 140;
    assertEquals((2 * a * b + C1) / (a * a + b * b + C1), Ssim.of(TestImages.constant(1, 16, a), TestImages.constant(1, 16, b)),
        1e-12);
  }

  @Test
  void identicalImagesGiveOneAndNoiseLowersItSymmetrically() {
    Image clean = GaussianNoise.add(TestImages.constant(3, 24, 120), 30, new Rng(1));
    assertEquals(1.0, Ssim.of(clean, clean), 1e-12);
    Image noisy = GaussianNoise.add(clean, 25, new Rng(2));
    Image noisier = GaussianNoise.add(clean, 50, new Rng(2));
    double s = Ssim.of(clean, noisy);
    assertEquals(s, Ssim.of(noisy, clean), 1e-12);
    assertTrue(s < 1 && Ssim.of(clean, noisier) < s);
    assertThrows(IllegalArgumentException.class, () -> Ssim.of(TestImages.constant(1, 10, 1), TestImages.constant(1, 10, 1)));
  }
}
