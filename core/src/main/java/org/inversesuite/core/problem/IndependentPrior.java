package org.inversesuite.core.problem;

import java.util.List;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * A prior whose components are independent, {@code p(x) = Π_j p_j(x_j)}: the shared part of
 * the Gaussian, uniform, log-uniform and truncated-normal priors. Sampling draws row by row and,
 * within a row, component by component in order, so a seed fixes every sample; the
 * log-density is the sum of the components' (−∞ outside the support, NaN in x gives −∞).
 */
public abstract class IndependentPrior implements Prior {
  private final List<String> names;

  /** @param names one distinct name per parameter, at least one */
  protected IndependentPrior(List<String> names) {
    this.names = PriorChecks.names(names, names.size());
  }

  /** @return one draw of component j */
  protected abstract double drawComponent(int j, Rng rng);

  /** @return log p_j(v), with its normalising constant; −∞ outside the support */
  protected abstract double componentLogDensity(int j, double v);

  @Override
  public final int dimension() {
    return names.size();
  }

  @Override
  public final List<String> names() {
    return names;
  }

  /**
   * @param n number of draws, ≥ 0
   * @return shape [n, dimension()], float64
   */
  @Override
  public final Matrix sample(int n, Rng rng) {
    if (n < 0) {
      throw new IllegalArgumentException("sample count must be >= 0, got " + n);
    }
    int d = dimension();
    double[] out = new double[Math.multiplyExact(n, d)];
    for (int r = 0, k = 0; r < n; r++) {
      for (int j = 0; j < d; j++, k++) {
        out[k] = drawComponent(j, rng);
      }
    }
    return new DoubleMatrix(n, d, out);
  }

  /**
   * @param x shape [n, dimension()], either precision
   * @return log p(x) per row
   */
  @Override
  public final double[] logDensity(Matrix x) {
    int d = dimension();
    PriorChecks.shape(x, d);
    double[] out = new double[x.rows()];
    for (int r = 0; r < out.length; r++) {
      double s = 0;
      for (int j = 0; j < d && s > Double.NEGATIVE_INFINITY; j++) {
        double v = x.get(r * d + j);
        s += Double.isNaN(v) ? Double.NEGATIVE_INFINITY : componentLogDensity(j, v);
      }
      out[r] = s;
    }
    return out;
  }
}
