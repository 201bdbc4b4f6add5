package org.inversesuite.astro.rv;

import java.util.List;
import org.inversesuite.core.tensor.Matrix;

/**
 * The seven parameters of a one-planet radial-velocity model, in the column order of every
 * parameter matrix of this package ({@link #NAMES}).
 *
 * <p>The stellar line-of-sight velocity (positive when receding) is
 *
 * <pre>
 *   v(t) = γ + K [cos(ν(t) + ω) + e cos ω]
 * </pre>
 *
 * with ν the true anomaly at time t (see {@link RadialVelocityModel}). The angles follow the
 * usual radial-velocity convention: ω is the argument of periastron of the star's orbit
 * (the planet's is ω + π), measured from the ascending node, and the planet transits when
 * ν + ω = π/2.
 *
 * @param period P in days, finite and &gt; 0
 * @param semiAmplitude K in m/s, finite and ≥ 0
 * @param eccentricity e ∈ [0, 1)
 * @param omega ω in radians, finite (any value; not reduced)
 * @param meanAnomaly M₀, the mean anomaly at the reference epoch, in radians, finite
 * @param systemicVelocity γ in m/s, finite
 * @param jitter s in m/s, finite and ≥ 0: extra white noise added in quadrature to each error
 */
public record RvParameters(double period, double semiAmplitude, double eccentricity, double omega,
    double meanAnomaly, double systemicVelocity, double jitter) {

  /** Column names, in order: P, K, e, omega, M0, gamma, jitter. */
  public static final List<String> NAMES = List.of("P", "K", "e", "omega", "M0", "gamma", "jitter");

  /** Number of parameters, 7. */
  public static final int DIMENSION = 7;

  /** Checks every range listed above. */
  public RvParameters {
    if (!(period > 0) || !Double.isFinite(period)) {
      throw new IllegalArgumentException("period must be finite and > 0 days, got " + period);
    }
    if (!(semiAmplitude >= 0) || !Double.isFinite(semiAmplitude)) {
      throw new IllegalArgumentException("semi-amplitude K must be finite and >= 0 m/s, got " + semiAmplitude);
    }
    if (!(eccentricity >= 0 && eccentricity < 1)) {
      throw new IllegalArgumentException("eccentricity must be in [0, 1), got " + eccentricity);
    }
    if (!Double.isFinite(omega) || !Double.isFinite(meanAnomaly)) {
      throw new IllegalArgumentException("omega and M0 must be finite, got " + omega + " and " + meanAnomaly);
    }
    if (!Double.isFinite(systemicVelocity)) {
      throw new IllegalArgumentException("systemic velocity must be finite, got " + systemicVelocity);
    }
    if (!(jitter >= 0) || !Double.isFinite(jitter)) {
      throw new IllegalArgumentException("jitter must be finite and >= 0 m/s, got " + jitter);
    }
  }

  /**
   * @param x parameter matrix, shape [n, 7], columns in {@link #NAMES} order
   * @param row the row to read
   * @return the parameters of that row
   * @throws IllegalArgumentException if the row violates a range (the message names the row)
   */
  public static RvParameters fromRow(Matrix x, int row) {
    x.requireShape(x.rows(), DIMENSION, "radial-velocity parameters");
    int b = row * DIMENSION;
    try {
      return new RvParameters(x.get(b), x.get(b + 1), x.get(b + 2), x.get(b + 3), x.get(b + 4), x.get(b + 5),
          x.get(b + 6));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("row " + row + ": " + e.getMessage(), e);
    }
  }

  /** @return the values in {@link #NAMES} order */
  public double[] toArray() {
    return new double[] {period, semiAmplitude, eccentricity, omega, meanAnomaly, systemicVelocity, jitter};
  }
}
