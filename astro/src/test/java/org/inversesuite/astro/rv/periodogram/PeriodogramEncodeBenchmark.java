package org.inversesuite.astro.rv.periodogram;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import org.inversesuite.astro.AstroProblems;
import org.inversesuite.astro.rv.IrregularRvConfig;
import org.inversesuite.astro.rv.RvObservationSet;
import org.inversesuite.astro.rv.RvPriorConfig;
import org.inversesuite.astro.rv.RvSimulation;
import org.inversesuite.core.random.Rng;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The periodogram features of one set (what every encode computes) before and after run 10, side by
 * side in one process: the features as before ({@link GlsPeriodogramBefore}, and the ln P bin of every
 * grid frequency computed with its own logarithm, as the features' constructor did per encode) and as
 * now ({@code new PeriodogramFeatures(grid).features(set)}), alternating over 20 simulated sets of the
 * benchmark schedule (10–50 epochs), CPU time of the calling thread, median of 40 rounds.
 *
 * <p>Run: {@code mvn -o -Pbench -pl astro -am verify -Dtest=PeriodogramEncodeBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class PeriodogramEncodeBenchmark {
  private static final int ROUNDS = 40;

  @Test
  void featuresBeforeAndAfter() {
    PeriodogramConfig grid = PeriodogramConfig.defaults();
    List<RvSimulation> sets = AstroProblems.radialVelocity(RvPriorConfig.defaults(),
        IrregularRvConfig.defaults().withEpochs(10, 50), 0).simulate(20, new Rng(77));
    ThreadMXBean clock = ManagementFactory.getThreadMXBean();
    double[][] cpu = new double[2][ROUNDS];
    double sink = 0;
    for (int r = -10; r < ROUNDS; r++) { // 10 warm-up rounds
      for (int v = 0; v < 2; v++) {
        long t0 = clock.getCurrentThreadCpuTime();
        for (RvSimulation s : sets) {
          sink += (v == 0 ? before(grid, s.observations()) : new PeriodogramFeatures(grid).features(s.observations()))[0];
        }
        if (r >= 0) {
          cpu[v][r] = (clock.getCurrentThreadCpuTime() - t0) * 1e-6 / sets.size();
        }
      }
    }
    double[] ratio = new double[ROUNDS];
    for (int r = 0; r < ROUNDS; r++) {
      ratio[r] = cpu[0][r] / cpu[1][r];
    }
    System.out.printf("periodogram features per set, CPU of the calling thread, median of %d rounds: before %.3f ms, "
        + "after %.3f ms; per-round ratio before/after median %.2fx (checksum %.3f)%n", ROUNDS, median(cpu[0]),
        median(cpu[1]), median(ratio), sink);
  }

  /** @return the features as computed before run 10 */
  private static double[] before(PeriodogramConfig grid, RvObservationSet set) {
    PeriodogramFeatures features = new PeriodogramFeatures(grid);
    int[] binOf = new int[grid.frequencies()];
    for (int k = 0; k < binOf.length; k++) {
      binOf[k] = Math.min(grid.bins() - 1, (int) Math.floor(features.position(grid.frequency(k)) * grid.bins()));
    }
    double[] power = new GlsPeriodogramBefore(grid).power(set);
    double[] out = new double[grid.featureCount()];
    features.summarise(power, out, 0);
    out[0] += binOf[binOf.length - 1]; // keeps the bins computed, as the constructor before did (bin 0: + 0)
    return out;
  }

  private static double median(double[] v) {
    double[] a = v.clone();
    Arrays.sort(a);
    return 0.5 * (a[(a.length - 1) / 2] + a[a.length / 2]);
  }
}
