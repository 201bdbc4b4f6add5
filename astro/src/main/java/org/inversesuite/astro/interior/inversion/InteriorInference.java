package org.inversesuite.astro.interior.inversion;

import org.inversesuite.astro.interior.InteriorSolver;
import org.inversesuite.core.baseline.EnsembleConfig;
import org.inversesuite.core.baseline.EnsembleSampler;
import org.inversesuite.core.baseline.McmcResult;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;

/**
 * The two ways to the composition posterior of one planet: the amortized cINN (one inverse pass
 * per sample) and the reference ensemble MCMC on {@link InteriorPosteriorDensity} (one structure
 * solve per evaluation), both returned as {@link CompositionPosterior}.
 */
public final class InteriorInference {
  private static final int MAX_START_ATTEMPTS = 10_000;

  private InteriorInference() {}

  /** @return whether the model uses the star's Fe/Si (it was trained with some planets having it) */
  public static boolean usesFeSi(InteriorModelFile model) {
    return model.experiment().noise().feSiFraction() > 0;
  }

  /** @return n cINN samples for the planet, with the time they took */
  public static CompositionPosterior cinn(InteriorModelFile model, PlanetObservation o, int n, Rng rng) {
    double[] y = InteriorCondition.of(o, usesFeSi(model));
    long t = System.nanoTime();
    Matrix x = model.cinn().sample(y, n, rng);
    Matrix decoded = InteriorSimulator.decode(x);
    return new CompositionPosterior(decoded, (System.nanoTime() - t) * 1e-9);
  }

  /**
   * Runs the ensemble MCMC for the planet. The walkers start from prior compositions (v drawn
   * from the logistic prior) at masses drawn from the measurement, ln M ~ N(ln M_obs, s_M).
   *
   * @return the kept states of all walkers, decoded, with the chain's wall time, and the raw result
   */
  public static Reference mcmc(InteriorModelFile model, PlanetObservation o, EnsembleConfig config, Rng rng) {
    double[] y = InteriorCondition.of(o, usesFeSi(model));
    InteriorPosteriorDensity target = new InteriorPosteriorDensity(new InteriorSolver(model.database().solver()),
        model.database().prior(), y);
    Rng start = rng.stream("start");
    double lo = Math.log(model.database().prior().massMin());
    double hi = Math.log(model.database().prior().massMax());
    double[][] walkers = new double[config.walkers()][];
    for (int k = 0; k < walkers.length; k++) {
      for (int attempt = 0; walkers[k] == null; attempt++) {
        if (attempt == MAX_START_ATTEMPTS) {
          throw new IllegalArgumentException(o.name() + ": no MCMC start point with a finite posterior density in "
              + MAX_START_ATTEMPTS + " prior draws");
        }
        double u1 = start.uniform();
        double u2 = start.uniform();
        double lnMass = Math.max(lo, Math.min(hi, y[0] + Math.exp(y[2]) * start.gaussian()));
        double[] w = {Math.log(u1 / (1 - u1)), Math.log(u2 / (1 - u2)), lnMass};
        if (target.logDensity(w) > Double.NEGATIVE_INFINITY) {
          walkers[k] = w;
        }
      }
    }
    McmcResult result = new EnsembleSampler(config).run(target, walkers, rng.stream("chain"));
    Matrix raw = result.samples();
    Matrix decoded = InteriorSimulator.decode(raw);
    return new Reference(new CompositionPosterior(decoded, result.seconds()), result);
  }

  /**
   * An MCMC reference posterior.
   *
   * @param posterior the decoded samples and the chain's wall time
   * @param result the chain, with acceptance, autocorrelation times and warnings
   */
  public record Reference(CompositionPosterior posterior, McmcResult result) {}
}
