package org.inversesuite.astro.interior.inversion;

import org.inversesuite.astro.interior.database.InteriorDatabase;
import org.inversesuite.core.block.AffineCouplingConfig;
import org.inversesuite.core.block.ClampActivation;
import org.inversesuite.core.block.CouplingForm;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.FlowConfig;
import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.infer.CinnTraining;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.BoundedTransform;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.train.BatchSource;
import org.inversesuite.core.train.Trainer;
import org.inversesuite.core.train.TrainingConfig;
import org.inversesuite.core.train.TrainingListener;
import org.inversesuite.core.train.TrainingResult;

/**
 * Trains the interior cINN on a database: the solved planets are split into a training part
 * (the first 90 %) and a validation part (the last 10 %), each wrapped in an
 * {@link InteriorSimulator} that adds fresh noise at every draw, and the flow is trained with
 * the core {@link Trainer} on batches drawn from the training part. x and y are standardised on
 * 10,000 draws. Streams are named as in {@link CinnTraining} ("normalization", "model",
 * "validation", "training"), so the same seed and database give the same model.
 */
public final class InteriorCinnTraining {
  private static final double VALIDATION_SHARE = 0.1;

  private InteriorCinnTraining() {}

  /** @return the flow of the experiment's architecture */
  public static FlowConfig flowConfig(InteriorCinnConfig model) {
    return FlowConfig.couplingChain(3, InteriorCondition.DIMENSION, model.couplings(),
        new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.ATAN, 2.0, model.subnet()));
  }

  /**
   * @throws IllegalArgumentException if the database has fewer than 10 solved planets
   */
  public static CinnTraining.Trained train(InteriorDatabase database, InteriorNoiseConfig noise,
      InteriorCinnConfig model, TrainingConfig recipe, TrainingListener listener) {
    Matrix solved = database.solved();
    if (solved.rows() < 10) {
      throw new IllegalArgumentException("the database has " + solved.rows() + " solved planets; training needs >= 10");
    }
    int validationRows = Math.max(1, (int) Math.round(VALIDATION_SHARE * solved.rows()));
    int trainRows = solved.rows() - validationRows;
    Matrix trainPart = solved.like(trainRows, 5);
    trainPart.copyRows(solved, 0, 0, trainRows);
    Matrix validationPart = solved.like(validationRows, 5);
    validationPart.copyRows(solved, trainRows, 0, validationRows);
    InteriorSimulator simulator = new InteriorSimulator(trainPart, noise);
    Rng seed = new Rng(recipe.seed());
    Batch sample = simulator.simulate(10_000, seed.stream("normalization"));
    ParameterSpace xSpace = ParameterSpace.fit(BoundedTransform.unbounded(3), sample.x());
    Standardization yNorm = Standardization.fit(sample.y());
    Flow flow = Flow.build(flowConfig(model), Precision.FLOAT32, seed.stream("model"), true);
    Batch validation = recipe.validationSize() > 0
        ? new InteriorSimulator(validationPart, noise).simulate(recipe.validationSize(), seed.stream("validation"))
        : null;
    TrainingResult result = new Trainer(recipe, Kernels.FASTEST).train(flow, Trainer.Inputs.of(xSpace, yNorm,
        new BatchSource.Online(simulator, seed.stream("training")), validation, listener));
    return new CinnTraining.Trained(new Cinn(flow, xSpace, yNorm, recipe.threads()), result);
  }
}
