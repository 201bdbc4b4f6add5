package org.inversesuite.astro.rv;

import java.util.Objects;

/**
 * One simulated system: the true parameters x and the observation set y drawn from them.
 *
 * @param parameters the truth, drawn from the prior
 * @param observations the noisy measurements (t_i, v_i, σ_i)
 */
public record RvSimulation(RvParameters parameters, RvObservationSet observations) {
  /** Checks that neither part is null. */
  public RvSimulation {
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(observations, "observations");
  }
}
