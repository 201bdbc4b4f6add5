package org.inversesuite.core.inn;

import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.infer.PosteriorEstimator;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.NonFiniteException;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.tensor.ShapeMismatchException;

/**
 * A trained INN (Ardizzone et al. 2019): an unconditional flow f with
 * \( f([x, 0]) = [z, 0, y] \). The forward direction predicts y from x; the posterior is sampled
 * by running the flow backwards on \( [z, 0, y] \), \( z \sim N(0, I) \), and keeping the x
 * columns. The INN has no tractable conditional density (the padding and the y columns are fit
 * by losses, not by a change of variables), so {@link #hasDensity()} is false.
 */
public final class Inn implements PosteriorEstimator {
  private final Flow flow;
  private final InnConfig config;

  /** @param flow the trained flow, dimension config.totalDimension(), unconditional */
  public Inn(Flow flow, InnConfig config) {
    if (flow.dimension() != config.totalDimension() || flow.conditionDimension() != 0) {
      throw new IllegalArgumentException("INN flow must be unconditional with dimension " + config.totalDimension()
          + ", got dimension " + flow.dimension() + " and condition " + flow.conditionDimension());
    }
    this.flow = flow;
    this.config = config;
  }

  /** @return the flow */
  public Flow flow() {
    return flow;
  }

  /** @return the configuration it was trained with */
  public InnConfig config() {
    return config;
  }

  @Override
  public int dimension() {
    return config.xDimension();
  }

  @Override
  public int conditionDimension() {
    return config.yDimension();
  }

  private Workspace workspace() {
    return new Workspace(flow.parameters(), Kernels.FASTEST.create(flow.parameters().precision()));
  }

  @Override
  public Matrix sample(double[] observation, int n, Rng rng) {
    if (observation.length != conditionDimension()) {
      throw new ShapeMismatchException("observation has " + observation.length + " values, the INN expects "
          + conditionDimension(), new int[] {conditionDimension()}, new int[] {observation.length});
    }
    if (n < 1) {
      throw new IllegalArgumentException("number of samples must be >= 1, got " + n);
    }
    Matrix y = Matrix.zeros(Precision.FLOAT64, n, conditionDimension());
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < observation.length; j++) {
        y.set(r, j, observation[j]);
      }
    }
    return sampleEach(y, rng);
  }

  @Override
  public Matrix sampleEach(Matrix y, Rng rng) {
    if (y.cols() != conditionDimension()) {
      throw new ShapeMismatchException("observations have " + y.cols() + " columns, the INN expects "
          + conditionDimension(), new int[] {conditionDimension()}, new int[] {y.cols()});
    }
    NonFiniteException.check(y, "observation");
    int n = y.rows();
    int d = config.totalDimension();
    Matrix w = Matrix.zeros(flow.parameters().precision(), n, d);
    int yCol = d - config.yDimension();
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < config.zDimension(); j++) {
        w.set(r, j, rng.gaussian());
      }
      for (int j = 0; j < config.yDimension(); j++) {
        w.set(r, yCol + j, y.get(r, j));
      }
    }
    Matrix x = w.like(n, d);
    flow.inverse(w, null, x, new double[n], workspace());
    Matrix out = Matrix.zeros(Precision.FLOAT64, n, dimension());
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < dimension(); j++) {
        out.set(r, j, x.get(r, j));
      }
    }
    return out;
  }

  /**
   * The forward direction: y predicted from x.
   *
   * @param x parameters, shape [n, dimension()]
   * @return predicted observations, shape [n, conditionDimension()], float64
   */
  public Matrix predict(Matrix x) {
    x.requireShape(x.rows(), dimension(), "INN input x");
    int n = x.rows();
    int d = config.totalDimension();
    Matrix padded = Matrix.zeros(flow.parameters().precision(), n, d);
    padded.copyColumns(x, 0, 0, dimension());
    Matrix out = padded.like(n, d);
    flow.forward(padded, null, out, new double[n], workspace());
    Matrix y = Matrix.zeros(Precision.FLOAT64, n, conditionDimension());
    y.copyColumns(out, d - conditionDimension(), 0, conditionDimension());
    return y;
  }

  @Override
  public boolean hasDensity() {
    return false;
  }

  @Override
  public double[] logDensity(Matrix x, Matrix y) {
    throw new UnsupportedOperationException("the INN of Ardizzone et al. 2019 has no tractable density p(x | y)");
  }
}
