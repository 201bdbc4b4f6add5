package org.inversesuite.cli.density;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The validation interval of the flows follows the epoch length (batch 128), at least 5 steps. */
class DensityModelsTest {
  @Test
  void flowsAreValidatedOncePerEpochAndAtLeastEveryFiveSteps() {
    assertEquals(5, DensityModels.validationInterval(105));
    assertEquals(5, DensityModels.validationInterval(640));
    assertEquals(6, DensityModels.validationInterval(641));
    assertEquals(10, DensityModels.validationInterval(1258));
  }
}
