package org.inversesuite.astro.rv.mcmc;

import org.inversesuite.astro.rv.DrawQuantiles;
import org.inversesuite.astro.rv.RadialVelocityModel;
import org.inversesuite.astro.rv.RvObservationModel;
import org.inversesuite.astro.rv.RvObservationSet;
import org.inversesuite.astro.rv.RvPosteriorDensity;
import org.inversesuite.astro.rv.RvPrior;
import org.inversesuite.astro.rv.RvPriorConfig;
import org.inversesuite.astro.rv.periodogram.PeriodogramConfig;
import org.inversesuite.core.baseline.McmcResult;
import org.inversesuite.core.diagnostics.ClassifierTwoSampleTest;
import org.inversesuite.core.diagnostics.SamplePair;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * Checks one table's cINN answer against the reference ensemble MCMC on the same posterior (same prior, Gaussian
 * likelihood with the table's σ_i and the jitter free, M₀ at the answer's reference epoch), started as an astronomer
 * starts it: {@link RvMcmcReference.Start#PEAKS}, the best MAP point over the five highest periodogram peaks
 * ({@link RvPeriodogramStart}), then {@value RvMcmcReference#WALKERS} walkers, {@value RvMcmcReference#BURN_IN}
 * burn-in and {@value RvMcmcReference#KEPT} kept steps on the calling thread. Both sides are timed in wall time, so
 * the speed-ups ({@link RvEqualEss}) are what a user waits for: the cINN's n draws are independent (ESS = n), the
 * MCMC's effective sample size is the smallest over the parameters (integrated autocorrelation time, Goodman &amp;
 * Weare 2010; Foreman-Mackey et al. 2013).
 */
public final class RvMcmcCheck {
  private final RvPrior prior;
  private final RvPriorConfig priorConfig;
  private final PeriodogramConfig grid;
  private final ClassifierTwoSampleTest c2st = ClassifierTwoSampleTest.defaults();

  /**
   * @param prior the model's prior (the MCMC samples the same)
   * @param grid the model's periodogram grid (the MCMC's start searches its peaks)
   */
  public RvMcmcCheck(RvPriorConfig prior, PeriodogramConfig grid) {
    this.prior = new RvPrior(prior);
    this.priorConfig = prior;
    this.grid = grid;
  }

  /**
   * @param data the table
   * @param referenceEpoch t_ref of the answer's M₀
   * @param cinnDraws the cINN's answer, [n, 7]
   * @param cinnSeconds the answer's wall time (encode and draws)
   * @param seed seeds the walkers' start ball (seed) and their moves (seed + 1)
   */
  public RvMcmcComparison compare(RvObservationSet data, double referenceEpoch, Matrix cinnDraws, double cinnSeconds,
      long seed) {
    RvPosteriorDensity target = new RvPosteriorDensity(prior,
        new RvObservationModel(new RadialVelocityModel(referenceEpoch)), data);
    long t0 = System.nanoTime();
    double[] point = RvMcmcReference.startPoint(target, null, RvMcmcReference.Start.PEAKS, data, grid, priorConfig);
    long t1 = System.nanoTime();
    McmcResult mc = RvMcmcReference.runFrom(target, point, seed, seed + 1);
    long t2 = System.nanoTime();
    double start = (t1 - t0) * 1e-9;
    double sampler = (t2 - t1) * 1e-9;
    int n = cinnDraws.rows();
    Matrix reference = mc.thinned(n);
    double ess = mc.minEffectiveSampleSize();
    return new RvMcmcComparison(start, sampler, ess, mc.meanAcceptance(), mc.warnings(), reference,
        c2st.assess(new SamplePair(cinnDraws, reference)).accuracy(),
        c2st.assess(new SamplePair(logPeriod(cinnDraws), logPeriod(reference))).accuracy(), DrawQuantiles.of(cinnDraws),
        DrawQuantiles.of(reference), RvEqualEss.asBefore(start, sampler, ess, cinnSeconds, n),
        RvEqualEss.consistent(start, sampler, ess, cinnSeconds, n));
  }

  private static Matrix logPeriod(Matrix draws) {
    DoubleMatrix m = new DoubleMatrix(draws.rows(), 1);
    for (int r = 0; r < draws.rows(); r++) {
      m.data()[r] = Math.log(draws.get(r, 0));
    }
    return m;
  }
}
