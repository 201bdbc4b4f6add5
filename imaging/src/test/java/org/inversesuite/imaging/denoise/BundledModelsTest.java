package org.inversesuite.imaging.denoise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.image.ImageShape;
import org.inversesuite.core.random.Rng;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.TestImages;
import org.inversesuite.imaging.metric.Psnr;
import org.inversesuite.imaging.noise.GaussianNoise;
import org.junit.jupiter.api.Test;

class BundledModelsTest {
  @Test
  void theShippedModelLoadsAndReducesNoiseOnAFlatImage() {
    Image clean = TestImages.constant(3, 24, 120);
    Image noisy = GaussianNoise.add(clean, 25, new Rng(1));
    Image out = BundledModels.invdn(25).denoise(noisy);
    assertEquals(new ImageShape(3, 24, 24), out.shape());
    assertTrue(Psnr.of(clean, out) > Psnr.of(clean, noisy) + 3, Psnr.of(clean, noisy) + " -> " + Psnr.of(clean, out));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BundledModels.invdn(15));
    assertTrue(e.getMessage().contains("15"), e.getMessage());
  }
}
