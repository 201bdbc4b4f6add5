package org.inversesuite.cli.airfoil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.airfoil.design.OptimizationResult;
import org.junit.jupiter.api.Test;

/** compare's tallies: a CMA-ES run at its budget is shown and summarised as a lower bound, never as a success. */
class SearchTallyTest {
  @Test
  void aRunThatSpentItsBudgetIsShownAsMoreThanItAndCountedAtIt() {
    SearchTally cmaes = new SearchTally("CMA-ES, 1 core");
    SearchTally cinn = new SearchTally("cINN");
    assertEquals("10.000 (80)", cmaes.add(new OptimizationResult(null, 80, 1, 10.0, true)));
    cinn.add(new OptimizationResult(null, 1, 1, 1.0, true));
    assertFalse(cmaes.lastSpent());
    assertEquals("10x", cmaes.lastSpeedUp(cinn));
    assertEquals("> 150.000 (> 1500)", cmaes.add(new OptimizationResult(null, 1500, 9, 150.0, false)));
    cinn.add(new OptimizationResult(null, 2, 1, 0.5, true));
    assertTrue(cmaes.lastSpent());
    assertEquals("> 300x", cmaes.lastSpeedUp(cinn));
    assertEquals("30.000 (300)", cmaes.add(new OptimizationResult(null, 300, 2, 30.0, true)));
    cinn.add(new OptimizationResult(null, 1, 1, 3.0, true));
    assertEquals(1, cmaes.budgetSpent());
    assertEquals(190.0 / 3, cmaes.meanSeconds(), 1e-12, "the budget run enters the mean with its time");
    assertEquals(1880.0 / 3, cmaes.meanCalls(), 1e-12);
    assertEquals(300, cmaes.medianCalls());
    assertEquals(10.0, cmaes.medianSpeedUp(cinn), 1e-12, "per-target ratios 10, 300, 10");
    assertTrue(cmaes.toString().contains("1 of 3 targets spent the budget"), cmaes.toString());
    assertFalse(cinn.toString().contains("budget"), cinn.toString());
  }

  @Test
  void cellsAndMeansResolveTheMillisecondsOfACinnDesign() {
    SearchTally cinn = new SearchTally("cINN");
    assertEquals("0.038 (1)", cinn.add(new OptimizationResult(null, 1, 1, 0.0381, true)));
    assertEquals("0.044 (2)", cinn.add(new OptimizationResult(null, 2, 1, 0.0442, true)));
    assertTrue(cinn.toString().startsWith("cINN 0.041 s (1.5 calls"), cinn.toString());
  }
}
