package org.inversesuite.anomaly.detector;

import java.util.Arrays;

/**
 * The empirical q-quantile by linear interpolation between order statistics (type 7 of
 * Hyndman and Fan 1996, the default of R and NumPy): with sorted values v₀ ≤ … ≤ v_{n−1},
 * h = (n − 1) q, Q(q) = v_⌊h⌋ + (h − ⌊h⌋)(v_⌊h⌋+1 − v_⌊h⌋).
 */
public final class Quantile {
  private Quantile() {}

  /** @return Q(q) of {@code values}; q in [0, 1], at least one finite value */
  public static double of(double[] values, double q) {
    if (!(q >= 0 && q <= 1)) {
      throw new IllegalArgumentException("quantile level must be in [0, 1], got " + q);
    }
    if (values.length == 0) {
      throw new IllegalArgumentException("the quantile of no values is undefined");
    }
    double[] v = values.clone();
    Arrays.sort(v);
    double h = (v.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, v.length - 1);
    return v[lo] + (h - lo) * (v[hi] - v[lo]);
  }
}
