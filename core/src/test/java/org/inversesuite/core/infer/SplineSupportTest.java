package org.inversesuite.core.infer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.block.RqSplineCouplingConfig;
import org.inversesuite.core.flow.FlowConfig;
import org.inversesuite.core.flow.FlowPresets;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.train.LearningRateSchedule;
import org.inversesuite.core.train.TrainingConfig;
import org.inversesuite.core.train.TrainingListener;
import org.junit.jupiter.api.Test;

/**
 * A spline flow keeps its samples near a bounded data distribution. Every spline coupling maps
 * [−B, B] onto itself and is the identity outside, and permutations only swap coordinates, so the
 * box [−B, B]^D is invariant under the whole flow: whatever the training, the samples outside it
 * are exactly the base draws outside it, a fraction 1 − (1 − 2Φ(−B))^D (0.54% for B = 3, D = 2),
 * and they land at |x_i| &gt; B, far outside a support inside [−√3, √3]. The default interval must
 * make that leak negligible.
 */
class SplineSupportTest {
  private static final double HALF_WIDTH = Math.sqrt(3);

  /** Uniform on [−√3, √3]²: zero mean, unit variance, as standardised bounded parameters. */
  private static Matrix uniform(int n, long seed) {
    Rng rng = new Rng(seed);
    Matrix x = Matrix.zeros(Precision.FLOAT64, n, 2);
    for (int i = 0; i < x.size(); i++) {
      x.set(i, rng.uniform(-HALF_WIDTH, HALF_WIDTH));
    }
    return x;
  }

  @Test
  void trainedDefaultSplineFlowKeepsItsSamplesNearABoundedSupport() {
    RqSplineCouplingConfig block = RqSplineCouplingConfig.defaults().withSubnet(MlpConfig.of(16, 1, Activation.TANH));
    FlowConfig flow = FlowPresets.splineCoupling(2, 0, 2, block);
    TrainingConfig recipe = TrainingConfig.defaults().withIterations(600).withBatchSize(128)
        .withLearningRate(3e-3, new LearningRateSchedule.Cosine(0)).withValidation(0, 600, 0).withThreads(1)
        .withSeed(3);
    int n = 100_000;
    Matrix x;
    try (Cinn cinn = DensityTraining.fit(flow, recipe, uniform(4000, 1), null, TrainingListener.NONE).cinn()) {
      x = cinn.sample(new double[0], n, new Rng(4));
    }
    int far = 0;
    for (int i = 0; i < x.size(); i++) {
      far += Math.abs(x.get(i)) > HALF_WIDTH + 0.5 ? 1 : 0;
    }
    // B = 3 leaks ≈ 540 of the 200,000 coordinates beyond 3 by the invariance alone (826 measured beyond √3 + 0.5);
    // with B = 5 the invariant leak is ≈ 0.2 coordinates and 40 lay beyond √3 + 0.5 (the fit's own tails); the default is B = 8.
    assertTrue(far < 200, far + " coordinates of " + n + " samples lie farther than 0.5 outside the support [−√3, √3]²");
  }
}
