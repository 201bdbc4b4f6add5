package org.inversesuite.astro.rv;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.inversesuite.astro.rv.periodogram.PeriodogramFeatures;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.astro.AstroProblems;
import org.inversesuite.astro.rv.periodogram.PeriodogramConfig;
import org.inversesuite.core.random.Rng;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The training-time cost of the two-harmonic features: CPU time of the simulator's encode of one batch of
 * {@code -Dastro.bench.batch} sets (default 256, ≤ 50 epochs, the same systems for both) with the GLS features
 * only and with the two-harmonic summary appended ({@link PeriodogramConfig#harmonics()} 2), the two alternated
 * {@code -Dastro.bench.repetitions} times (default 8) in one JVM, side by side; the first pair is JIT warm-up.
 * The CPU time is the process's (since run 19 a batch's periodograms are computed on two threads; the process
 * time also counts JIT and GC threads, a small share here). A second test times the two-thread batch encode
 * against the same features on one thread (wall time, alternated).
 *
 * <p>Run: {@code mvn -o -Pbench -pl astro -am verify -Dtest=RvHarmonicEncodeCostBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class RvHarmonicEncodeCostBenchmark {
  private final int batch = Integer.getInteger("astro.bench.batch", 256);
  private final int repetitions = Integer.getInteger("astro.bench.repetitions", 8);
  private final IrregularRvConfig schedule = IrregularRvConfig.defaults().withEpochs(10, 50);

  @Test
  void encodeWithAndWithoutTheTwoHarmonicSummary() {
    IrregularRvSimulator sets = AstroProblems.radialVelocity(RvPriorConfig.defaults(), schedule, 0);
    PaddedRvSimulator gls = new PaddedRvSimulator(sets, RvSetEncoding.of(schedule, 0, PeriodogramConfig.defaults()));
    PaddedRvSimulator both = new PaddedRvSimulator(sets,
        RvSetEncoding.of(schedule, 0, PeriodogramConfig.defaults().withHarmonics(2)));
    com.sun.management.OperatingSystemMXBean cpu =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int rep = 0; rep < repetitions; rep++) {
      long c0 = cpu.getProcessCpuTime();
      gls.simulate(batch, new Rng(rep));
      long c1 = cpu.getProcessCpuTime();
      both.simulate(batch, new Rng(rep));
      long c2 = cpu.getProcessCpuTime();
      System.out.printf("batch of %d: GLS features %.0f ms CPU, with the two-harmonic summary %.0f ms CPU, ratio %.2f%n",
          batch, (c1 - c0) / 1e6, (c2 - c1) / 1e6, (c2 - c1) / (double) (c1 - c0));
    }
  }

  /** Wall time of the batch encode (two threads) against the same features computed on one thread, alternated. */
  @Test
  void twoThreadEncodeAgainstOne() {
    IrregularRvSimulator simulator = AstroProblems.radialVelocity(RvPriorConfig.defaults(), schedule, 0);
    PeriodogramConfig grid = PeriodogramConfig.defaults().withHarmonics(2);
    RvSetEncoding encoding = RvSetEncoding.of(schedule, 0, grid);
    List<RvObservationSet> sets = new ArrayList<>();
    for (RvSimulation s : simulator.simulate(batch, new Rng(4))) {
      sets.add(s.observations());
    }
    DoubleMatrix y = new DoubleMatrix(batch, encoding.width());
    for (int rep = 0; rep < repetitions; rep++) {
      long t0 = System.nanoTime();
      new PeriodogramFeatures(grid).features(sets);
      long t1 = System.nanoTime();
      encoding.encode(sets, y);
      long t2 = System.nanoTime();
      System.out.printf("batch of %d, two-harmonic features: one thread %.0f ms, the encode on two threads %.0f ms, "
          + "ratio %.2f%n", batch, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t1 - t0) / (double) (t2 - t1));
    }
  }
}
