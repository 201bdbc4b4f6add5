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
 * 95 % of the cINN's draws (rank ≤ 5 or ≥ 195 of 200, from its {@code rv-period-recovery.csv}), and the cINN's
 * mean posterior mass within 2 % of the true P on the targets whose GLS peak is right, whose GLS peak is wrong
 * but two-harmonic peak right, and whose both are wrong (does the model use the two-harmonic peak?).
 * "F-test centre" counts {@link PeriodCoordinate#PEAK_BLEND_HARMONIC}'s centre
 * ({@link PeriodReference#preferringHarmonic}) within 2 % of the true P. Writes
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
    double[] mass = null;
    if (dir != null) {
      List<String> lines = Files.readAllLines(Path.of(dir).resolve("rv-period-recovery.csv"));
      List<String> header = List.of(lines.get(0).split(","));
      ranks = new int[cases];
      mass = new double[cases];
      for (int i = 0; i < cases; i++) {
        String[] f = lines.get(i + 1).split(",");
        ranks[i] = Integer.parseInt(f[header.indexOf("rank_of_truth")]);
        mass[i] = Double.parseDouble(f[header.indexOf("mass_within_2pct")]);
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
    int[][] counts = new int[edges.length - 1][4];
    int[] missed = new int[4];
    // the centre of PEAK_BLEND_HARMONIC (the F-test choice between the two highest peaks), read from y
    RvSetEncoding encoding = RvSetEncoding.of(schedule, 0, grid.withHarmonics(2));
    int switched = 0;
    // by which peak is right: 0 GLS right, 1 GLS wrong and two-harmonic right, 2 both wrong
    int[] groupSize = new int[3];
    double[] groupMass = new double[3];
    int[] groupMissed = new int[3];
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
      double[] y = encoding.encode(d).toRows()[0];
      PeriodReference centre = PeriodReference.preferringHarmonic(y, encoding);
      switched += centre.equals(PeriodReference.of(y, encoding)) ? 0 : 1;
      boolean centreRight = Math.abs(centre.period() / p.period() - 1) < CLOSE;
      int bin = 0;
      while (p.eccentricity() >= edges[bin + 1]) {
        bin++;
      }
      counts[bin][0]++;
      counts[bin][1] += glsRight ? 1 : 0;
      counts[bin][2] += harmonicRight ? 1 : 0;
      counts[bin][3] += centreRight ? 1 : 0;
      if (ranks != null) {
        int g = glsRight ? 0 : harmonicRight ? 1 : 2;
        groupSize[g]++;
        groupMass[g] += mass[i];
        groupMissed[g] += ranks[i] <= 5 || ranks[i] >= 195 ? 1 : 0;
      }
      if (ranks != null && (ranks[i] <= 5 || ranks[i] >= 195)) {
        missed[0]++;
        missed[1] += glsRight ? 1 : 0;
        missed[2] += harmonicRight ? 1 : 0;
        missed[3] += centreRight ? 1 : 0;
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
    int[] all = new int[4];
    for (int bin = 0; bin < counts.length; bin++) {
      System.out.printf("  e in [%.1f, %.1f): %3d targets, GLS %3d, two-harmonic %3d, F-test centre %3d%n",
          edges[bin], Math.min(1, edges[bin + 1]), counts[bin][0], counts[bin][1], counts[bin][2], counts[bin][3]);
      for (int c = 0; c < 4; c++) {
        all[c] += counts[bin][c];
      }
    }
    System.out.printf("  all:            %3d targets, GLS %3d, two-harmonic %3d, F-test centre %3d (the "
        + "two-harmonic peak chosen for %d)%n", all[0], all[1], all[2], all[3], switched);
    if (ranks != null) {
      System.out.printf("  truth beyond the central 95 %% of the draws (%s): %d targets, GLS %d, two-harmonic %d, "
          + "F-test centre %d%n", dir, missed[0], missed[1], missed[2], missed[3]);
      String[] groups = {"GLS peak right", "GLS peak wrong, two-harmonic right", "both wrong"};
      for (int g = 0; g < 3; g++) {
        System.out.printf("  %s: %d targets, mean cINN mass within 2 %% of the true P %.3f, truth beyond the central "
            + "95 %% %d%n", groups[g], groupSize[g], groupMass[g] / Math.max(1, groupSize[g]), groupMissed[g]);
      }
      missRates(systems, ranks, gls, grid);
    }
  }

  /**
   * Prints, per group of targets, the fraction whose truth lies above rank 195 and below rank 5 of the 200
   * draws (2.5 % each for a calibrated posterior), by true e, number of epochs, GLS peak power, true P and K/σ̄
   * (σ̄ the mean error bar), and how the true P relates to the GLS highest peak P̂ for the targets above and below.
   */
  private static void missRates(List<RvSimulation> systems, int[] ranks, GlsPeriodogram gls, PeriodogramConfig grid) {
    int n = ranks.length;
    double[][] by = new double[5][n];
    String[] relation = new String[n];
    for (int i = 0; i < n; i++) {
      RvParameters p = systems.get(i).parameters();
      RvObservationSet d = systems.get(i).observations();
      double[] a = gls.power(d);
      int k = argmax(a);
      double meanError = 0;
      for (int j = 0; j < d.size(); j++) {
        meanError += d.error(j) / d.size();
      }
      by[0][i] = p.eccentricity();
      by[1][i] = d.size();
      by[2][i] = a[k];
      by[3][i] = p.period();
      by[4][i] = p.semiAmplitude() / meanError;
      double q = p.period() * grid.frequency(k);
      relation[i] = "other";
      for (int m = 1; m <= 4; m++) {
        if (Math.abs(q / m - 1) < CLOSE) {
          relation[i] = m == 1 ? "at the peak" : "P = " + m + " P-hat";
        } else if (m > 1 && Math.abs(q * m - 1) < CLOSE) {
          relation[i] = "P = P-hat/" + m;
        }
      }
    }
    String[] names = {"true e", "epochs", "GLS peak power", "true P (d)", "K / mean sigma"};
    double[][] edges = {{0, 0.3, 0.6, 0.8, 1.01}, {10, 15, 25, 51}, {0, 0.6, 0.8, 0.9, 1.01}, {1, 10, 100, 1001},
        {0, 10, 50, 200, 1e9}};
    for (int g = 0; g < names.length; g++) {
      System.out.println("  by " + names[g] + ": group, targets, truth above rank 195, below rank 5");
      for (int b = 0; b + 1 < edges[g].length; b++) {
        int count = 0;
        int above = 0;
        int below = 0;
        for (int i = 0; i < n; i++) {
          if (by[g][i] >= edges[g][b] && by[g][i] < edges[g][b + 1]) {
            count++;
            above += ranks[i] >= 195 ? 1 : 0;
            below += ranks[i] <= 5 ? 1 : 0;
          }
        }
        System.out.printf(java.util.Locale.ROOT, "    [%s, %s): %3d, %.3f, %.3f%n", edge(edges[g][b]),
            edge(edges[g][b + 1]), count,
            above / (double) Math.max(1, count), below / (double) Math.max(1, count));
      }
    }
    for (String side : new String[] {"above", "below"}) {
      java.util.Map<String, Integer> tally = new java.util.TreeMap<>();
      for (int i = 0; i < n; i++) {
        if (side.equals("above") ? ranks[i] >= 195 : ranks[i] <= 5) {
          tally.merge(relation[i], 1, Integer::sum);
        }
      }
      System.out.println("  truth " + side + " the draws, true P against the GLS peak: " + tally);
    }
  }

  private static String edge(double v) {
    return v >= 1e8 ? "inf" : v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  private static int argmax(double[] p) {
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      best = p[k] > p[best] ? k : best;
    }
    return best;
  }
}
