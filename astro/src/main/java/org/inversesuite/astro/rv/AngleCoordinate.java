package org.inversesuite.astro.rv;

/**
 * The coordinates in which the RV cINN learns the eccentricity e and the two angles ω (argument
 * of periastron) and M₀ (mean anomaly at the reference epoch), columns 2–4 of
 * {@link RvParameters}.
 * <ul>
 *   <li>{@link #BOX}: (e, ω, M₀) as they are, each mapped by the prior's box [0, e_max),
 *       [0, 2π), [0, 2π) (logit). An angle whose posterior straddles 0 = 2π is cut into two
 *       modes at the two ends of its box; what models without this setting use.</li>
 *   <li>{@link #ECCENTRICITY_VECTOR}: the standard RV parametrisation of Eastman, Gaudi &amp; Agol
 *       (2013, PASP 125, 83, "EXOFAST", §2) with the mean longitude in place of the phase:
 *       \[ h = \sqrt e \cos\omega,\quad k = \sqrt e \sin\omega,\quad
 *          \lambda = (\omega + M_0) \bmod 2\pi . \]
 *       (h, k) has no wrap in ω and no coordinate singularity at e → 0 (where ω is undefined, the
 *       posterior is a blob around the origin instead of a band across [0, 2π)); λ is the phase
 *       the data determine for nearly circular orbits, where only ω + M₀ is measured. The prior
 *       (e, ω uniform) is uniform on the disk h² + k² &lt; e_max, and λ is uniform on [0, 2π).
 *       Inverse on the support: e = h² + k², ω = atan2(k, h) mod 2π, M₀ = (λ − ω) mod 2π
 *       (ω = 0 at h = k = 0, where it is undefined). Jacobian:
 *       \( |\partial(h, k, \lambda)/\partial(e, \omega, M_0)| = 1/2 \) everywhere
 *       (∂(h, k)/∂(e, ω) has determinant 1/2, and λ is a unit-shear of M₀), so
 *       \( \log q(e, \omega, M_0) = \log q(h, k, \lambda) - \ln 2 \).</li>
 * </ul>
 */
public enum AngleCoordinate {
  /** e, ω, M₀ in the prior's box (logit per column); what an absent setting reads as. */
  @com.fasterxml.jackson.annotation.JsonEnumDefaultValue
  BOX,
  /** (√e cos ω, √e sin ω, (ω + M₀) mod 2π). */
  ECCENTRICITY_VECTOR;

  private static final double TWO_PI = 2 * Math.PI;
  /** First of the three columns this coordinate replaces: e, ω, M₀. */
  public static final int FIRST_COLUMN = 2;

  /**
   * @param e eccentricity in [0, e_max)
   * @param omega ω in [0, 2π)
   * @param meanAnomaly M₀ in [0, 2π)
   * @return the flow's three coordinates
   */
  public double[] forward(double e, double omega, double meanAnomaly) {
    if (this == BOX) {
      return new double[] {e, omega, meanAnomaly};
    }
    double r = Math.sqrt(e);
    return new double[] {r * Math.cos(omega), r * Math.sin(omega), wrap(omega + meanAnomaly)};
  }

  /** @return (e, ω, M₀) of the flow's three coordinates, the inverse of {@link #forward} */
  public double[] inverse(double a, double b, double c) {
    if (this == BOX) {
      return new double[] {a, b, c};
    }
    double omega = wrap(Math.atan2(b, a));
    return new double[] {a * a + b * b, omega, wrap(c - omega)};
  }

  /** @return log |∂(flow coordinates)/∂(e, ω, M₀)|: 0 for {@link #BOX}, −ln 2 otherwise */
  public double logDerivative() {
    return this == BOX ? 0 : -Math.log(2);
  }

  /**
   * @param eccentricityMax e_max of the prior
   * @return lower and upper bounds of the three flow columns (the box the flow's logit maps)
   */
  public double[][] box(double eccentricityMax) {
    if (this == BOX) {
      return new double[][] {{0, 0, 0}, {eccentricityMax, TWO_PI, TWO_PI}};
    }
    double r = Math.sqrt(eccentricityMax);
    return new double[][] {{-r, -r, 0}, {r, r, TWO_PI}};
  }

  /** @return true if the flow's coordinates (a, b) lie in the prior's support (always, for {@link #BOX}) */
  public boolean inside(double a, double b, double eccentricityMax) {
    return this == BOX || a * a + b * b < eccentricityMax;
  }

  /** @return v mod 2π in [0, 2π) (a value that rounds to 2π becomes 0) */
  static double wrap(double v) {
    double w = v - TWO_PI * Math.floor(v / TWO_PI);
    return w >= TWO_PI || w < 0 ? 0 : w;
  }
}
