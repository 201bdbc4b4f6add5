package org.inversesuite.core.flow;

import org.inversesuite.core.problem.BoundedTransform;
import org.inversesuite.core.tensor.Matrix;

/**
 * The map from physical parameters x to the space the flow works in: first the support
 * transform {@code u = T(x)} of a bounded prior ({@link BoundedTransform}: logit or log per
 * bounded coordinate, identity otherwise), then the standardisation {@code v = (u − μ)/σ}.
 * Its log-Jacobian {@code log|det ∂v/∂x| = log|det ∂T/∂x| − Σ log σ} enters the density of x;
 * its inverse maps every flow sample back inside the prior's support, by construction.
 *
 * @param support T
 * @param standardization μ and σ, fitted on T(x)
 */
public record ParameterSpace(BoundedTransform support, Standardization standardization) {
  /** Checks that the dimensions agree. */
  public ParameterSpace {
    if (support.dimension() != standardization.dimension()) {
      throw new IllegalArgumentException("support has " + support.dimension() + " dimensions, standardisation "
          + standardization.dimension());
    }
  }

  /** @return the identity map for d parameters */
  public static ParameterSpace identity(int d) {
    return new ParameterSpace(BoundedTransform.unbounded(d), Standardization.identity(d));
  }

  /** @return a space with this support and no standardisation */
  public static ParameterSpace of(BoundedTransform support) {
    return new ParameterSpace(support, Standardization.identity(support.dimension()));
  }

  /** @return the support transform, with the standardisation fitted on T(x) of {@code sample} */
  public static ParameterSpace fit(BoundedTransform support, Matrix sample) {
    return new ParameterSpace(support, Standardization.fit(support.forward(sample)));
  }

  /** @return the same support with another standardisation */
  public ParameterSpace withStandardization(Standardization s) {
    return new ParameterSpace(support, s);
  }

  /** @return width of x */
  public int dimension() {
    return support.dimension();
  }

  /** Writes v = (T(x) − μ)/σ into {@code out}; refuses x outside the support. */
  public void toFlow(Matrix x, Matrix out) {
    standardization.apply(support.isIdentity() ? x : support.forward(x), out);
  }

  /** @return x = T⁻¹(μ + σ v), float64, inside the support */
  public Matrix fromFlow(Matrix v) {
    Matrix u = Matrix.zeros(org.inversesuite.core.tensor.Precision.FLOAT64, v.rows(), v.cols());
    standardization.invert(v, u);
    return support.isIdentity() ? u : support.inverse(u);
  }

  /** @return log|det ∂v/∂x| per row */
  public double[] logDet(Matrix x) {
    double[] out = support.isIdentity() ? new double[x.rows()] : support.forwardLogDet(x);
    double c = standardization.logDet();
    for (int r = 0; r < out.length; r++) {
      out[r] += c;
    }
    return out;
  }
}
