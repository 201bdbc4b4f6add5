package org.inversesuite.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.NonFiniteException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MixtureDensityNetworkTest {
  private static MixtureDensityNetwork mdn;

  @BeforeAll
  static void train() {
    mdn = MixtureDensityTraining.train(new LinearGaussianProblem(),
        new NetworkRecipe(1500, 256, 3e-3, 32, 2, 7), 3);
  }

  @Test
  void learnsTheExactGaussianPosterior() {
    for (double[] y : new double[][] {{0, 0}, {1.2, -0.8}, {-1.5, 2.0}}) {
      LinearGaussianProblem.assertPosteriorMoments(mdn, y, 0.06, 0.12);
    }
  }

  @Test
  void logDensityMatchesTheExactPosterior() {
    var batch = new LinearGaussianProblem().simulate(2000, new Rng(5));
    double[] lq = mdn.logDensity(batch.x(), batch.y());
    double gap = 0;
    for (int i = 0; i < lq.length; i++) {
      gap += LinearGaussianProblem.logPosterior(new double[] {batch.x().get(i, 0), batch.x().get(i, 1)},
          new double[] {batch.y().get(i, 0), batch.y().get(i, 1)}) - lq[i];
    }
    // the mean gap estimates KL(p || q) >= 0; a good fit keeps it small
    assertEquals(0, gap / lq.length, 0.03);
  }

  @Test
  void shapesAndRefusals() {
    assertEquals(2, mdn.dimension());
    Matrix each = mdn.sampleEach(new DoubleMatrix(3, 2, new double[] {0, 0, 1, 1, 2, 2}), new Rng(1));
    assertEquals(3, each.rows());
    assertThrows(IllegalArgumentException.class, () -> mdn.sample(new double[] {1}, 5, new Rng(1)));
    assertThrows(NonFiniteException.class, () -> mdn.sample(new double[] {1, Double.NaN}, 5, new Rng(1)));
  }
}
