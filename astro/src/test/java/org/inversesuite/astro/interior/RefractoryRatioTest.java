package org.inversesuite.astro.interior;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RefractoryRatioTest {
  /** Earth-like 32.5 % Fe: (0.325 / 55.845) / (0.675 / 100.389) = 0.8655; water does not change Fe/Si. */
  @Test
  void earthLikeAndWaterIndependence() {
    assertEquals(0.8655, RefractoryRatio.feSi(Composition.earthLike()), 1e-4);
    assertEquals(RefractoryRatio.feSi(new Composition(0.2, 0.4, 0.4)), RefractoryRatio.feSi(new Composition(0.3, 0.6, 0.1)),
        1e-12);
    assertEquals(RefractoryRatio.LOG_LIMIT, RefractoryRatio.log10FeSi(Composition.iron()));
    assertEquals(-RefractoryRatio.LOG_LIMIT, RefractoryRatio.log10FeSi(new Composition(0, 1, 0)));
  }
}
