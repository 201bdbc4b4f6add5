package org.inversesuite.cli.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.junit.jupiter.api.Test;

class MethodRegistryTest {
  /**
   * Every registered method trains (2 steps of 8) and samples finite values of the right shape on
   * inverse kinematics, within the budget of 3 million parameters (ballistics has the same
   * dimension of x and a narrower y, so no method is larger there).
   */
  @Test
  void everyMethodTrainsSamplesAndStaysWithinThreeMillionParameters() {
    TrainingBudget budget = new TrainingBudget(2, 8, 1, 1);
    for (BenchmarkTask task : new BenchmarkTask[] {BenchmarkTask.inverseKinematics(0.02)}) {
      double[] y = task.problem().simulate(1, new Rng(3)).y().toRows()[0];
      for (BenchmarkMethod method : MethodRegistry.all()) {
        BenchmarkMethod.Trained trained = method.train(task.problem(), budget);
        String what = method.name() + " on " + task.name();
        assertTrue(trained.parameters() <= 3_000_000, what + " has " + trained.parameters() + " parameters");
        Matrix x = trained.estimator().sample(y, 5, new Rng(4));
        assertEquals(5, x.rows(), what);
        assertEquals(task.problem().xDimension(), x.cols(), what);
        for (int i = 0; i < x.size(); i++) {
          assertTrue(Double.isFinite(x.get(i)), what + " sampled " + x.get(i));
        }
      }
    }
  }
}
