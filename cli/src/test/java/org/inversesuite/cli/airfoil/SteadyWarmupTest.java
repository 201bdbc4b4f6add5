package org.inversesuite.cli.airfoil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SteadyWarmupTest {
  @Test
  void endsAfterFiveBlocksWithoutATenPercentGainOnTheBestBefore() {
    assertEquals(5, SteadyWarmup.PATIENCE, "the sequences below are written for five");
    assertTrue(SteadyWarmup.steady(List.of(100.0, 50.0, 20.0, 19.0, 19.5, 18.5, 18.1, 30.0)),
        "19..30 are not below 0.9 x 20 = 18");
    assertFalse(SteadyWarmup.steady(List.of(100.0, 50.0, 20.0, 19.0, 17.0, 18.5, 18.1, 30.0)),
        "17 < 0.9 x 19 is a gain");
    assertFalse(SteadyWarmup.steady(List.of(100.0, 20.0, 20.0, 20.0, 20.0, 10.0)), "the last block gained");
    assertFalse(SteadyWarmup.steady(List.of(10.0, 10.0, 10.0, 10.0, 10.0)), "needs a block before the five");
    assertTrue(SteadyWarmup.steady(List.of(10.0, 10.0, 10.0, 10.0, 10.0, 10.0)));
    assertTrue(SteadyWarmup.steady(List.of(10.0, 50.0, 11.0, 10.5, 9.5, 9.1)), "slower blocks are no gain");
  }

  @Test
  void runsWholeBlocksOnAScriptedClockAndStopsWhereTheRuleSays() {
    long[] now = {0};
    // block k's rounds take max(10, 100 - 30 k) ms, one round in each block 500 ms (a load spike the median ignores)
    SteadyWarmup.Outcome o = SteadyWarmup.run(r -> {
      int k = r / SteadyWarmup.BLOCK;
      double ms = r % SteadyWarmup.BLOCK == 3 ? 500 : Math.max(10, 100 - 30 * k);
      now[0] += (long) (ms * 1e6);
    }, () -> now[0]);
    // medians 100, 70, 40, 10, then five blocks of 10 without a gain: 9 blocks
    assertEquals(90, o.rounds());
    assertEquals(100, o.firstMedianMs(), 1e-9);
    assertEquals(10, o.bestMedianMs(), 1e-9);
    assertTrue(o.steady());
  }

  @Test
  void stopsAtTheCapWhenEveryBlockStillGains() {
    long[] now = {0};
    SteadyWarmup.Outcome o = SteadyWarmup.run(r -> now[0] += (long) (1e12 * Math.pow(0.85, r / SteadyWarmup.BLOCK)),
        () -> now[0]);
    assertEquals(SteadyWarmup.MAX_BLOCKS * SteadyWarmup.BLOCK, o.rounds());
    assertFalse(o.steady());
  }
}
