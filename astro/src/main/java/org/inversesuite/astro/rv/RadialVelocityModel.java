package org.inversesuite.astro.rv;

/**
 * The Keplerian radial-velocity curve of a star with one planet.
 *
 * <p>With the parameters of {@link RvParameters} and the reference epoch t_ref of this model,
 *
 * <pre>
 *   M(t) = M₀ + 2π (t − t_ref) / P                 mean anomaly
 *   E − e sin E = M                                 Kepler's equation ({@link KeplerSolver})
 *   ν = 2 atan2(√(1 + e) sin(E/2), √(1 − e) cos(E/2))   true anomaly
 *   v(t) = γ + K [cos(ν + ω) + e cos ω]
 * </pre>
 *
 * (e.g. Perryman 2018, "The Exoplanet Handbook", 2nd ed., §2.2; Murray &amp; Correia 2010,
 * "Keplerian orbits and dynamics of exoplanets", arXiv:1009.1738). The time of periastron is
 * t_p = t_ref − M₀ P / 2π (modulo P), where ν = 0. Times are in days, velocities in m/s.
 *
 * <p>The reference epoch is a property of the model, not of a planet, so that one prior over
 * M₀ serves every system of a simulation; for real data it is usually a round BJD near the
 * middle of the observations. Immutable and thread-safe.
 */
public final class RadialVelocityModel {
  private final double referenceEpoch;

  /** @param referenceEpoch t_ref in days (same time system as the observation times), finite */
  public RadialVelocityModel(double referenceEpoch) {
    if (!Double.isFinite(referenceEpoch)) {
      throw new IllegalArgumentException("reference epoch must be finite, got " + referenceEpoch);
    }
    this.referenceEpoch = referenceEpoch;
  }

  /** @return t_ref in days */
  public double referenceEpoch() {
    return referenceEpoch;
  }

  /** @return M(t) = M₀ + 2π (t − t_ref) / P, not reduced modulo 2π */
  public double meanAnomaly(RvParameters p, double t) {
    return p.meanAnomaly() + 2 * Math.PI * (t - referenceEpoch) / p.period();
  }

  /** @return the true anomaly ν(t) in [−π, π] */
  public double trueAnomaly(RvParameters p, double t) {
    double e = p.eccentricity();
    return KeplerSolver.trueAnomaly(KeplerSolver.eccentricAnomaly(meanAnomaly(p, t), e), e);
  }

  /** @return v(t) = γ + K [cos(ν + ω) + e cos ω] in m/s */
  public double velocity(RvParameters p, double t) {
    double e = p.eccentricity();
    double nu = trueAnomaly(p, t);
    return p.systemicVelocity() + p.semiAmplitude() * (Math.cos(nu + p.omega()) + e * Math.cos(p.omega()));
  }

  /**
   * @param times observation times in days
   * @return v at every time, m/s (a new array)
   */
  public double[] velocities(RvParameters p, double[] times) {
    double[] out = new double[times.length];
    for (int i = 0; i < times.length; i++) {
      out[i] = velocity(p, times[i]);
    }
    return out;
  }

  /** @return the time of periastron passage t_p = t_ref − M₀ P / 2π (one of them; add any multiple of P) */
  public double periastronTime(RvParameters p) {
    return referenceEpoch - p.meanAnomaly() * p.period() / (2 * Math.PI);
  }

  @Override
  public String toString() {
    return "RadialVelocityModel[t_ref=" + referenceEpoch + "]";
  }
}
