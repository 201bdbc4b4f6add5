package org.inversesuite.anomaly.baseline;

import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;

/** Rows standardised with μ and σ fitted on the normal training rows (σ = 1 for a constant column), as double[][]. */
final class Standardized {
  private Standardized() {}

  static double[][] apply(Standardization s, Matrix x) {
    Matrix out = Matrix.zeros(Precision.FLOAT64, x.rows(), x.cols());
    s.apply(x, out);
    return out.toRows();
  }

  static double squaredDistance(double[] a, double[] b) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      double e = a[j] - b[j];
      s += e * e;
    }
    return s;
  }

  /** @return log Σ exp(v_i), stable */
  static double logSumExp(double[] v) {
    double max = Double.NEGATIVE_INFINITY;
    for (double x : v) {
      max = Math.max(max, x);
    }
    if (max == Double.NEGATIVE_INFINITY) {
      return max;
    }
    double s = 0;
    for (double x : v) {
      s += Math.exp(x - max);
    }
    return max + Math.log(s);
  }
}
