package org.inversesuite.astro.rv.periodogram;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.inversesuite.astro.AstroProblems;
import org.inversesuite.astro.rv.IrregularRvConfig;
import org.inversesuite.astro.rv.RvObservationSet;
import org.inversesuite.astro.rv.RvPriorConfig;
import org.inversesuite.astro.rv.RvSimulation;
import org.inversesuite.core.random.Rng;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The periodogram features computed coarse-then-refine ({@link PeriodogramConfig#refine()}) against the whole grid:
 * (1) how often and by how much they differ, over {@code astro.bench.sets} simulated sets of the benchmark schedule
 * (10–50 epochs, seed 5); (2) the encode alone side by side in one JVM, whole grid and each refined setting
 * alternated per set, on the 20 targets of {@code RvFlowSizeBenchmark} / {@code RvMixtureAnswerSectionsBenchmark}
 * (seed 77) after 30 warm-up sets (seed 76), CPU time of the calling thread.
 *
 * <p>Run: {@code mvn -o -Pbench -pl astro -am verify -Dtest=PeriodogramRefineBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dastro.bench.refine=4:8,4:16 -Dastro.bench.harmonics=2}
 * (settings r:K; harmonics 0 times the GLS periodogram alone). {@code -Dastro.bench.before=true} times each refined
 * setting also as the code before docs/astro.md run 29 (the first of each pair); {@code -Dastro.bench.skipWhole=true}
 * leaves the whole grid out (the ratios are then against the first setting); {@code -Dastro.bench.sets=0} skips (1).
 */
@Tag("benchmark")
class PeriodogramRefineBenchmark {
  private static final double SAME = 1e-9;

  @Test
  void refinedAgainstWholeGrid() {
    int harmonics = Integer.getInteger("astro.bench.harmonics", 2);
    PeriodogramConfig whole = PeriodogramConfig.defaults().withHarmonics(harmonics);
    List<PeriodogramConfig> refined = new ArrayList<>();
    for (String s : System.getProperty("astro.bench.refine", "4:0.5").split(",")) {
      String[] p = s.split(":");
      refined.add(whole.withRefine(Integer.parseInt(p[0]), Integer.parseInt(p[1])));
    }
    var simulator = AstroProblems.radialVelocity(RvPriorConfig.defaults(), IrregularRvConfig.defaults().withEpochs(10, 50), 0);
    List<RvSimulation> sets = simulator.simulate(Integer.getInteger("astro.bench.sets", 2000), new Rng(5));
    PeriodogramFeatures reference = new PeriodogramFeatures(whole);
    List<double[]> expected = new ArrayList<>();
    for (RvSimulation s : sets) {
      expected.add(reference.features(s.observations()));
    }
    for (PeriodogramConfig c : refined) {
      quality(c, sets, expected);
    }
    speed(whole, refined, simulator.simulate(30, new Rng(76)), simulator.simulate(20, new Rng(77)));
  }

  /** Prints, per periodogram, the sets whose bins / peaks differ from the whole grid's and by how much. */
  private static void quality(PeriodogramConfig c, List<RvSimulation> sets, List<double[]> expected) {
    PeriodogramFeatures features = new PeriodogramFeatures(c);
    CoarseRefinement[] scratch = {new CoarseRefinement(c, CoarseRefinementTest.binEnds(c)), new CoarseRefinement(c, CoarseRefinementTest.binEnds(c))};
    GlsPeriodogram gls = new GlsPeriodogram(c);
    HarmonicPeriodogram two = new HarmonicPeriodogram(c);
    long[] known = new long[2];
    long[] runs = new long[2];
    for (RvSimulation s : sets) {
      gls.refined(s.observations(), scratch[0]);
      two.refined(s.observations(), scratch[1]);
      for (int q = 0; q < 2; q++) {
        runs[q] += scratch[q].runs();
        for (int r = 0; r < scratch[q].runs(); r++) {
          known[q] += scratch[q].runEnd(r) - scratch[q].runStart(r);
        }
      }
    }
    System.out.printf(Locale.ROOT, "refine %d, %d candidates: per set, fine points evaluated GLS %.1f in %.1f runs, "
        + "two-harmonic %.1f in %.1f runs (coarse grid %d, whole grid %d)%n", c.refine(), c.refinePeaks(),
        known[0] / (double) sets.size(), runs[0] / (double) sets.size(), known[1] / (double) sets.size(),
        runs[1] / (double) sets.size(), scratch[0].coarseCount(), c.frequencies());
    int blocks = c.harmonics() == 2 ? 2 : 1;
    int bins = c.bins();
    int peaks = c.peaks();
    for (int block = 0; block < blocks; block++) {
      int binSets = 0;
      int binValues = 0;
      double binWorst = 0;
      double binSum = 0;
      int peakSets = 0;
      int topSets = 0;
      int peakValues = 0;
      int above = 0;
      double topWorst = 0;
      for (int i = 0; i < sets.size(); i++) {
        double[] got = features.features(sets.get(i).observations());
        double[] want = expected.get(i);
        int o = block * c.summaryCount();
        boolean binDiffer = false;
        for (int b = 0; b < bins; b++) {
          double d = want[o + b] - got[o + b];
          above += d < -SAME ? 1 : 0;
          if (Math.abs(d) > SAME) {
            binDiffer = true;
            binValues++;
            binWorst = Math.max(binWorst, Math.abs(d));
            binSum += Math.abs(d);
          }
        }
        binSets += binDiffer ? 1 : 0;
        boolean peakDiffer = false;
        for (int j = 0; j < peaks; j++) {
          int at = o + bins + 2 * j;
          boolean differ = Math.abs(want[at] - got[at]) > SAME || Math.abs(want[at + 1] - got[at + 1]) > SAME;
          peakValues += differ ? 1 : 0;
          peakDiffer |= differ;
          if (j == 0 && differ) {
            topSets++;
            topWorst = Math.max(topWorst, want[at + 1] - got[at + 1]);
          }
        }
        peakSets += peakDiffer ? 1 : 0;
      }
      System.out.printf(Locale.ROOT, "refine %d, %d candidates, %s: sets with a bin differing %d of %d (%d of %d values, "
          + "mean |diff| %.4f, max %.4f, above the whole grid's %d); sets with a peak differing %d (%d of %d peaks); "
          + "top peak differing %d (largest power lost %.4f)%n", c.refine(), c.refinePeaks(),
          block == 0 ? "GLS" : "two-harmonic", binSets, sets.size(), binValues, sets.size() * bins,
          binValues == 0 ? 0 : binSum / binValues, binWorst, above, peakSets, peakValues, sets.size() * peaks, topSets,
          topWorst);
    }
  }

  /**
   * Times the features of every setting (the whole grid first; with {@code astro.bench.before} each refined setting
   * also as the code before docs/astro.md run 29, {@link RefinedFeaturesBefore}) alternated per set, the order turned
   * every round, and prints per-set means and the median of per-target ratios against the first.
   */
  private static void speed(PeriodogramConfig whole, List<PeriodogramConfig> refined, List<RvSimulation> warm,
      List<RvSimulation> targets) {
    List<String> names = new ArrayList<>();
    List<Function<RvObservationSet, double[]>> encoders = new ArrayList<>();
    if (!Boolean.getBoolean("astro.bench.skipWhole")) {
      names.add("whole grid");
      encoders.add(new PeriodogramFeatures(whole)::features);
    }
    for (PeriodogramConfig c : refined) {
      if (Boolean.getBoolean("astro.bench.before")) {
        names.add("refine " + c.refine() + ", " + c.refinePeaks() + " candidates, code before run 29");
        encoders.add(new RefinedFeaturesBefore(c)::features);
      }
      names.add("refine " + c.refine() + ", " + c.refinePeaks() + " candidates");
      encoders.add(new PeriodogramFeatures(c)::features);
    }
    ThreadMXBean clock = ManagementFactory.getThreadMXBean();
    int rounds = Integer.getInteger("astro.bench.rounds", 200);
    double sink = 0;
    for (int r = 0; r < 100; r++) {
      for (RvSimulation s : warm) {
        for (Function<RvObservationSet, double[]> f : encoders) {
          sink += f.apply(s.observations())[0];
        }
      }
    }
    double[][] cpu = new double[encoders.size()][targets.size()];
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < targets.size(); i++) {
        for (int v0 = 0; v0 < encoders.size(); v0++) {
          int v = (v0 + r) % encoders.size(); // the order turns every round
          long t0 = clock.getCurrentThreadCpuTime();
          sink += encoders.get(v).apply(targets.get(i).observations())[1];
          cpu[v][i] += clock.getCurrentThreadCpuTime() - t0;
        }
      }
    }
    for (int v = 0; v < encoders.size(); v++) {
      double[] ratio = new double[targets.size()];
      for (int i = 0; i < targets.size(); i++) {
        ratio[i] = cpu[0][i] / cpu[v][i];
      }
      Arrays.sort(ratio);
      System.out.printf(Locale.ROOT, "encode, %s: %.4f ms per set (mean of %d rounds x %d targets); %s / this "
          + "per target: median %.3fx (min %.3f, max %.3f)%n", names.get(v),
          Arrays.stream(cpu[v]).sum() * 1e-6 / rounds / targets.size(), rounds, targets.size(), names.get(0),
          0.5 * (ratio[9] + ratio[10]), ratio[0], ratio[ratio.length - 1]);
    }
    System.out.println("checksum " + sink);
  }
}
