package org.inversesuite.astro.rv;

import java.util.Arrays;

/** Order statistics the RV benchmarks print: median (mean of the middle two for even counts), min, max; NaN when empty. */
final class RvBenchStats {
  private RvBenchStats() {}

  static double median(double[] v) {
    if (v.length == 0) {
      return Double.NaN;
    }
    double[] a = v.clone();
    Arrays.sort(a);
    return a.length % 2 == 1 ? a[a.length / 2] : 0.5 * (a[a.length / 2 - 1] + a[a.length / 2]);
  }

  static double min(double[] v) {
    return Arrays.stream(v).min().orElse(Double.NaN);
  }

  static double max(double[] v) {
    return Arrays.stream(v).max().orElse(Double.NaN);
  }
}
