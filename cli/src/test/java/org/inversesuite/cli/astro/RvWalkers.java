package org.inversesuite.cli.astro;

import org.inversesuite.astro.rv.RvPosteriorDensity;
import org.inversesuite.astro.rv.RvPrior;
import org.inversesuite.core.random.Rng;

/** Starting points of ensemble MCMC walkers for the RV figures. */
final class RvWalkers {
  private RvWalkers() {
  }

  /** @return {@code walkers} independent prior draws with a finite posterior density (not at the truth) */
  static double[][] fromPrior(RvPrior prior, RvPosteriorDensity target, int walkers, Rng r) {
    double[][] start = new double[walkers][];
    for (int k = 0; k < walkers; k++) {
      double[] w;
      do {
        w = prior.sample(1, r).toRows()[0];
      } while (!Double.isFinite(target.logDensity(w)));
      start[k] = w;
    }
    return start;
  }
}
