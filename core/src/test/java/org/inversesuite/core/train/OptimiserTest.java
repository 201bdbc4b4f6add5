package org.inversesuite.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

class OptimiserTest {
  @Test
  void adamMatchesTheUpdateRuleByHand() {
    Matrix p = Matrix.of(Precision.FLOAT64, new double[][] {{1.0, -2.0}});
    Matrix g = Matrix.of(Precision.FLOAT64, new double[][] {{0.5, 0.1}});
    AdamW adam = new AdamW(2, 0.9, 0.999, 1e-8, 0.0);
    adam.update(p, g, 0.1);
    // Step 1: m̂ = g, v̂ = g², so the step is lr·sign(g) (up to ε).
    assertEquals(1.0 - 0.1, p.get(0), 1e-7);
    assertEquals(-2.0 - 0.1, p.get(1), 1e-7);
    g.set(0, -0.5);
    adam.update(p, g, 0.1);
    double m = 0.9 * 0.05 + 0.1 * -0.5;
    double v = 0.999 * 0.00025 + 0.001 * 0.25;
    double step = 0.1 * (m / (1 - 0.81)) / (Math.sqrt(v / (1 - 0.999 * 0.999)) + 1e-8);
    double afterFirst = 1.0 - 0.1 * 0.5 / (0.5 + 1e-8);
    assertEquals(afterFirst - step, p.get(0), 1e-12);
  }

  @Test
  void weightDecayIsDecoupled() {
    Matrix p = Matrix.of(Precision.FLOAT64, new double[][] {{2.0}});
    Matrix g = Matrix.of(Precision.FLOAT64, new double[][] {{0.0}});
    new AdamW(1, 0.9, 0.999, 1e-8, 0.5).update(p, g, 0.1);
    assertEquals(2.0 * (1 - 0.1 * 0.5), p.get(0), 1e-12);
  }

  @Test
  void schedulesHaveTheirDefiningValues() {
    var cosine = new LearningRateSchedule.Cosine(0);
    assertEquals(1.0, cosine.factor(0, 100), 1e-15);
    assertEquals(0.5, cosine.factor(50, 100), 1e-15);
    assertEquals(0.0, cosine.factor(100, 100), 1e-15);
    assertEquals(0.1 + 0.9 * 0.5, new LearningRateSchedule.Cosine(0.1).factor(50, 100), 1e-15);
    assertEquals(0.25, new LearningRateSchedule.Step(10, 0.5).factor(25, 100), 1e-15);
    assertEquals(Math.pow(0.99, 7), new LearningRateSchedule.Exponential(0.99).factor(7, 100), 1e-15);
    TrainingConfig warm = TrainingConfig.defaults().withRegularisation(0, 0, 10)
        .withLearningRate(1e-3, new LearningRateSchedule.Constant());
    assertEquals(1e-4, warm.learningRate(0), 1e-18);
    assertEquals(1e-3, warm.learningRate(9), 1e-18);
    assertEquals(1e-3, warm.learningRate(500), 1e-18);
  }

  @Test
  void badRecipeValuesAreRefusedByName() {
    var e = assertThrows(IllegalArgumentException.class, () -> TrainingConfig.defaults().withBatchSize(1));
    assertEquals("batchSize must be >= 2, got 1", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new LearningRateSchedule.Cosine(1.5));
  }
}
