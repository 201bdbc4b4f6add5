package org.inversesuite.astro.rv;

/**
 * Ranges of the one-planet radial-velocity prior {@link RvPrior}.
 *
 * <pre>
 *   P      log-uniform on [periodMin, periodMax] days
 *   K      uniform on [0, semiAmplitudeMax] m/s
 *   e      uniform on [0, eccentricityMax)
 *   ω, M₀  uniform on [0, 2π)
 *   γ      uniform on [systemicMin, systemicMax] m/s
 *   s      uniform on [0, jitterMax] m/s
 * </pre>
 *
 * @param periodMin lower period bound in days, finite and &gt; 0
 * @param periodMax upper period bound in days, finite and &gt; periodMin
 * @param semiAmplitudeMax upper bound of K in m/s, finite and &gt; 0
 * @param eccentricityMax upper (excluded) bound of e, in (0, 1)
 * @param systemicMin lower bound of γ in m/s, finite
 * @param systemicMax upper bound of γ in m/s, finite and &gt; systemicMin
 * @param jitterMax upper bound of the jitter s in m/s, finite and &gt; 0
 */
public record RvPriorConfig(double periodMin, double periodMax, double semiAmplitudeMax, double eccentricityMax,
    double systemicMin, double systemicMax, double jitterMax) {

  /** Checks the ranges. */
  public RvPriorConfig {
    if (!(periodMin > 0) || !(periodMax > periodMin) || !Double.isFinite(periodMax)) {
      throw new IllegalArgumentException("period range must satisfy 0 < min < max < inf, got [" + periodMin + ", "
          + periodMax + "]");
    }
    if (!(semiAmplitudeMax > 0) || !Double.isFinite(semiAmplitudeMax)) {
      throw new IllegalArgumentException("semiAmplitudeMax must be finite and > 0, got " + semiAmplitudeMax);
    }
    if (!(eccentricityMax > 0 && eccentricityMax < 1)) {
      throw new IllegalArgumentException("eccentricityMax must be in (0, 1), got " + eccentricityMax);
    }
    if (!Double.isFinite(systemicMin) || !(systemicMax > systemicMin) || !Double.isFinite(systemicMax)) {
      throw new IllegalArgumentException("systemic velocity range must be finite with min < max, got ["
          + systemicMin + ", " + systemicMax + "]");
    }
    if (!(jitterMax > 0) || !Double.isFinite(jitterMax)) {
      throw new IllegalArgumentException("jitterMax must be finite and > 0, got " + jitterMax);
    }
  }

  /**
   * The default ranges: P ∈ [1, 1000] d, K ∈ [0, 1000] m/s, e ∈ [0, 0.95), γ ∈ [−100, 100] m/s
   * (a relative offset, as in most precise-RV data sets, not an absolute systemic velocity) and
   * s ∈ [0, 20] m/s (stellar jitter of quiet to moderately active FGK stars is a few m/s).
   */
  public static RvPriorConfig defaults() {
    return new RvPriorConfig(1, 1000, 1000, 0.95, -100, 100, 20);
  }

  /** @return a copy with the period range [min, max] */
  public RvPriorConfig withPeriodRange(double min, double max) {
    return new RvPriorConfig(min, max, semiAmplitudeMax, eccentricityMax, systemicMin, systemicMax, jitterMax);
  }

  /** @return a copy with K ∈ [0, max] */
  public RvPriorConfig withSemiAmplitudeMax(double max) {
    return new RvPriorConfig(periodMin, periodMax, max, eccentricityMax, systemicMin, systemicMax, jitterMax);
  }

  /** @return a copy with e ∈ [0, max) */
  public RvPriorConfig withEccentricityMax(double max) {
    return new RvPriorConfig(periodMin, periodMax, semiAmplitudeMax, max, systemicMin, systemicMax, jitterMax);
  }

  /** @return a copy with γ ∈ [min, max] */
  public RvPriorConfig withSystemicRange(double min, double max) {
    return new RvPriorConfig(periodMin, periodMax, semiAmplitudeMax, eccentricityMax, min, max, jitterMax);
  }

  /** @return a copy with s ∈ [0, max] */
  public RvPriorConfig withJitterMax(double max) {
    return new RvPriorConfig(periodMin, periodMax, semiAmplitudeMax, eccentricityMax, systemicMin, systemicMax, max);
  }
}
