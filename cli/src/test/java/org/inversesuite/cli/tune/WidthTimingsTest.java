package org.inversesuite.cli.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WidthTimingsTest {
  private static WidthTimings of(double[] a256, double[] a512) {
    WidthTimings t = new WidthTimings();
    for (int i = 0; i < Math.max(a256.length, a512.length); i++) {
      if (i < a256.length) {
        t.add(256, a256[i]);
      }
      if (i < a512.length) {
        t.add(512, a512[i]);
      }
    }
    return t;
  }

  @Test
  void aWidthWhoseSlowestRunBeatsTheOthersFastestIsChosen() {
    WidthTimings t = of(new double[] {10.0, 10.4, 10.2}, new double[] {11.0, 10.5, 12.0});
    assertEquals(Optional.of(256), t.clearWinner());
    assertEquals(10.2, t.median(256), 0);
    assertEquals(11.0 / 10.2, t.ratioToFastest(512), 1e-12);
    assertEquals(1.0, t.ratioToFastest(256), 0);
  }

  @Test
  void overlappingRunsChooseNothingEvenWhenOneMedianIsLower() {
    WidthTimings t = of(new double[] {10.0, 10.6, 10.2}, new double[] {11.0, 10.5, 12.0});
    assertEquals(256, t.fastest());
    assertEquals(Optional.empty(), t.clearWinner());
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    WidthTimings t = of(new double[] {4, 1, 3, 2}, new double[] {9, 8});
    assertEquals(2.5, t.median(256), 0);
    assertEquals(8.5, t.median(512), 0);
    assertEquals(Optional.of(256), t.clearWinner());
  }

  @Test
  void oneWidthAloneIsNoChoice() {
    WidthTimings t = new WidthTimings();
    t.add(256, 1.0);
    t.add(256, 1.1);
    assertEquals(Optional.empty(), t.clearWinner());
  }

  @Test
  void impossibleTimesAreRefused() {
    WidthTimings t = new WidthTimings();
    assertThrows(IllegalArgumentException.class, () -> t.add(256, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> t.add(256, -1));
    assertThrows(IllegalStateException.class, t::fastest);
    assertTrue(t.widths().isEmpty());
  }
}
