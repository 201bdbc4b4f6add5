package org.inversesuite.core.block;

import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;

/**
 * Configuration of an {@link InvertibleResidualBlock}.
 *
 * @param subnet hidden layers of the residual function g; activation TANH or ELU (1-Lipschitz
 *     with a second derivative, which the log-det gradient needs)
 * @param lipschitz bound on the spectral norm of every weight matrix, in (0, 1)
 * @param powerIterations maximum power-iteration steps per spectral norm (run to convergence
 *     from a fixed start vector, so the normalised weights are a function of the raw ones)
 * @param logDet exact Jacobian (low dimension, tests) or the Hutchinson power-series estimate
 * @param seriesTerms number n of terms of the power series (SERIES only), ≥ 1
 * @param traceSamples Hutchinson probe vectors per row (SERIES only), ≥ 1
 * @param inverseTolerance fixed-point iteration stops when max |x_{k+1} − x_k| ≤ this, &gt; 0
 * @param inverseIterations fixed-point iterations before the inverse gives up, ≥ 1
 * @param noiseSeed seed of the Hutchinson probe vectors (SERIES only)
 */
public record InvertibleResidualConfig(MlpConfig subnet, double lipschitz, int powerIterations, ResidualLogDet logDet,
    int seriesTerms, int traceSamples, double inverseTolerance, int inverseIterations, long noiseSeed)
    implements BlockConfig {
  /** Validates the values. */
  public InvertibleResidualConfig {
    if (subnet == null || logDet == null) {
      throw new IllegalArgumentException("subnet and logDet are required");
    }
    if (subnet.activation() != Activation.TANH && subnet.activation() != Activation.ELU) {
      throw new IllegalArgumentException("invertible residual subnet activation must be TANH or ELU (1-Lipschitz and twice"
          + " differentiable), got " + subnet.activation());
    }
    if (!(lipschitz > 0 && lipschitz < 1)) {
      throw new IllegalArgumentException("lipschitz must be in (0, 1), got " + lipschitz);
    }
    if (powerIterations < 1 || seriesTerms < 1 || traceSamples < 1 || inverseIterations < 1) {
      throw new IllegalArgumentException("powerIterations, seriesTerms, traceSamples and inverseIterations must be >= 1, got "
          + powerIterations + ", " + seriesTerms + ", " + traceSamples + ", " + inverseIterations);
    }
    if (!(inverseTolerance > 0) || !Double.isFinite(inverseTolerance)) {
      throw new IllegalArgumentException("inverseTolerance must be finite and > 0, got " + inverseTolerance);
    }
  }

  /** @return two hidden layers of 64 ELU units, Lipschitz 0.9, exact log-det, tolerance 1e-10 */
  public static InvertibleResidualConfig defaults() {
    return new InvertibleResidualConfig(MlpConfig.of(64, 2, Activation.ELU), 0.9, 200, ResidualLogDet.EXACT, 10, 1,
        1e-10, 1000, 0);
  }

  /** @return this config with another log-det mode */
  public InvertibleResidualConfig withLogDet(ResidualLogDet mode) {
    return new InvertibleResidualConfig(subnet, lipschitz, powerIterations, mode, seriesTerms, traceSamples,
        inverseTolerance, inverseIterations, noiseSeed);
  }

  /** @return this config with another series length and number of probes */
  public InvertibleResidualConfig withSeries(int terms, int samples) {
    return new InvertibleResidualConfig(subnet, lipschitz, powerIterations, logDet, terms, samples, inverseTolerance,
        inverseIterations, noiseSeed);
  }

  @Override
  public InvertibleBlock build(Parameters parameters, String name, int dimension, int conditionDimension, Rng structure) {
    return new InvertibleResidualBlock(this, parameters, name, dimension, conditionDimension);
  }
}
