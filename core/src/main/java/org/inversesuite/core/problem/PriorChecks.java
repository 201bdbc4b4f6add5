package org.inversesuite.core.problem;

import java.util.HashSet;
import java.util.List;
import org.inversesuite.core.tensor.Matrix;

/** Argument checks shared by the priors of this package. */
final class PriorChecks {
  private PriorChecks() {}

  /** @return an immutable copy of {@code names}, which must be d distinct names */
  static List<String> names(List<String> names, int d) {
    if (d < 1) {
      throw new IllegalArgumentException("a prior needs at least one parameter, got 0");
    }
    if (names.size() != d) {
      throw new IllegalArgumentException("expected " + d + " parameter names, got " + names.size());
    }
    if (new HashSet<>(names).size() != d) {
      throw new IllegalArgumentException("parameter names must be distinct, got " + names);
    }
    return List.copyOf(names);
  }

  /** Requires {@code values.length == d}. */
  static void length(String what, double[] values, int d) {
    if (values.length != d) {
      throw new IllegalArgumentException(what + " must have length " + d + ", got " + values.length);
    }
  }

  /** Requires finite lower &lt; upper in every dimension (infinite bounds allowed if {@code infiniteAllowed}). */
  static void bounds(double[] lower, double[] upper, boolean infiniteAllowed) {
    length("upper bounds", upper, lower.length);
    for (int j = 0; j < lower.length; j++) {
      boolean finite = Double.isFinite(lower[j]) && Double.isFinite(upper[j]);
      boolean ordered = lower[j] < upper[j] && lower[j] != Double.POSITIVE_INFINITY
          && upper[j] != Double.NEGATIVE_INFINITY;
      if (!ordered || (!infiniteAllowed && !finite)) {
        throw new IllegalArgumentException("bounds of parameter " + j + " must satisfy "
            + (infiniteAllowed ? "" : "finite ") + "lower < upper, got [" + lower[j] + ", " + upper[j] + "]");
      }
    }
  }

  /** Requires x of shape [n, d]. */
  static void shape(Matrix x, int d) {
    if (x.cols() != d) {
      throw new IllegalArgumentException("x must have shape [n, " + d + "], got [" + x.rows() + ", " + x.cols() + "]");
    }
  }

  /** @return true if every lowerⱼ ≤ xᵣⱼ ≤ upperⱼ (false for NaN) */
  static boolean inside(Matrix x, int r, double[] lower, double[] upper) {
    for (int j = 0; j < lower.length; j++) {
      double v = x.get(r, j);
      if (!(v >= lower[j] && v <= upper[j])) {
        return false;
      }
    }
    return true;
  }
}
