package org.inversesuite.airfoil.solver;

/**
 * The hyperbolic tangent through the exponential,
 *
 * <pre>
 *   tanh x = sign(x) (1 − e^(−2|x|)) / (1 + e^(−2|x|)),
 * </pre>
 *
 * within 4·10⁻¹⁶ of {@link Math#tanh} (absolute, not relative near 0, where 1 − e cancels;
 * the e^N rate adds tanh to terms of order one; tested). On Java 17 {@code Math.tanh} is the
 * non-intrinsic fdlibm routine and cost a tenth of a polar's time in the e^N rate
 * ({@link Amplification}, two per call); {@link Math#exp} is a JIT intrinsic, about three times
 * cheaper (docs/airfoil-validation.md, session 10).
 */
final class Tanh {
  private Tanh() {}

  /** @return tanh x */
  static double of(double x) {
    double e = Math.exp(-2 * Math.abs(x));
    return Math.copySign((1 - e) / (1 + e), x);
  }
}
