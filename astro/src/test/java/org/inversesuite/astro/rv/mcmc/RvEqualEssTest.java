package org.inversesuite.astro.rv.mcmc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RvEqualEssTest {
  @Test
  void bothCountsAgreeWhenTheMcmcRunHadExactlyTheEffectiveSampleSizeAskedFor() {
    // ESS = n: the run as made is the run that reaches n, under either count
    assertEquals(RvEqualEss.asBefore(0.05, 3.0, 1000, 0.004, 1000), RvEqualEss.consistent(0.05, 3.0, 1000, 0.004, 1000),
        1e-9);
    assertEquals(3.05 / 0.004, RvEqualEss.consistent(0.05, 3.0, 1000, 0.004, 1000), 1e-9);
  }

  @Test
  void theConsistentCountChargesStartAndBurnInOnceAndScalesOnlyTheKeptSteps() {
    double burnShare = RvMcmcReference.BURN_IN / (double) (RvMcmcReference.BURN_IN + RvMcmcReference.KEPT);
    // ESS 4n: kept steps a quarter, burn-in and start in full
    double expected = (0.1 + 5.0 * burnShare + 5.0 * (1 - burnShare) / 4) / 0.005;
    assertEquals(expected, RvEqualEss.consistent(0.1, 5.0, 4000, 0.005, 1000), 1e-9);
    // the earlier count divides the whole run, start and burn-in included, by 4
    assertEquals(5.1 / 4 / 0.005, RvEqualEss.asBefore(0.1, 5.0, 4000, 0.005, 1000), 1e-9);
    // with a huge ESS only the fixed costs remain under the consistent count; the earlier one tends to 0
    assertEquals((0.1 + 5.0 * burnShare) / 0.005, RvEqualEss.consistent(0.1, 5.0, 1e15, 0.005, 1000), 1e-6);
  }

  @Test
  void anEssBelowTheDrawsAsksForMoreKeptStepsButNotMoreBurnIn() {
    double burnShare = RvMcmcReference.BURN_IN / (double) (RvMcmcReference.BURN_IN + RvMcmcReference.KEPT);
    double consistent = RvEqualEss.consistent(0, 2.5, 321, 0.005, 1000);
    assertEquals((2.5 * burnShare + 2.5 * (1 - burnShare) * 1000 / 321) / 0.005, consistent, 1e-9);
    double before = RvEqualEss.asBefore(0, 2.5, 321, 0.005, 1000);
    assertEquals(true, consistent < before, "the earlier count multiplied the burn-in by n / ESS too");
  }
}
