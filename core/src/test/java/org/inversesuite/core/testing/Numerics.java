package org.inversesuite.core.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.DoubleSupplier;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.inversesuite.core.tensor.Matrix;

/**
 * Numerical checkers shared by every contract test (published in core's test-jar): central
 * finite differences for gradients and for Jacobians of row-wise maps, compared with the
 * analytic values under the relative error |a − n| / (|a| + |n|).
 */
public final class Numerics {
  private Numerics() {}

  /** A row-wise map Matrix → Matrix, evaluated on a whole batch. */
  @FunctionalInterface
  public interface RowMap {
    Matrix apply(Matrix x);
  }

  /**
   * Jacobians of a row-wise map by central differences, one per row: {@code J[r][i][j] =
   * ∂f_i(x_r)/∂x_rj}. All rows are perturbed at once, which is exact because rows are
   * independent.
   */
  public static double[][][] jacobians(RowMap f, Matrix x, double h) {
    int n = x.rows();
    int d = x.cols();
    double[][][] jac = null;
    for (int j = 0; j < d; j++) {
      Matrix plus = x.copy();
      Matrix minus = x.copy();
      for (int r = 0; r < n; r++) {
        plus.add(r * d + j, h);
        minus.add(r * d + j, -h);
      }
      Matrix fp = f.apply(plus);
      Matrix fm = f.apply(minus);
      int m = fp.cols();
      if (jac == null) {
        jac = new double[n][m][d];
      }
      for (int r = 0; r < n; r++) {
        for (int i = 0; i < m; i++) {
          jac[r][i][j] = (fp.get(r * m + i) - fm.get(r * m + i)) / (2 * h);
        }
      }
    }
    return jac;
  }

  /** @return log|det J| by LU decomposition (Commons Math) */
  public static double logAbsDet(double[][] jacobian) {
    double det = new LUDecomposition(new Array2DRowRealMatrix(jacobian)).getDeterminant();
    return Math.log(Math.abs(det));
  }

  /** @return (f(v + ε) − f(v − ε)) / 2ε for entry i of {@code m}, restoring it afterwards */
  public static double centralDifference(Matrix m, int i, double eps, DoubleSupplier f) {
    double v = m.get(i);
    m.set(i, v + eps);
    double plus = f.getAsDouble();
    m.set(i, v - eps);
    double minus = f.getAsDouble();
    m.set(i, v);
    return (plus - minus) / (2 * eps);
  }

  /**
   * Compares an analytic gradient with central differences entry by entry: relative error at
   * most {@code relTol} unless the absolute error is below {@code absTol}; NaN or infinity fail.
   */
  public static void assertGradient(String what, Matrix variable, Matrix analytic, double eps, double relTol,
      double absTol, DoubleSupplier loss) {
    for (int i = 0; i < variable.size(); i++) {
      double a = analytic.get(i);
      double num = centralDifference(variable, i, eps, loss);
      if (!Double.isFinite(a) || !Double.isFinite(num)) {
        fail(what + "[" + i + "]: non-finite gradient, analytic " + a + ", numerical " + num);
      }
      double err = Math.abs(a - num);
      if (err >= absTol) {
        double rel = err / (Math.abs(a) + Math.abs(num));
        assertTrue(rel <= relTol, what + "[" + i + "]: analytic " + a + " vs numerical " + num + " (rel. error " + rel + ")");
      }
    }
  }

  /** @return max |a − b| over all entries */
  public static double maxAbsDiff(Matrix a, Matrix b) {
    double m = 0;
    for (int i = 0; i < a.size(); i++) {
      m = Math.max(m, Math.abs(a.get(i) - b.get(i)));
    }
    return m;
  }

  /** @return a matrix of N(0, scale²) entries */
  public static Matrix gaussian(org.inversesuite.core.random.Rng rng, int rows, int cols, double scale) {
    Matrix m = Matrix.zeros(org.inversesuite.core.tensor.Precision.FLOAT64, rows, cols);
    for (int i = 0; i < m.size(); i++) {
      m.set(i, scale * rng.gaussian());
    }
    return m;
  }

  /** @return a copy of {@code m} in {@code precision} */
  public static Matrix cast(Matrix m, org.inversesuite.core.tensor.Precision precision) {
    Matrix c = Matrix.zeros(precision, m.rows(), m.cols());
    for (int i = 0; i < m.size(); i++) {
      c.set(i, m.get(i));
    }
    return c;
  }

  /** @return the entries of {@code m}, row by row */
  public static double[] values(Matrix m) {
    double[] v = new double[m.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = m.get(i);
    }
    return v;
  }
}
