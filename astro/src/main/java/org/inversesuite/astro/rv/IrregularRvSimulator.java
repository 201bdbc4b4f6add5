package org.inversesuite.astro.rv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.inversesuite.core.random.Rng;

/**
 * Simulates one-planet radial-velocity data sets with realistic, irregular sampling: each
 * system gets its own number of epochs, its own epoch times over the baseline and its own
 * heteroscedastic error bars ({@link IrregularRvConfig}), then
 *
 * <pre>
 *   x ~ p(x)                              ({@link RvPrior})
 *   y_i ~ N(v(t_i; x), σ_i² + s²)          ({@link RvObservationModel})
 * </pre>
 *
 * Because the sets differ in length, the output is a list of {@link RvSimulation}s rather than
 * a fixed-width {@code Batch}; a set-summary network consumes {@link RvObservationSet#toMatrix()}.
 *
 * <p>Random numbers are drawn from the given stream system by system, in a fixed order (the
 * parameters, the epoch count, the times, the errors, the noise), so a seed fixes every
 * system. Immutable and thread-safe (the stream is the caller's).
 */
public final class IrregularRvSimulator {
  private final RvPrior prior;
  private final RvObservationModel noise;
  private final IrregularRvConfig config;

  /**
   * @param prior p(x)
   * @param noise the observation model, whose curve holds the reference epoch t_ref
   * @param config the observing schedule
   */
  public IrregularRvSimulator(RvPrior prior, RvObservationModel noise, IrregularRvConfig config) {
    this.prior = prior;
    this.noise = noise;
    this.config = config;
  }

  /** @return the observing schedule */
  public IrregularRvConfig config() {
    return config;
  }

  /**
   * @param n number of systems, ≥ 0
   * @return n independent systems
   */
  public List<RvSimulation> simulate(int n, Rng rng) {
    if (n < 0) {
      throw new IllegalArgumentException("system count must be >= 0, got " + n);
    }
    List<RvSimulation> out = new ArrayList<>(n);
    for (int s = 0; s < n; s++) {
      RvParameters p = RvParameters.fromRow(prior.sample(1, rng), 0);
      int epochs = config.minEpochs() + rng.nextInt(config.maxEpochs() - config.minEpochs() + 1);
      double[] times = epochTimes(epochs, rng);
      double[] errors = new double[epochs];
      double logMin = Math.log(config.errorMin());
      double logMax = Math.log(config.errorMax());
      for (int i = 0; i < epochs; i++) {
        errors[i] = Math.exp(rng.uniform(logMin, logMax));
      }
      out.add(new RvSimulation(p, noise.observe(p, times, errors, rng)));
    }
    return out;
  }

  /** Sorted uniform times; redrawn in the (measure-zero) case of a repeated value. */
  private double[] epochTimes(int epochs, Rng rng) {
    double start = noise.model().referenceEpoch();
    while (true) {
      double[] t = new double[epochs];
      for (int i = 0; i < epochs; i++) {
        t[i] = start + config.baseline() * rng.uniform();
      }
      Arrays.sort(t);
      boolean distinct = true;
      for (int i = 1; i < epochs && distinct; i++) {
        distinct = t[i] > t[i - 1];
      }
      if (distinct) {
        return t;
      }
    }
  }
}
