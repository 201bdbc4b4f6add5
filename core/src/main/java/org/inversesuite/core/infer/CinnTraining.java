package org.inversesuite.core.infer;

import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.FlowConfig;
import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.flow.Normalization;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.problem.BoundedTransform;
import org.inversesuite.core.problem.InverseProblem;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.Simulator;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.train.BatchSource;
import org.inversesuite.core.train.Trainer;
import org.inversesuite.core.train.TrainingConfig;
import org.inversesuite.core.train.TrainingListener;
import org.inversesuite.core.train.TrainingResult;

/**
 * The shortest path from a simulator to a trained {@link Cinn}, for scripts: map bounded
 * priors to ℝᵈ with their support transform, fit the normalisation on simulated data, build the flow, train online with fresh simulations and
 * validate on a held-out simulated set. The random streams derive from {@code recipe.seed()}
 * with the names the {@code inverse} command uses ("normalization", "model", "validation",
 * "training"), so a script and a config with the same settings train the same model.
 */
public final class CinnTraining {
  private CinnTraining() {}

  /**
   * A trained model with how its training went.
   *
   * @param cinn the model (close it to stop its threads)
   * @param result the training result
   */
  public record Trained(Cinn cinn, TrainingResult result) {}

  /** Trains a cINN on fresh simulations from {@code simulator}. */
  public static Trained online(Simulator simulator, FlowConfig flow, TrainingConfig recipe, Normalization normalization,
      TrainingListener listener) {
    Rng seed = new Rng(recipe.seed());
    BoundedTransform support = simulator instanceof InverseProblem p ? p.prior().support()
        : BoundedTransform.unbounded(simulator.xDimension());
    ParameterSpace xSpace = ParameterSpace.of(support);
    Standardization yNorm = Standardization.identity(simulator.yDimension());
    if (normalization == Normalization.STANDARDIZE) {
      Batch sample = simulator.simulate(10_000, seed.stream("normalization"));
      xSpace = ParameterSpace.fit(support, sample.x());
      yNorm = Standardization.fit(sample.y());
    }
    Flow model = Flow.build(flow, Precision.FLOAT32, seed.stream("model"), true);
    Batch validation = recipe.validationSize() > 0
        ? simulator.simulate(recipe.validationSize(), seed.stream("validation")) : null;
    TrainingResult result = new Trainer(recipe, Kernels.FASTEST).train(model, Trainer.Inputs.of(xSpace, yNorm,
        new BatchSource.Online(simulator, seed.stream("training")), validation, listener));
    return new Trained(new Cinn(model, xSpace, yNorm, recipe.threads()), result);
  }
}
