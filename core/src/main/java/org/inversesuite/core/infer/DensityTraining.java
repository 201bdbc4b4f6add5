package org.inversesuite.core.infer;

import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.FlowConfig;
import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.Dataset;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.train.BatchSource;
import org.inversesuite.core.train.Trainer;
import org.inversesuite.core.train.TrainingConfig;
import org.inversesuite.core.train.TrainingListener;

/**
 * Unconditional density estimation with a flow: maximum likelihood on a fixed set of rows
 * (offline epochs), validation on another, early stopping per the recipe. The flow's
 * {@code conditionDimension} must be 0; the returned {@link Cinn} then gives
 * log p(x) = log N(f(x); 0, I) + log|det J_f(x)| through {@code logDensity(x, y)} with a y of
 * zero columns ({@link #noCondition}). No normalisation is applied: standardise the data
 * before, as the caller decides on which split. Random streams: "model" (structure and
 * initial weights) and "training" (epoch shuffles) of {@code recipe.seed()}.
 */
public final class DensityTraining {
  private DensityTraining() {}

  /** @return a y of n rows and no columns, the condition of an unconditional flow */
  public static Matrix noCondition(Precision precision, int n) {
    return Matrix.zeros(precision, n, 0);
  }

  /**
   * @param flow an unconditional flow config (conditionDimension 0)
   * @param train training rows [n, flow.dimension()]
   * @param validation validation rows, or null for none
   */
  public static CinnTraining.Trained fit(FlowConfig flow, TrainingConfig recipe, Matrix train, Matrix validation,
      TrainingListener listener) {
    if (flow.conditionDimension() != 0) {
      throw new IllegalArgumentException("density estimation needs an unconditional flow, got conditionDimension "
          + flow.conditionDimension());
    }
    if (train.cols() != flow.dimension()) {
      throw new IllegalArgumentException("training data has " + train.cols() + " columns, the flow expects "
          + flow.dimension());
    }
    Rng seed = new Rng(recipe.seed());
    Flow model = Flow.build(flow, Precision.FLOAT32, seed.stream("model"), true);
    Batch val = validation == null ? null
        : new Batch(validation, noCondition(Precision.FLOAT64, validation.rows()));
    Dataset rows = new Rows(train);
    var result = new Trainer(recipe, Kernels.FASTEST).train(model, Trainer.Inputs.of(
        ParameterSpace.identity(flow.dimension()), Standardization.identity(0),
        new BatchSource.Offline(rows, seed.stream("training")), val, listener));
    return new CinnTraining.Trained(new Cinn(model, ParameterSpace.identity(flow.dimension()),
        Standardization.identity(0), recipe.threads()), result);
  }

  /** The training rows as a data set with an empty y. */
  private record Rows(Matrix x) implements Dataset {
    @Override
    public int size() {
      return x.rows();
    }

    @Override
    public int xDimension() {
      return x.cols();
    }

    @Override
    public int yDimension() {
      return 0;
    }

    @Override
    public Batch batch(int[] indices) {
      Matrix out = x.like(indices.length, x.cols());
      for (int i = 0; i < indices.length; i++) {
        out.copyRows(x, indices[i], i, 1);
      }
      return new Batch(out, noCondition(x.precision(), indices.length));
    }
  }
}
