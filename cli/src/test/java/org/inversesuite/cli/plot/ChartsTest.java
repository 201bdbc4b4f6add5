package org.inversesuite.cli.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.DecimalFormat;
import org.junit.jupiter.api.Test;

class ChartsTest {
  private static String label(double[] range, double value) {
    return new DecimalFormat(Charts.decimalPattern(range)).format(value);
  }

  @Test
  void tickLabelsUseAsFewDigitsAsTheRangeNeeds() {
    assertEquals("650", label(new double[] {600, 660}, 650.0));
    assertEquals("-650", label(new double[] {-660, -600}, -650.0));
    assertEquals("40", label(new double[] {30, 99.5}, 40.0));
    assertEquals("12.5", label(new double[] {10, 20}, 12.5));
    assertEquals("0.25", label(new double[] {0, 0.8}, 0.25));
    assertEquals("2.0", label(new double[] {0, 6.3}, 2.0));
  }
}
