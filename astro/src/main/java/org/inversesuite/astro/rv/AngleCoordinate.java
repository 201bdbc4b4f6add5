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
 *   <li>{@link #ECCENTRICITY_PLANE}: the same vector with the disk stretched onto the plane, so the
 *       prior has no edge for the flow to reproduce: with ρ = √(e/e_max) ∈ [0, 1) and
 *       R = atanh ρ, the columns are (R cos ω, R sin ω, λ) (the prior's density in R is
 *       ∝ tanh R sech² R, an e^{−2R} tail). Inverse: R = hypot(a, b), e = e_max tanh² R,
 *       ω = atan2(b, a) mod 2π, M₀ = (λ − ω) mod 2π. Jacobian
 *       \( |\partial(a, b, \lambda)/\partial(e, \omega, M_0)| = R / (2 e_{max} \tanh R\,\mathrm{sech}^2 R) \)
 *       (→ 1/(2 e_max) as R → 0).</li>
 *   <li>{@link #ANGLE_PAIRS}: e stays in its box (as in {@link #BOX}), and the two angles ω and the
 *       mean longitude λ = (ω + M₀) mod 2π each become a point of the plane with an auxiliary
 *       radius ({@link AnglePair}): five columns
 *       \( (e,\ r_1\cos\omega,\ r_1\sin\omega,\ r_2\cos\lambda,\ r_2\sin\lambda) \), with
 *       ln r_i ~ N(0, σ²) drawn independently of everything at training time, so the flow has 9
 *       columns instead of 7. No angle has a wrap, e keeps its box coordinate, and for nearly
 *       circular orbits (ω undetermined, λ measured) the two pairs are a ring and a blob, not a
 *       diagonal band on the torus as (ω, M₀) would be. Inverse: ω = atan2(y₁, x₁) mod 2π,
 *       λ likewise, M₀ = (λ − ω) mod 2π; the radii are dropped. Jacobian of
 *       (e, ω, M₀, r₁, r₂) ↦ the five columns: r₁ r₂ (polar coordinates twice; (ω, M₀) ↦ (ω, λ)
 *       is a unit shear), so q(e, ω, M₀) = ∫∫ q̃ r₁ r₂ dr₁ dr₂ ({@link AnglePair#marginalLogDensity}).</li>
 * </ul>
 */
public enum AngleCoordinate {
  /** e, ω, M₀ in the prior's box (logit per column); what an absent setting reads as. */
  @com.fasterxml.jackson.annotation.JsonEnumDefaultValue
  BOX,
  /** (√e cos ω, √e sin ω, (ω + M₀) mod 2π). */
  ECCENTRICITY_VECTOR,
  /** (R cos ω, R sin ω, (ω + M₀) mod 2π), R = atanh √(e/e_max): the vector's disk stretched onto the plane. */
  ECCENTRICITY_PLANE,
  /** (e, r₁ cos ω, r₁ sin ω, r₂ cos λ, r₂ sin λ), λ = (ω + M₀) mod 2π, with auxiliary radii r₁, r₂ ({@link AnglePair}). */
  ANGLE_PAIRS;

  private static final double TWO_PI = 2 * Math.PI;
  /** First of the three columns this coordinate replaces: e, ω, M₀. */
  public static final int FIRST_COLUMN = 2;

  /** @return how many flow columns replace e, ω, M₀: 5 for {@link #ANGLE_PAIRS}, else 3 */
  public int width() {
    return this == ANGLE_PAIRS ? 5 : 3;
  }

  /** @return the number of columns of the flow: the 7 parameters with e, ω, M₀ replaced by {@link #width()} */
  public int flowDimension() {
    return RvParameters.DIMENSION - 3 + width();
  }

  /**
   * @param e eccentricity in [0, e_max)
   * @param omega ω in [0, 2π)
   * @param meanAnomaly M₀ in [0, 2π)
   * @return the flow's {@link #width()} coordinates (for {@link #ANGLE_PAIRS} at unit radii)
   */
  public double[] forward(double e, double omega, double meanAnomaly, double eccentricityMax) {
    return forward(e, omega, meanAnomaly, eccentricityMax, 1, 1);
  }

  /**
   * @param radiusOmega r₁, the auxiliary radius of ω's pair (read by {@link #ANGLE_PAIRS} only)
   * @param radiusLambda r₂, the auxiliary radius of λ's pair (read by {@link #ANGLE_PAIRS} only)
   * @return the flow's {@link #width()} coordinates
   */
  public double[] forward(double e, double omega, double meanAnomaly, double eccentricityMax, double radiusOmega,
      double radiusLambda) {
    if (this == BOX) {
      return new double[] {e, omega, meanAnomaly};
    }
    if (this == ANGLE_PAIRS) {
      double[] w = AnglePair.point(omega, radiusOmega);
      double[] l = AnglePair.point(wrap(omega + meanAnomaly), radiusLambda);
      return new double[] {e, w[0], w[1], l[0], l[1]};
    }
    double r = this == ECCENTRICITY_VECTOR ? Math.sqrt(e) : atanh(Math.sqrt(e / eccentricityMax));
    return new double[] {r * Math.cos(omega), r * Math.sin(omega), wrap(omega + meanAnomaly)};
  }

  /**
   * @param f flow coordinates
   * @param from index of this coordinate's first column in f
   * @return (e, ω, M₀) of the {@link #width()} columns from {@code from}, the inverse of {@link #forward}
   *     (the radii of {@link #ANGLE_PAIRS} dropped)
   */
  public double[] inverse(double[] f, int from, double eccentricityMax) {
    if (this == ANGLE_PAIRS) {
      double omega = AnglePair.angle(f[from + 1], f[from + 2]);
      return new double[] {f[from], omega, wrap(AnglePair.angle(f[from + 3], f[from + 4]) - omega)};
    }
    return inverse(f[from], f[from + 1], f[from + 2], eccentricityMax);
  }

  /**
   * @return (e, ω, M₀) of the flow's three coordinates, the inverse of {@link #forward} (for a
   *     coordinate of {@link #width()} 3)
   */
  public double[] inverse(double a, double b, double c, double eccentricityMax) {
    if (this == ANGLE_PAIRS) {
      throw new IllegalStateException("ANGLE_PAIRS has 5 flow columns: use inverse(double[], int, double)");
    }
    if (this == BOX) {
      return new double[] {a, b, c};
    }
    double omega = wrap(Math.atan2(b, a));
    double e;
    if (this == ECCENTRICITY_VECTOR) {
      e = a * a + b * b;
    } else {
      double t = Math.tanh(Math.hypot(a, b));
      e = eccentricityMax * t * t;
    }
    return new double[] {e, omega, wrap(c - omega)};
  }

  /**
   * @return log |∂(flow coordinates)/∂(e, ω, M₀)| at e: 0 for {@link #BOX}, −ln 2 for
   *     {@link #ECCENTRICITY_VECTOR}, ln(R / (2 e_max tanh R sech² R)) for {@link #ECCENTRICITY_PLANE};
   *     for {@link #ANGLE_PAIRS} log |∂(flow coordinates)/∂(e, ω, M₀, r₁, r₂)| at unit radii, 0 (ln r₁ r₂ in general)
   */
  public double logDerivative(double e, double eccentricityMax) {
    return switch (this) {
      case BOX, ANGLE_PAIRS -> 0;
      case ECCENTRICITY_VECTOR -> -Math.log(2);
      case ECCENTRICITY_PLANE -> {
        double rho = Math.min(Math.sqrt(e / eccentricityMax), Math.nextDown(1.0));
        double r = atanh(rho);
        double ratio = r < 1e-8 ? 1 : r / rho; // R / tanh R
        yield Math.log(ratio) - Math.log(2 * eccentricityMax) - Math.log1p(-rho * rho); // sech² R = 1 − ρ²
      }
    };
  }

  private static double atanh(double rho) {
    double p = Math.min(rho, Math.nextDown(1.0));
    return 0.5 * Math.log1p(2 * p / (1 - p));
  }

  /**
   * @param eccentricityMax e_max of the prior
   * @return lower and upper bounds of the {@link #width()} flow columns (the box the flow's logit maps)
   */
  public double[][] box(double eccentricityMax) {
    if (this == BOX) {
      return new double[][] {{0, 0, 0}, {eccentricityMax, TWO_PI, TWO_PI}};
    }
    if (this == ANGLE_PAIRS) {
      double inf = Double.POSITIVE_INFINITY;
      return new double[][] {{0, -inf, -inf, -inf, -inf}, {eccentricityMax, inf, inf, inf, inf}};
    }
    if (this == ECCENTRICITY_PLANE) {
      return new double[][] {{Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, 0},
          {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, TWO_PI}};
    }
    double r = Math.sqrt(eccentricityMax);
    return new double[][] {{-r, -r, 0}, {r, r, TWO_PI}};
  }

  /**
   * @return true if the flow's coordinates (a, b) (the first two of this coordinate's columns) map into the
   *     prior's support (always, for {@link #BOX} and {@link #ANGLE_PAIRS}, whose e is in the box)
   */
  public boolean inside(double a, double b, double eccentricityMax) {
    return switch (this) {
      case BOX, ANGLE_PAIRS -> true;
      case ECCENTRICITY_VECTOR -> a * a + b * b < eccentricityMax;
      case ECCENTRICITY_PLANE -> Math.tanh(Math.hypot(a, b)) < 1;
    };
  }

  /** @return v mod 2π in [0, 2π) (a value that rounds to 2π becomes 0) */
  static double wrap(double v) {
    double w = v - TWO_PI * Math.floor(v / TWO_PI);
    return w >= TWO_PI || w < 0 ? 0 : w;
  }
}
