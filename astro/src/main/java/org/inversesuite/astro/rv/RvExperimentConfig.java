package org.inversesuite.astro.rv;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.inversesuite.core.train.TrainingConfig;

/**
 * An RV training experiment as data ({@code experiments/astro/*.rv}): the prior, the
 * observing schedule the simulator draws, the cINN with its set summary network, and the
 * training recipe. {@code inverse astro rv train CONFIG} runs it.
 *
 * @param name a label for logs and the model file
 * @param prior parameter ranges
 * @param schedule epochs, baseline and error bars of the simulated systems
 * @param model the architecture
 * @param training the recipe (online: fresh systems every step)
 * @param sampling the latent the posterior draws from, a calibration fitted after training ({@link RvLatent};
 *     absent in older configs and model files: N(0, I), {@link RvLatent#standard()})
 */
public record RvExperimentConfig(String name, RvPriorConfig prior, IrregularRvConfig schedule, RvCinnConfig model,
    TrainingConfig training, @JsonSetter(nulls = Nulls.AS_EMPTY) RvLatent sampling) {
  /** Checks that every part is present. */
  public RvExperimentConfig {
    if (name == null || name.isBlank() || prior == null || schedule == null || model == null || training == null) {
      throw new IllegalArgumentException("an RV experiment needs name, prior, schedule, model and training");
    }
    sampling = sampling == null ? RvLatent.standard() : sampling;
  }

  /** Draws from the trained N(0, I). */
  public RvExperimentConfig(String name, RvPriorConfig prior, IrregularRvConfig schedule, RvCinnConfig model,
      TrainingConfig training) {
    this(name, prior, schedule, model, training, null);
  }

  /** @return this experiment with the posterior drawing from another latent (e.g. a fitted temperature) */
  public RvExperimentConfig withSampling(RvLatent latent) {
    return new RvExperimentConfig(name, prior, schedule, model, training, latent);
  }

  /** @return the simulator of this experiment (reference epoch 0) */
  public PaddedRvSimulator simulator() {
    IrregularRvSimulator sets = new IrregularRvSimulator(new RvPrior(prior),
        new RvObservationModel(new RadialVelocityModel(0)), schedule);
    return new PaddedRvSimulator(sets, RvSetEncoding.of(schedule, 0, model.periodogram()));
  }

  /** @return the posterior over the physical parameters of a cINN trained by this experiment */
  public RvPosterior posterior(org.inversesuite.core.infer.Cinn cinn) {
    return posterior(cinn, null);
  }

  /** @return {@link #posterior(org.inversesuite.core.infer.Cinn)} with the slot classifier of a PEAK_MIXTURE model */
  public RvPosterior posterior(org.inversesuite.core.infer.Cinn cinn, SlotClassifier slots) {
    return new RvPosterior(cinn, model.period(), model.angles(), RvSetEncoding.of(schedule, 0, model.periodogram()),
        prior, sampling, slots);
  }
}
