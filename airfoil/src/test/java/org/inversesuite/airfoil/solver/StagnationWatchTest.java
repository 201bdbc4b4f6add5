package org.inversesuite.airfoil.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The stall test of the Newton iteration ({@link StagnationWatch}, K = {@link ViscousIteration#STALL}). */
class StagnationWatchTest {
  private static final int K = ViscousIteration.STALL;

  @Test
  void aStagnatingResidualTriggersAfterKStepsWithoutHalving() {
    StagnationWatch watch = new StagnationWatch();
    // the plateau of a failed solve (Newton trace of session 8): |R| oscillates around 1.4-1.6
    double[] norms = {1.47, 1.44, 1.65, 1.52, 1.45, 1.42, 1.59, 1.51, 1.44, 1.41};
    int triggeredAt = -1;
    for (int k = 0; k < norms.length; k++) {
      watch.record(norms[k]);
      if (triggeredAt < 0 && watch.stalledFor(K)) {
        triggeredAt = k;
      }
    }
    assertEquals(K, triggeredAt, "the first norm sets the reference, then K steps without halving");
  }

  @Test
  void aLinearlyConvergingResidualNeverTriggers() {
    StagnationWatch watch = new StagnationWatch();
    // contraction 0.85 per step halves the residual every 4.3 steps, faster than the bound 2^(-1/K)
    double norm = 100;
    for (int k = 0; k < 200; k++) {
      watch.record(norm);
      assertFalse(watch.stalledFor(K), "triggered at step " + k + ", |R| = " + norm);
      norm *= 0.85;
    }
  }

  @Test
  void aContractionSlowerThanTheBoundTriggersAndResetForgetsTheStall() {
    StagnationWatch watch = new StagnationWatch();
    double norm = 1;
    for (int k = 0; k <= K; k++) {
      watch.record(norm);
      norm *= 0.95;
    }
    assertTrue(watch.stalledFor(K), "0.95^K > 1/2: stalled");
    watch.reset();
    assertFalse(watch.stalledFor(1));
    watch.record(norm);
    assertFalse(watch.stalledFor(1), "the first norm after a reset is the new reference");
  }
}
