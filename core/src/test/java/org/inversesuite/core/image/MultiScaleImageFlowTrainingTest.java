package org.inversesuite.core.image;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.flow.FlowConfig;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.testing.HeldOut;
import org.junit.jupiter.api.Test;

/**
 * The two-scale image graph of {@code multiscale-image-flow-tiny.json} (1x4x4 images) trains like
 * any flow config: on images x = A u, u ~ N(0, I₁₆), A lower triangular in the row-major pixel order
 * (each pixel 0.6 of its own noise plus 0.5 of its left and 0.4 of its upper neighbour's), the
 * held-out log-likelihood rises from the untrained value to within 1 nat of the exact
 * −8 log(2πe) − 16 log 0.6 = −14.53 nats in 400 steps (measured: −19.91 → −15.06).
 */
class MultiScaleImageFlowTrainingTest {
  private static final int SIDE = 4;
  private static final int D = SIDE * SIDE;

  private static Matrix images(int n, long seed) {
    Rng rng = new Rng(seed);
    Matrix x = Matrix.zeros(Precision.FLOAT64, n, D);
    double[] u = new double[D];
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < D; j++) {
        u[j] = rng.gaussian();
      }
      for (int i = 0; i < D; i++) {
        double v = 0.6 * u[i];
        if (i % SIDE > 0) {
          v += 0.5 * u[i - 1];
        }
        if (i >= SIDE) {
          v += 0.4 * u[i - SIDE];
        }
        x.set(r, i, v);
      }
    }
    return x;
  }

  @Test
  void theTinyMultiScaleImageFlowLearnsCorrelatedImages() throws Exception {
    FlowConfig flow = MultiScaleImageFlowTest.flow(MultiScaleImageFlowTest.tree(MultiScaleImageFlowTest.TINY));
    double truth = -D / 2.0 * Math.log(2 * Math.PI * Math.E) - D * Math.log(0.6);
    Matrix train = images(2000, 1);
    Matrix test = images(2000, 2);
    double untrained = HeldOut.meanLogDensity(flow, 1, train, test);
    double trained = HeldOut.meanLogDensity(flow, 400, train, test);
    String figures = "untrained " + untrained + ", trained " + trained + ", exact " + truth + " nats";
    assertTrue(trained > untrained + 2.0, "log-likelihood did not rise: " + figures);
    assertTrue(trained > truth - 1.0 && trained < truth + 0.2, "not within [-1, +0.2] nats of the exact value: " + figures);
  }
}
