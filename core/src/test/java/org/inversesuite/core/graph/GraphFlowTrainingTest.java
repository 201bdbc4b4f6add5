package org.inversesuite.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.flow.FlowConfig;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.testing.HeldOut;
import org.junit.jupiter.api.Test;

/**
 * A multi-scale graph read from a config file (two couplings on all 4 columns, split 2 | 2, two
 * more couplings on the second half only, merge) trains like any flow: on x = A u, u ~ N(0, I₄),
 * its held-out log-likelihood rises from the untrained value to the true −2 log(2πe) − log|det A|.
 */
class GraphFlowTrainingTest {
  private static final double[][] A = {{1.0, 0, 0, 0}, {0.8, 0.5, 0, 0}, {-0.3, 0.4, 0.7, 0}, {0.2, -0.6, 0.5, 0.4}};

  private static Matrix sample(int n, long seed) {
    Rng rng = new Rng(seed);
    Matrix x = Matrix.zeros(Precision.FLOAT64, n, 4);
    double[] u = new double[4];
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < 4; j++) {
        u[j] = rng.gaussian();
      }
      for (int i = 0; i < 4; i++) {
        double v = 0;
        for (int j = 0; j <= i; j++) {
          v += A[i][j] * u[j];
        }
        x.set(r, i, v);
      }
    }
    return x;
  }

  private static double heldOutMean(FlowConfig flow, int iterations) {
    return HeldOut.meanLogDensity(flow, iterations, sample(2000, 1), sample(2000, 2));
  }

  @Test
  void multiScaleGraphFromAConfigFileLearnsAGaussian() throws Exception {
    FlowConfig flow;
    try (InputStream in = getClass().getResourceAsStream("multiscale-flow.json")) {
      flow = Json.mapper().readValue(in, FlowConfig.class);
    }
    assertTrue(flow.blocks().get(0) instanceof GraphConfig);
    double logDetA = 0;
    for (int i = 0; i < 4; i++) {
      logDetA += Math.log(A[i][i]);
    }
    double truth = -2 * Math.log(2 * Math.PI * Math.E) - logDetA;
    double untrained = heldOutMean(flow, 1);
    double trained = heldOutMean(flow, 200);
    assertTrue(trained > untrained + 0.3, "log-likelihood did not rise: " + untrained + " -> " + trained);
    assertEquals(truth, trained, 0.1, "untrained " + untrained);
  }
}
