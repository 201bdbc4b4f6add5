package org.inversesuite.astro.rv.mcmc;

/**
 * The speed-up of a cINN answer of n independent draws (ESS = n) over the ensemble MCMC run that reaches the
 * same effective sample size, counted two ways (docs/astro.md, run 14):
 *
 * <ul>
 *   <li>{@link #asBefore}: (t_MCMC / ESS) / (t_cINN / n), t_MCMC the whole run (start, burn-in, kept
 *       steps). It scales the MCMC's fixed costs (start, burn-in) by n / ESS but charges the cINN's fixed
 *       cost (encode, summary network) in full;</li>
 *   <li>{@link #consistent}: t_MCMC(n) / t_cINN with t_MCMC(n) = t_start + t_sampler (B + S n / ESS) / (B + S),
 *       B burn-in and S kept steps of equal cost: both sides' fixed costs once, the MCMC's kept steps in
 *       proportion to the ESS asked for.</li>
 * </ul>
 */
public final class RvEqualEss {
  private RvEqualEss() {}

  /** @return (t_MCMC / ESS) / (t_cINN / n) with t_MCMC = start + sampler CPU seconds */
  public static double asBefore(double startSeconds, double samplerSeconds, double ess, double cinnSeconds, int draws) {
    return ((startSeconds + samplerSeconds) / ess) / (cinnSeconds / draws);
  }

  /** @return the CPU time of the MCMC run reaching ESS = n over the cINN answer's */
  public static double consistent(double startSeconds, double samplerSeconds, double ess, double cinnSeconds, int draws) {
    double steps = RvMcmcReference.BURN_IN + RvMcmcReference.KEPT;
    double needed = startSeconds + samplerSeconds * (RvMcmcReference.BURN_IN + RvMcmcReference.KEPT * draws / ess) / steps;
    return needed / cinnSeconds;
  }
}
