package org.inversesuite.astro.rv;

import org.inversesuite.core.problem.ForwardModel;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * The noise-free radial-velocity curve on a fixed grid of epochs, y*_j = v(t_j; x), for the
 * fixed-width problems of the core engine ({@link FixedGridRvSimulator}). The jitter column of x
 * does not enter the clean curve; it only scales the noise. Immutable and thread-safe.
 */
public final class RvForwardModel implements ForwardModel {
  private final RadialVelocityModel model;
  private final double[] epochs;

  /**
   * @param model the curve v(t) and its reference epoch
   * @param epochs t_j in days, at least one, finite and strictly increasing
   */
  public RvForwardModel(RadialVelocityModel model, double[] epochs) {
    if (epochs.length == 0) {
      throw new IllegalArgumentException("a fixed grid needs at least one epoch, got 0");
    }
    for (int j = 0; j < epochs.length; j++) {
      if (!Double.isFinite(epochs[j]) || (j > 0 && !(epochs[j] > epochs[j - 1]))) {
        throw new IllegalArgumentException("epochs must be finite and strictly increasing; epoch " + j + " is "
            + epochs[j] + (j > 0 ? " after " + epochs[j - 1] : ""));
      }
    }
    this.model = model;
    this.epochs = epochs.clone();
  }

  /**
   * @param model the curve
   * @param first the first epoch in days
   * @param spacing the step in days, &gt; 0
   * @param count the number of epochs, ≥ 1
   * @return a model on the evenly spaced grid first + j · spacing
   */
  public static RvForwardModel evenlySpaced(RadialVelocityModel model, double first, double spacing, int count) {
    if (!(spacing > 0) || count < 1) {
      throw new IllegalArgumentException("need spacing > 0 and count >= 1, got " + spacing + " and " + count);
    }
    double[] t = new double[count];
    for (int j = 0; j < count; j++) {
      t[j] = first + j * spacing;
    }
    return new RvForwardModel(model, t);
  }

  /** @return the epochs t_j (a copy) */
  public double[] epochs() {
    return epochs.clone();
  }

  /** @return the curve */
  public RadialVelocityModel model() {
    return model;
  }

  /** @return 7, the columns of {@link RvParameters#NAMES} */
  @Override
  public int inputDimension() {
    return RvParameters.DIMENSION;
  }

  /** @return the number of epochs */
  @Override
  public int outputDimension() {
    return epochs.length;
  }

  /**
   * @param x shape [n, 7], rows valid {@link RvParameters}
   * @return shape [n, epochs], v(t_j) in m/s, float64
   */
  @Override
  public Matrix apply(Matrix x) {
    int n = x.rows();
    double[] out = new double[Math.multiplyExact(n, epochs.length)];
    for (int r = 0; r < n; r++) {
      RvParameters p = RvParameters.fromRow(x, r);
      for (int j = 0; j < epochs.length; j++) {
        out[r * epochs.length + j] = model.velocity(p, epochs[j]);
      }
    }
    return new DoubleMatrix(n, epochs.length, out);
  }
}
