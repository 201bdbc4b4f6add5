package org.inversesuite.core.inn;

/**
 * One generalised inverse multiquadric kernel of the INN losses (FrEIA's
 * {@code MMD_matrix_multiscale}), a function of the squared distance d = ‖u − v‖²:
 * \[ k(d) = C^{a} \Big(\frac{C + d}{a}\Big)^{-a}, \qquad
 *    k'(d) = -C^{a} \Big(\frac{C + d}{a}\Big)^{-a-1}. \]
 * With a = 1 it is the plain inverse multiquadric C/(C + d), i.e. 1/(1 + d/h²) with h² = C.
 *
 * @param scale C &gt; 0
 * @param exponent a &gt; 0
 */
public record MmdKernel(double scale, double exponent) {
  /** Validates the values. */
  public MmdKernel {
    if (!(scale > 0) || !(exponent > 0) || !Double.isFinite(scale) || !Double.isFinite(exponent)) {
      throw new IllegalArgumentException("MMD kernel needs finite scale > 0 and exponent > 0, got (" + scale + ", "
          + exponent + ")");
    }
  }

  /** @return C^a */
  public double coefficient() {
    return Math.pow(scale, exponent);
  }

  /** @return k(d) */
  public double value(double squaredDistance) {
    return Math.pow(scale, exponent) * Math.pow((scale + squaredDistance) / exponent, -exponent);
  }

  /** @return dk/dd at d */
  public double derivative(double squaredDistance) {
    return -Math.pow(scale, exponent) * Math.pow((scale + squaredDistance) / exponent, -exponent - 1);
  }
}
