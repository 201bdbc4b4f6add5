package org.inversesuite.astro.rv;

import org.inversesuite.core.random.Rng;

/**
 * Gaussian measurement noise of radial velocities at irregular epochs, with per-point error
 * bars σ_i and a jitter s added in quadrature (stellar activity and instrumental noise not in
 * the error bars):
 *
 * <pre>
 *   y_i ~ N( v(t_i), σ_i² + s² ),   independently for i = 1..n
 *
 *   log L = −½ Σ_i [ (y_i − v(t_i))² / (σ_i² + s²) + ln(2π (σ_i² + s²)) ]
 * </pre>
 *
 * where v is the Keplerian curve of a {@link RadialVelocityModel}. This is the likelihood
 * used by the reference MCMC posteriors against which the amortized posteriors are checked.
 * Immutable and thread-safe.
 */
public final class RvObservationModel {
  private static final double LOG_2PI = Math.log(2 * Math.PI);

  private final RadialVelocityModel model;

  /** @param model the curve v(t) */
  public RvObservationModel(RadialVelocityModel model) {
    this.model = model;
  }

  /** @return the curve v(t) */
  public RadialVelocityModel model() {
    return model;
  }

  /**
   * Draws one noisy observation set, y_i = v(t_i) + √(σ_i² + s²) ε_i with ε_i ~ N(0, 1) drawn in
   * index order.
   *
   * @param p the planet and the jitter s
   * @param times t_i in days, strictly increasing
   * @param errors σ_i in m/s, each &gt; 0 (recorded in the set as the reported error bars)
   * @return the observation set (t_i, y_i, σ_i)
   */
  public RvObservationSet observe(RvParameters p, double[] times, double[] errors, Rng rng) {
    if (errors.length != times.length) {
      throw new IllegalArgumentException(times.length + " times but " + errors.length + " error bars");
    }
    double s2 = p.jitter() * p.jitter();
    double[] y = model.velocities(p, times);
    for (int i = 0; i < y.length; i++) {
      y[i] += Math.sqrt(errors[i] * errors[i] + s2) * rng.gaussian();
    }
    return new RvObservationSet(times, y, errors);
  }

  /** @return log L of the data under the parameters (see the class comment) */
  public double logLikelihood(RvParameters p, RvObservationSet data) {
    double s2 = p.jitter() * p.jitter();
    double sum = 0;
    for (int i = 0; i < data.size(); i++) {
      double variance = data.error(i) * data.error(i) + s2;
      double r = data.velocity(i) - model.velocity(p, data.time(i));
      sum += r * r / variance + Math.log(variance) + LOG_2PI;
    }
    return -0.5 * sum;
  }

  /**
   * The same likelihood for precomputed clean velocities.
   *
   * @param observed y_i in m/s
   * @param clean v(t_i) in m/s
   * @param errors σ_i in m/s, each &gt; 0
   * @param jitter s in m/s, ≥ 0
   * @return log L
   */
  public static double logLikelihood(double[] observed, double[] clean, double[] errors, double jitter) {
    if (clean.length != observed.length || errors.length != observed.length) {
      throw new IllegalArgumentException("observed, clean and errors must have equal length, got "
          + observed.length + ", " + clean.length + " and " + errors.length);
    }
    if (!(jitter >= 0)) {
      throw new IllegalArgumentException("jitter must be >= 0, got " + jitter);
    }
    double s2 = jitter * jitter;
    double sum = 0;
    for (int i = 0; i < observed.length; i++) {
      double variance = errors[i] * errors[i] + s2;
      if (!(variance > 0)) {
        throw new IllegalArgumentException("error bar " + i + " must be > 0 when the jitter is 0, got " + errors[i]);
      }
      double r = observed[i] - clean[i];
      sum += r * r / variance + Math.log(variance) + LOG_2PI;
    }
    return -0.5 * sum;
  }
}
