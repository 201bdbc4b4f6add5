package org.inversesuite.astro.interior;

import org.inversesuite.core.problem.ObservationModel;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * Fractional Gaussian measurement errors on the clean (M, R) of {@link InteriorForwardModel}:
 *
 * <pre>
 *   y_j = y*_j (1 + s_j ε_j),   ε_j ~ N(0, 1),   j ∈ {M, R}
 *   log p(y | y*) = Σ_j [ −½ ((y_j − y*_j) / (s_j y*_j))² − ln(s_j y*_j) − ½ ln 2π ]
 * </pre>
 *
 * e.g. s = (0.10, 0.03) for a radial-velocity mass good to 10 % and a transit radius to 3 %.
 * Immutable and thread-safe.
 */
public final class MassRadiusNoise implements ObservationModel {
  private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
  private final double massError;
  private final double radiusError;

  /**
   * @param massError fractional error s_M of the mass, finite and &gt; 0
   * @param radiusError fractional error s_R of the radius, finite and &gt; 0
   */
  public MassRadiusNoise(double massError, double radiusError) {
    if (!(massError > 0) || !(radiusError > 0) || !Double.isFinite(massError) || !Double.isFinite(radiusError)) {
      throw new IllegalArgumentException("fractional errors must be finite and > 0, got " + massError + " and "
          + radiusError);
    }
    this.massError = massError;
    this.radiusError = radiusError;
  }

  /** @return (y_M, y_R) per row, float64; clean has shape [n, 2] */
  @Override
  public Matrix observe(Matrix clean, Rng rng) {
    clean.requireShape(clean.rows(), 2, "clean (mass, radius)");
    Matrix y = new DoubleMatrix(clean.rows(), 2);
    for (int r = 0; r < clean.rows(); r++) {
      y.set(r, 0, clean.get(r, 0) * (1 + massError * rng.gaussian()));
      y.set(r, 1, clean.get(r, 1) * (1 + radiusError * rng.gaussian()));
    }
    return y;
  }

  /** @return log p(y | clean) per row; both of shape [n, 2], clean values &gt; 0 */
  @Override
  public double[] logLikelihood(Matrix y, Matrix clean) {
    clean.requireShape(clean.rows(), 2, "clean (mass, radius)");
    y.requireShape(clean.rows(), 2, "observed (mass, radius)");
    double[] out = new double[clean.rows()];
    for (int r = 0; r < out.length; r++) {
      out[r] = term(y.get(r, 0), clean.get(r, 0), massError) + term(y.get(r, 1), clean.get(r, 1), radiusError);
    }
    return out;
  }

  private static double term(double y, double clean, double s) {
    double sigma = s * clean;
    double z = (y - clean) / sigma;
    return -0.5 * z * z - Math.log(sigma) - HALF_LOG_2PI;
  }

  @Override
  public String toString() {
    return "MassRadiusNoise[mass " + massError + ", radius " + radiusError + "]";
  }
}
