package org.inversesuite.core.infer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.inversesuite.core.block.ClampActivation;
import org.inversesuite.core.block.MafConfig;
import org.inversesuite.core.block.RqSplineCouplingConfig;
import org.inversesuite.core.flow.FlowConfig;
import org.inversesuite.core.flow.FlowPresets;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.testing.HeldOut;
import org.inversesuite.core.train.TrainingConfig;
import org.inversesuite.core.train.TrainingListener;
import org.junit.jupiter.api.Test;

/** Unconditional flows trained by maximum likelihood reach the true held-out log-likelihood of a known density. */
class DensityTrainingTest {
  /** x = A u with u ~ N(0, I): a correlated Gaussian whose mean log-density is −½(d log 2πe) − log|det A|. */
  private static final double[][] A = {{1.0, 0.0}, {0.8, 0.5}};

  private static Matrix sample(int n, long seed) {
    Rng rng = new Rng(seed);
    Matrix x = Matrix.zeros(Precision.FLOAT64, n, 2);
    for (int r = 0; r < n; r++) {
      double u0 = rng.gaussian();
      double u1 = rng.gaussian();
      x.set(r, 0, A[0][0] * u0 + A[0][1] * u1);
      x.set(r, 1, A[1][0] * u0 + A[1][1] * u1);
    }
    return x;
  }

  private static double heldOutMean(FlowConfig flow) {
    return HeldOut.meanLogDensity(flow, 600, sample(4000, 1), sample(4000, 2));
  }

  private static double truth() {
    double det = A[0][0] * A[1][1] - A[0][1] * A[1][0];
    return -Math.log(2 * Math.PI * Math.E) - Math.log(Math.abs(det));
  }

  @Test
  void mafReachesTheTrueLogLikelihood() {
    FlowConfig maf = FlowPresets.maf(2, 0, 2, new MafConfig(ClampActivation.ATAN, 2.0, MlpConfig.of(16, 1, Activation.TANH)));
    assertEquals(truth(), heldOutMean(maf), 0.05);
  }

  @Test
  void splineCouplingReachesTheTrueLogLikelihood() {
    FlowConfig spline = FlowPresets.splineCoupling(2, 0, 2,
        new RqSplineCouplingConfig(4, 4.0, MlpConfig.of(16, 1, Activation.TANH)));
    assertEquals(truth(), heldOutMean(spline), 0.05);
  }

  @Test
  void refusesAConditionalFlow() {
    FlowConfig conditional = FlowPresets.maf(2, 1, 1, MafConfig.defaults());
    assertThrows(IllegalArgumentException.class, () -> DensityTraining.fit(conditional, TrainingConfig.defaults(),
        sample(10, 1), null, TrainingListener.NONE));
  }
}
