package org.inversesuite.imaging.winnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every shipped WINNet model loads, is trained for the noise level its name states, and carries its metrics. */
class ShippedWinnetModelsTest {
  @Test
  void everyShippedModelLoadsWithItsNoiseLevelAndMetrics() {
    for (String name : WinnetModelFile.SHIPPED_MODELS) {
      WinnetModelFile.Loaded m = WinnetModelFile.resource(name + ".invmodel");
      assertNotNull(m, name);
      assertEquals(name.equals(WinnetModelFile.BLIND), m.experiment().blind(), name);
      if (!m.experiment().blind()) {
        assertEquals(name, "winnet-s" + (int) m.experiment().sigma(), "a known-sigma model is named after its sigma");
      }
      assertTrue(m.metrics().path("steps").asInt() > 0 && !m.metrics().path("checkpoint").asBoolean(), name);
    }
  }

  @Test
  void nearestPicksTheModelTrainedClosestInLogSigma() {
    assertEquals("winnet-s15", WinnetModelFile.nearest(5));
    assertEquals("winnet-s15", WinnetModelFile.nearest(19));
    assertEquals("winnet-s25", WinnetModelFile.nearest(20));
    assertEquals("winnet-s25", WinnetModelFile.nearest(35));
    assertEquals("winnet-s50", WinnetModelFile.nearest(36));
    assertEquals("winnet-s50", WinnetModelFile.nearest(200));
  }
}
