package org.inversesuite.astro.rv.mcmc;

import java.util.List;
import org.inversesuite.core.tensor.Matrix;

/**
 * One table's cINN answer beside the ensemble MCMC of {@link RvMcmcCheck}: the MCMC's cost and effective sample size,
 * the speed-ups at equal effective sample size ({@link RvEqualEss}), C2ST accuracies and the 5 / 50 / 95 % quantiles
 * of both posteriors, parameter by parameter in {@link org.inversesuite.astro.rv.RvParameters#NAMES} order.
 *
 * @param startSeconds wall time of the start point (periodogram peaks, circular fits, Nelder-Mead)
 * @param samplerSeconds wall time of the sampler (burn-in and kept steps)
 * @param minEss the smallest effective sample size over the parameters
 * @param meanAcceptance mean acceptance fraction of the walkers
 * @param warnings the sampler's warnings (chains shorter than 50 autocorrelation times, odd acceptance)
 * @param mcmcDraws as many MCMC states as the cINN drew, spread evenly over the kept chains
 * @param c2st classifier two-sample accuracy, cINN draws against {@code mcmcDraws} (0.5: indistinguishable)
 * @param c2stLogPeriod the same on ln P alone
 * @param cinnQuantiles [parameter][q05, q50, q95] of the cINN draws
 * @param mcmcQuantiles [parameter][q05, q50, q95] of {@code mcmcDraws}
 * @param speedupAsBefore (t_MCMC / ESS) / (t_cINN / n)
 * @param speedupConsistent t_MCMC(ESS = n) / t_cINN
 */
public record RvMcmcComparison(double startSeconds, double samplerSeconds, double minEss, double meanAcceptance,
    List<String> warnings, Matrix mcmcDraws, double c2st, double c2stLogPeriod, double[][] cinnQuantiles,
    double[][] mcmcQuantiles, double speedupAsBefore, double speedupConsistent) {

  /**
   * @return whether the MCMC's median period lies inside the cINN's 5–95 % interval: the cINN covers the mode the MCMC
   *     found (its period interval is usually far wider than the MCMC's, so the converse test fails in the right mode)
   */
  public boolean coversMcmcPeriod() {
    return cinnQuantiles[0][0] <= mcmcQuantiles[0][1] && mcmcQuantiles[0][1] <= cinnQuantiles[0][2];
  }
}
