package org.inversesuite.astro.rv.mcmc;

import org.inversesuite.astro.rv.RvObservationSet;
import org.inversesuite.astro.rv.RvPosteriorDensity;
import org.inversesuite.astro.rv.RvPriorConfig;

import org.inversesuite.astro.rv.periodogram.PeriodogramConfig;
import org.inversesuite.core.baseline.EnsembleConfig;
import org.inversesuite.core.baseline.EnsembleSampler;
import org.inversesuite.core.baseline.McmcResult;
import org.inversesuite.core.random.Rng;

/**
 * The ensemble-MCMC reference of the RV benchmarks, in one place so that every benchmark runs the
 * same one: 32 walkers (Goodman &amp; Weare stretch move, a = 2), 2000 burn-in and 8000 kept steps on
 * one thread, started in a ball of relative radius 10⁻⁴ around the <b>true</b> parameters. That
 * start favours MCMC: a user does not know the truth, and the burn-in counted here does not pay
 * for finding the period mode (from the prior, walkers often end in aliases, docs/astro.md).
 * {@link Start#PERIODOGRAM} is the start a user has: the same ball around the MAP point of
 * {@link RvPeriodogramStart} (top periodogram peak, circular least squares, Nelder-Mead), computed
 * inside {@link #run(RvPosteriorDensity, double[], int, Start, RvObservationSet, PeriodogramConfig, RvPriorConfig)}
 * so that a caller timing the call counts it; {@link Start#PEAKS} the best of that recipe over the
 * five highest peaks. Same walkers, burn-in and kept steps for both starts.
 */
public final class RvMcmcReference {
  public static final int WALKERS = 32;

  /** Where the walkers start: the truth (favours MCMC) or what a user computes from the data. */
  public enum Start {
    TRUTH,
    PERIODOGRAM,
    /** The best MAP point over the {@value RvMcmcReference#PEAKS} highest periodogram peaks. */
    PEAKS
  }

  /** How many periodogram peaks {@link Start#PEAKS} tries. */
  public static final int PEAKS = 5;

  /** Burn-in steps (discarded) and kept steps of every run. */
  public static final int BURN_IN = 2000;

  public static final int KEPT = 8000;

  private static final EnsembleSampler SAMPLER = new EnsembleSampler(new EnsembleConfig(WALKERS, KEPT, BURN_IN, 2.0, 1));

  private RvMcmcReference() {}

  /** @return the walkers' start: the point (the truth, or a MAP estimate) perturbed by 10⁻⁴ (|θ| + 10⁻²) N(0, 1), inside the support */
  public static double[][] startNearTruth(double[] truth, RvPosteriorDensity target, long seed) {
    double[][] start = new double[WALKERS][];
    Rng ball = new Rng(seed);
    for (int k = 0; k < WALKERS; k++) {
      double[] w;
      do {
        w = truth.clone();
        for (int j = 0; j < w.length; j++) {
          w[j] += 1e-4 * (Math.abs(w[j]) + 1e-2) * ball.gaussian();
        }
      } while (!Double.isFinite(target.logDensity(w)));
      start[k] = w;
    }
    return start;
  }

  /** @return the chains of target i of a benchmark (start seed 200 + i, sampler seed 300 + i) */
  public static McmcResult run(RvPosteriorDensity target, double[] truth, int i) {
    return runFrom(target, truth, i);
  }

  /**
   * @param grid the periodogram grid of {@link Start#PERIODOGRAM} (the encoder's)
   * @return the chains of target i started as {@code start} says; for {@link Start#PERIODOGRAM} the
   *     periodogram, the fits and the MCMC all run in this call
   */
  public static McmcResult run(RvPosteriorDensity target, double[] truth, int i, Start start, RvObservationSet data,
      PeriodogramConfig grid, RvPriorConfig prior) {
    return runFrom(target, startPoint(target, truth, start, data, grid, prior), i);
  }

  /**
   * @return the point the walkers' ball is centred on: the truth, or the MAP point the periodogram start
   *     computes from the data (its whole cost is in this call, so a caller can time it apart from the sampler)
   */
  public static double[] startPoint(RvPosteriorDensity target, double[] truth, Start start, RvObservationSet data,
      PeriodogramConfig grid, RvPriorConfig prior) {
    if (start == Start.TRUTH) {
      return truth;
    }
    return start == Start.PERIODOGRAM ? RvPeriodogramStart.find(data, target, grid, prior)
        : RvPeriodogramStart.findBestOfPeaks(data, target, grid, prior, PEAKS);
  }

  /** @return the chains of target i with the walkers in the ball around {@code point} (seeds as {@link #run}) */
  public static McmcResult runFrom(RvPosteriorDensity target, double[] point, int i) {
    return runFrom(target, point, 200 + i, 300 + i);
  }

  /** @return the chains with the walkers in the ball around {@code point}, the ball and the moves from these seeds */
  public static McmcResult runFrom(RvPosteriorDensity target, double[] point, long ballSeed, long samplerSeed) {
    return SAMPLER.run(target, startNearTruth(point, target, ballSeed), new Rng(samplerSeed));
  }
}
