package org.inversesuite.astro.rv;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 *
 * <p>Run: {@code mvn -o -Pbench -pl astro -am verify -Dtest=RvHarmonicEncodeCostBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class RvHarmonicEncodeCostBenchmark {
  @Test
  void encodeWithAndWithoutTheTwoHarmonicSummary() {
    int batch = Integer.getInteger("astro.bench.batch", 256);
    int repetitions = Integer.getInteger("astro.bench.repetitions", 8);
    IrregularRvConfig schedule = IrregularRvConfig.defaults().withEpochs(10, 50);
    IrregularRvSimulator sets = AstroProblems.radialVelocity(RvPriorConfig.defaults(), schedule, 0);
    PaddedRvSimulator gls = new PaddedRvSimulator(sets, RvSetEncoding.of(schedule, 0, PeriodogramConfig.defaults()));
    PaddedRvSimulator both = new PaddedRvSimulator(sets,
        RvSetEncoding.of(schedule, 0, PeriodogramConfig.defaults().withHarmonics(2)));
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int rep = 0; rep < repetitions; rep++) {
      long c0 = cpu.getCurrentThreadCpuTime();
      gls.simulate(batch, new Rng(rep));
      long c1 = cpu.getCurrentThreadCpuTime();
      both.simulate(batch, new Rng(rep));
      long c2 = cpu.getCurrentThreadCpuTime();
      System.out.printf("batch of %d: GLS features %.0f ms CPU, with the two-harmonic summary %.0f ms CPU, ratio %.2f%n",
          batch, (c1 - c0) / 1e6, (c2 - c1) / 1e6, (c2 - c1) / (double) (c1 - c0));
    }
  }
}
