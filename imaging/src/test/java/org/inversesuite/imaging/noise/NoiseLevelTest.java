package org.inversesuite.imaging.noise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.image.ImageShape;
import org.inversesuite.core.random.Rng;
import org.inversesuite.imaging.Image;
import org.junit.jupiter.api.Test;

class NoiseLevelTest {
  /** A plane a + b·x + c·y per channel: its diagonal Haar details are exactly zero. */
  private static Image ramps(int channels, int h, int w) {
    double[] v = new double[channels * h * w];
    for (int c = 0; c < channels; c++) {
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          v[(c * h + y) * w + x] = 40 + 30 * c + 1.7 * x - 0.9 * y;
        }
      }
    }
    return new Image(new ImageShape(channels, h, w), v);
  }

  @Test
  void recoversTheNoiseLevelOfNoiseOnASmoothScene() {
    Image clean = ramps(3, 128, 130);
    assertEquals(0, NoiseLevel.estimate(clean), 1e-9, "no noise, no diagonal detail");
    for (double sigma : new double[] {5, 20, 50}) {
      double got = NoiseLevel.estimate(GaussianNoise.add(clean, sigma, new Rng((long) sigma)));
      // the median of n = 12,288 |N(0, σ²)| values has a relative standard error of about 1.1%
      assertEquals(sigma, got, 0.05 * sigma, "sigma " + sigma);
    }
  }

  @Test
  void readsOnlyTheNamedPlanes() {
    Image a = GaussianNoise.add(ramps(1, 64, 64), 10, new Rng(1));
    Image b = GaussianNoise.add(ramps(1, 64, 64), 40, new Rng(2));
    double[] both = new double[2 * 64 * 64];
    System.arraycopy(a.values(), 0, both, 0, 64 * 64);
    System.arraycopy(b.values(), 0, both, 64 * 64, 64 * 64);
    assertEquals(NoiseLevel.estimate(b), NoiseLevel.estimate(both, 64 * 64, 1, 64, 64), 1e-12);
    assertTrue(NoiseLevel.estimate(both, 0, 2, 64, 64) > NoiseLevel.estimate(a));
  }

  @Test
  void refusesPlanesTooSmallForOneHaarBlock() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NoiseLevel.estimate(new double[5], 0, 1, 1, 5));
    assertTrue(e.getMessage().contains("1x5"), e.getMessage());
  }
}
