package org.inversesuite.core.testing;

import org.inversesuite.core.flow.FlowConfig;
import org.inversesuite.core.infer.CinnTraining;
import org.inversesuite.core.infer.DensityTraining;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.train.LearningRateSchedule;
import org.inversesuite.core.train.TrainingConfig;
import org.inversesuite.core.train.TrainingListener;

/** Held-out log-likelihood of an unconditional flow after a short fixed recipe, for density tests. */
public final class HeldOut {
  private HeldOut() {}

  /**
   * Trains {@code flow} on {@code train} (batch 128, Adam 3e-3 with cosine decay, one thread,
   * seed 3) and returns the mean log-density of {@code test}.
   */
  public static double meanLogDensity(FlowConfig flow, int iterations, Matrix train, Matrix test) {
    TrainingConfig recipe = TrainingConfig.defaults().withIterations(iterations).withBatchSize(128)
        .withLearningRate(3e-3, new LearningRateSchedule.Cosine(0)).withValidation(0, iterations, 0).withThreads(1)
        .withSeed(3);
    CinnTraining.Trained t = DensityTraining.fit(flow, recipe, train, null, TrainingListener.NONE);
    double[] lp = t.cinn().logDensity(test, DensityTraining.noCondition(Precision.FLOAT64, test.rows()));
    t.cinn().close();
    double mean = 0;
    for (double v : lp) {
      mean += v / lp.length;
    }
    return mean;
  }
}
