package org.inversesuite.core.baseline;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * The kept part of an {@link EnsembleSampler} run and its diagnostics.
 *
 * <p>Diagnostics, per parameter j: the integrated autocorrelation time τ_j
 * ({@link AutocorrelationTime}, emcee's estimator), the effective sample size
 * ESS_j = steps · walkers / τ_j, and a warning when steps &lt; 50 τ_j (emcee's default
 * tolerance: shorter chains give an unreliable τ̂ and too optimistic an ESS).
 */
public final class McmcResult {
  /** Chains shorter than this many autocorrelation times get a warning (emcee's tol = 50). */
  public static final double MIN_STEPS_PER_TAU = 50;

  private final int steps;
  private final int walkers;
  private final int dimension;
  private final double[] chain;
  private final double[] acceptance;
  private final double[] tau;
  private final long evaluations;
  private final double seconds;
  private final List<String> warnings;

  /**
   * @param chain flat, index ((t · walkers) + k) · dimension + j; taken, not copied
   * @param acceptance per walker: accepted / proposed over the kept steps
   */
  McmcResult(int steps, int walkers, int dimension, double[] chain, double[] acceptance, long evaluations,
      double seconds) {
    this.steps = steps;
    this.walkers = walkers;
    this.dimension = dimension;
    this.chain = chain;
    this.acceptance = acceptance;
    this.evaluations = evaluations;
    this.seconds = seconds;
    this.tau = new double[dimension];
    List<String> w = new ArrayList<>();
    for (int j = 0; j < dimension; j++) {
      tau[j] = AutocorrelationTime.estimate(chain(j));
      if (!(steps >= MIN_STEPS_PER_TAU * tau[j])) {
        w.add(String.format("parameter %d: %d steps is less than %.0f autocorrelation times (tau = %.1f); "
            + "run longer for a reliable tau and ESS", j, steps, MIN_STEPS_PER_TAU, tau[j]));
      }
    }
    double mean = meanAcceptance();
    if (mean < 0.05 || mean > 0.95) {
      w.add(String.format("mean acceptance fraction %.3f is outside [0.05, 0.95]", mean));
    }
    this.warnings = List.copyOf(w);
  }

  /** @return kept ensemble steps */
  public int steps() {
    return steps;
  }

  /** @return ensemble size */
  public int walkers() {
    return walkers;
  }

  /** @return parameter dimension */
  public int dimension() {
    return dimension;
  }

  /** @return walker k's value of parameter j at kept step t */
  public double get(int t, int k, int j) {
    return chain[(t * walkers + k) * dimension + j];
  }

  /** @return parameter j as chains[k][t] (a copy) */
  public double[][] chain(int j) {
    double[][] out = new double[walkers][steps];
    for (int t = 0; t < steps; t++) {
      for (int k = 0; k < walkers; k++) {
        out[k][t] = get(t, k, j);
      }
    }
    return out;
  }

  /** @return every kept state, shape [steps · walkers, dimension], step-major, float64 */
  public Matrix samples() {
    DoubleMatrix m = new DoubleMatrix(steps * walkers, dimension);
    System.arraycopy(chain, 0, m.data(), 0, chain.length);
    return m;
  }

  /**
   * @param count how many states to return, spread evenly over the kept chain (thinned)
   * @return shape [count, dimension]
   */
  public Matrix thinned(int count) {
    int total = steps * walkers;
    if (count < 1 || count > total) {
      throw new IllegalArgumentException("count must be in [1, " + total + "], got " + count);
    }
    DoubleMatrix m = new DoubleMatrix(count, dimension);
    for (int i = 0; i < count; i++) {
      long row = (long) i * total / count;
      System.arraycopy(chain, (int) row * dimension, m.data(), i * dimension, dimension);
    }
    return m;
  }

  /** @return accepted / proposed per walker (a copy) */
  public double[] acceptanceFractions() {
    return acceptance.clone();
  }

  /** @return the mean over walkers of the acceptance fraction */
  public double meanAcceptance() {
    double s = 0;
    for (double a : acceptance) {
      s += a;
    }
    return s / acceptance.length;
  }

  /** @return τ_j per parameter (a copy) */
  public double[] autocorrelationTimes() {
    return tau.clone();
  }

  /** @return ESS_j = steps · walkers / τ_j per parameter */
  public double[] effectiveSampleSizes() {
    double[] ess = new double[dimension];
    for (int j = 0; j < dimension; j++) {
      ess[j] = steps * (double) walkers / tau[j];
    }
    return ess;
  }

  /** @return the smallest ESS over the parameters */
  public double minEffectiveSampleSize() {
    double m = Double.POSITIVE_INFINITY;
    for (double e : effectiveSampleSizes()) {
      m = Math.min(m, e);
    }
    return m;
  }

  /** @return log-density evaluations of the whole run, burn-in included */
  public long evaluations() {
    return evaluations;
  }

  /** @return wall time of the whole run, burn-in included */
  public double seconds() {
    return seconds;
  }

  /** @return warnings (short chains, odd acceptance); empty when none */
  public List<String> warnings() {
    return warnings;
  }
}
