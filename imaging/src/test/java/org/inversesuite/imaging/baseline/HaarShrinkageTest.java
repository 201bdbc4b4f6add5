package org.inversesuite.imaging.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.image.ImageShape;
import org.inversesuite.core.random.Rng;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.metric.Psnr;
import org.inversesuite.imaging.noise.GaussianNoise;
import org.junit.jupiter.api.Test;

class HaarShrinkageTest {
  /** A smooth image with an edge: what wavelets are good at. */
  static Image scene(int channels, int h, int w) {
    double[] v = new double[channels * h * w];
    for (int c = 0; c < channels; c++) {
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          v[(c * h + y) * w + x] = 60 + 40 * c + 50 * Math.sin(x / 9.0) * Math.cos(y / 13.0) + (x > w / 2 ? 60 : 0);
        }
      }
    }
    return new Image(new ImageShape(channels, h, w), v);
  }

  @Test
  void zeroNoiseGivesThePerfectReconstructionOfTheTransform() {
    Image image = scene(3, 37, 50);
    assertArrayEquals(image.values(), new HaarShrinkage(3, 2).denoise(image, 0).values(), 1e-9);
  }

  @Test
  void denoisingRaisesPsnrAndCycleSpinningHelps() {
    Image clean = scene(1, 64, 64);
    Image noisy = GaussianNoise.add(clean, 25, new Rng(4));
    double before = Psnr.of(clean, noisy);
    double plain = Psnr.of(clean, new HaarShrinkage(4, 1).denoise(noisy, 25));
    double spun = Psnr.of(clean, new HaarShrinkage(4, 4).denoise(noisy, 25));
    assertTrue(plain > before + 3, "plain Haar shrinkage: " + before + " -> " + plain + " dB");
    assertTrue(spun > plain + 0.5, "cycle spinning: " + plain + " -> " + spun + " dB");
  }
}
