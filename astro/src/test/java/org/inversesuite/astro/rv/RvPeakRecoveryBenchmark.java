package org.inversesuite.astro.rv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inversesuite.astro.AstroProblems;
import org.inversesuite.astro.rv.periodogram.GlsPeriodogram;
import org.inversesuite.astro.rv.periodogram.HarmonicPeriodogram;
import org.inversesuite.astro.rv.periodogram.PeriodogramConfig;
import org.inversesuite.core.random.Rng;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Which periodogram's highest peak finds the true period of the SBC targets of {@code RvMcmcComparisonBenchmark}
 * (the same systems: its simulator with ≤ {@code -Dastro.bench.maxEpochs} epochs, default 50, and the target
 * seed {@code -Dastro.bench.sbcSeed}, default 555): the sinusoid (GLS) periodogram against the two-harmonic one
 * ({@link HarmonicPeriodogram}), by true eccentricity. With {@code -Dastro.bench.dir=…} (a benchmark output
 * folder of the same target set) the same count is printed for the targets whose true P lay beyond the central
 * 95 % of the cINN's draws (rank ≤ 5 or ≥ 195 of 200, from its {@code rv-period-recovery.csv}). Writes
 * {@code rv-peaks.csv} (one row per target) into {@code -Dastro.bench.out} (default target/astro-peaks).
 *
 * <p>Run: {@code mvn -o -Pbench -pl astro -am verify -Dtest=RvPeakRecoveryBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dastro.bench.sbcSeed=555 -Dastro.bench.dir=target/…}.
 */
@Tag("benchmark")
class RvPeakRecoveryBenchmark {
  private static final double CLOSE = 0.02;

  @Test
  void highestPeakAgainstTheTruth() throws IOException {
    int maxEpochs = Integer.getInteger("astro.bench.maxEpochs", 50);
    long seed = Long.getLong("astro.bench.sbcSeed", 555L);
    int cases = Integer.getInteger("astro.bench.sbc", 500);
    Path out = Path.of(System.getProperty("astro.bench.out", "target/astro-peaks"));
    String dir = System.getProperty("astro.bench.dir");
    IrregularRvConfig schedule = IrregularRvConfig.defaults().withEpochs(10, maxEpochs);
    List<RvSimulation> systems = AstroProblems.radialVelocity(RvPriorConfig.defaults(), schedule, 0)
        .simulate(cases, new Rng(seed));
    int[] ranks = null;
    if (dir != null) {
      List<String> lines = Files.readAllLines(Path.of(dir).resolve("rv-period-recovery.csv"));
      List<String> header = List.of(lines.get(0).split(","));
      ranks = new int[cases];
      for (int i = 0; i < cases; i++) {
        String[] f = lines.get(i + 1).split(",");
        ranks[i] = Integer.parseInt(f[header.indexOf("rank_of_truth")]);
        double period = Double.parseDouble(f[header.indexOf("true_period")]);
        if (Math.abs(period / systems.get(i).parameters().period() - 1) > 1e-3) {
          throw new IllegalStateException(dir + ": target " + i + " has P " + period + ", this set "
              + systems.get(i).parameters().period() + " (another target seed or schedule?)");
        }
      }
    }
    PeriodogramConfig grid = PeriodogramConfig.defaults();
    GlsPeriodogram gls = new GlsPeriodogram(grid);
    HarmonicPeriodogram harmonic = new HarmonicPeriodogram(grid);
    double[] edges = {0, 0.3, 0.6, 0.8, 1.01};
    int[][] counts = new int[edges.length - 1][3];
    int[] missed = new int[3];
    StringBuilder csv = new StringBuilder("epochs,true_period,true_K,true_e,gls_period,gls_power,harmonic_period,"
        + "harmonic_power\n");
    for (int i = 0; i < cases; i++) {
      RvParameters p = systems.get(i).parameters();
      RvObservationSet d = systems.get(i).observations();
      double[] a = gls.power(d);
      double[] b = harmonic.power(d);
      int ka = argmax(a);
      int kb = argmax(b);
      boolean glsRight = Math.abs(1 / grid.frequency(ka) / p.period() - 1) < CLOSE;
      boolean harmonicRight = Math.abs(1 / grid.frequency(kb) / p.period() - 1) < CLOSE;
      int bin = 0;
      while (p.eccentricity() >= edges[bin + 1]) {
        bin++;
      }
      counts[bin][0]++;
      counts[bin][1] += glsRight ? 1 : 0;
      counts[bin][2] += harmonicRight ? 1 : 0;
      if (ranks != null && (ranks[i] <= 5 || ranks[i] >= 195)) {
        missed[0]++;
        missed[1] += glsRight ? 1 : 0;
        missed[2] += harmonicRight ? 1 : 0;
      }
      csv.append(String.format(java.util.Locale.ROOT, "%d,%.5g,%.5g,%.4f,%.5g,%.4f,%.5g,%.4f%n", d.size(),
          p.period(), p.semiAmplitude(), p.eccentricity(), 1 / grid.frequency(ka), a[ka], 1 / grid.frequency(kb),
          b[kb]));
    }
    Files.createDirectories(out);
    Path tmp = out.resolve("rv-peaks.csv.tmp");
    Files.writeString(tmp, csv);
    Files.move(tmp, out.resolve("rv-peaks.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    System.out.printf("targets %d (seed %d): highest peak within %.0f %% of the true P%n", cases, seed, 100 * CLOSE);
    int[] all = new int[3];
    for (int bin = 0; bin < counts.length; bin++) {
      System.out.printf("  e in [%.1f, %.1f): %3d targets, GLS %3d, two-harmonic %3d%n", edges[bin],
          Math.min(1, edges[bin + 1]), counts[bin][0], counts[bin][1], counts[bin][2]);
      for (int c = 0; c < 3; c++) {
        all[c] += counts[bin][c];
      }
    }
    System.out.printf("  all:            %3d targets, GLS %3d, two-harmonic %3d%n", all[0], all[1], all[2]);
    if (ranks != null) {
      System.out.printf("  truth beyond the central 95 %% of the draws (%s): %d targets, GLS %d, two-harmonic %d%n",
          dir, missed[0], missed[1], missed[2]);
    }
  }

  private static int argmax(double[] p) {
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      best = p[k] > p[best] ? k : best;
    }
    return best;
  }
}
