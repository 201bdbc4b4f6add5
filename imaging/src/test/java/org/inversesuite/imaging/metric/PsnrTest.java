package org.inversesuite.imaging.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import static org.inversesuite.imaging.TestImages.constant;

import org.junit.jupiter.api.Test;

class PsnrTest {
  @Test
  void constantErrorGivesTwentyLogPeakOverError() {
    for (double d : new double[] {1, 5, 25.5}) {
      assertEquals(20 * Math.log10(255 / d), Psnr.of(constant(3, 12, 100), constant(3, 12, 100 + d)), 1e-12);
    }
    assertEquals(Double.POSITIVE_INFINITY, Psnr.of(constant(1, 4, 7), constant(1, 4, 7)));
    assertThrows(IllegalArgumentException.class, () -> Psnr.of(constant(1, 4, 7), constant(3, 4, 7)));
  }
}
