package org.inversesuite.imaging.noise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.inversesuite.core.random.Rng;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.TestImages;
import org.junit.jupiter.api.Test;

class GaussianNoiseTest {
  @Test
  void addedNoiseHasMeanZeroAndStandardDeviationSigma() {
    Image clean = TestImages.constant(3, 100, 128);
    Image noisy = GaussianNoise.add(clean, 25, new Rng(1));
    double[] v = noisy.values();
    double mean = 0;
    double sq = 0;
    for (double x : v) {
      mean += x - 128;
      sq += (x - 128) * (x - 128);
    }
    int n = v.length;
    mean /= n;
    double std = Math.sqrt(sq / n - mean * mean);
    assertEquals(0, mean, 5 * 25 / Math.sqrt(n), "mean of the noise");
    assertEquals(25, std, 5 * 25 / Math.sqrt(2.0 * n), "standard deviation of the noise");
    assertThrows(IllegalArgumentException.class, () -> GaussianNoise.add(clean, -1, new Rng(1)));
    assertThrows(IllegalArgumentException.class, () -> GaussianNoise.add(clean, Double.NaN, new Rng(1)));
  }
}
