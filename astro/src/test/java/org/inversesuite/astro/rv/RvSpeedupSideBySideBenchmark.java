package org.inversesuite.astro.rv;

import org.inversesuite.astro.rv.mcmc.RvEqualEss;
import org.inversesuite.astro.rv.mcmc.RvMcmcReference;
import static org.inversesuite.astro.rv.RvBenchStats.max;
import static org.inversesuite.astro.rv.RvBenchStats.median;
import static org.inversesuite.astro.rv.RvBenchStats.min;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.inversesuite.core.baseline.McmcResult;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.random.Rng;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The speed-up at equal effective sample size of several saved RV cINNs against one ensemble-MCMC
 * run per target, measured side by side in one process: per target, the whole answer of each model
 * (encode the raw set: padding, periodogram and its features; summary network; 1000 draws through
 * {@link RvPosterior}, redraws outside the prior included) is timed {@value #REPS} times, the models
 * alternating, in CPU time of the calling thread (median kept), then the MCMC reference of
 * {@link RvMcmcReference} runs once (same targets, seeds and settings as
 * {@code RvMcmcComparisonBenchmark}). Speed-up = (MCMC CPU / min ESS) / (cINN CPU / 1000), and counted with both
 * sides' fixed costs once ({@link RvEqualEss#consistent}; the MCMC start is timed apart from the sampler). The
 * same answer on two threads is timed too, in CPU time of the whole process (every thread counts; the
 * process clock ticks in 10 ms, so over blocks of {@value #BLOCK} answers) and in wall time, against the
 * one-thread answer in process CPU time. {@code -Dastro.bench.mcmc=false} times the models only.
 * {@code -Dastro.bench.mcmcStart=TRUTH,PERIODOGRAM} (default TRUTH) runs the MCMC once per listed start
 * ({@link RvMcmcReference.Start}; the periodogram start's periodogram and MAP fit are inside its CPU time)
 * and reports per target whether the run found the true period mode (posterior median within
 * {@value #MODE_TOLERANCE} relative of the truth); a run in a wrong mode is a failure, not a speed-up.
 * Per target and model it also reports the cINN's period posterior (5/50/95 % of one answer's draws,
 * and the fraction of draws within {@value #MODE_TOLERANCE} of the true P), and for each start, on the
 * targets where that MCMC failed, how often the true P lies inside the cINN's 5–95 % interval.
 *
 * <p>Run: {@code mvn -o -Pbench -pl astro -am verify -Dtest=RvSpeedupSideBySideBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dastro.bench.models=A.inn,B.inn [-Dastro.bench.targets=20]
 * [-Dastro.bench.out=DIR] [-Dastro.bench.mcmc=false] [-Dastro.bench.mcmcStart=TRUTH,PERIODOGRAM]
 * [-Dastro.bench.layered=true]}; the models must share the observing schedule and periodogram (the same
 * targets are encoded once for all). With {@code layered=true} every model runs twice, first drawing block by
 * block ({@code Cinn.layered()}, the sampling pass before the fused one) and then fused, alternating, and the
 * two are checked to draw the same bits on every target.
 */
@Tag("benchmark")
class RvSpeedupSideBySideBenchmark {
  private static final int DRAWS = 1000;
  private static final int REPS = 5;
  private static final int BLOCK = 10;
  /** A run whose posterior median period is further than this (relative) from the truth is in a wrong mode. */
  private static final double MODE_TOLERANCE = 0.02;

  @Test
  void speedUpOfEachModelAgainstOneMcmcRun() throws IOException {
    String[] files = System.getProperty("astro.bench.models", "target/astro-bench/rv-cinn.inn").split(",");
    int targets = Integer.getInteger("astro.bench.targets", 20);
    boolean mcmcToo = Boolean.parseBoolean(System.getProperty("astro.bench.mcmc", "true"));
    RvMcmcReference.Start[] starts = Arrays.stream(System.getProperty("astro.bench.mcmcStart", "TRUTH").split(","))
        .map(v -> RvMcmcReference.Start.valueOf(v.trim().toUpperCase(java.util.Locale.ROOT)))
        .toArray(RvMcmcReference.Start[]::new);
    Path out = Path.of(System.getProperty("astro.bench.out", "target/astro-bench-speed"));
    Files.createDirectories(out);
    // -Dastro.bench.layered=true: each model also drawing block by block (Cinn.layered, the path before the fused
    // LaneCouplingInverse), timed alternately with it as the model before it, and its draws compared bit for bit
    boolean layeredToo = Boolean.parseBoolean(System.getProperty("astro.bench.layered", "false"));
    List<RvModelFile> saved = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Boolean> layered = new ArrayList<>();
    try {
      for (String f : files) {
        for (boolean blockByBlock : layeredToo ? new boolean[] {true, false} : new boolean[] {false}) {
          saved.add(RvModelFile.load(Path.of(f.trim()), 2));
          names.add(f.trim() + (blockByBlock ? " (block by block)" : layeredToo ? " (fused)" : ""));
          layered.add(blockByBlock);
        }
      }
      run(saved, names.toArray(String[]::new), layered, targets, out, mcmcToo, starts);
    } finally {
      saved.forEach(RvModelFile::close);
    }
  }

  private static void run(List<RvModelFile> saved, String[] files, List<Boolean> layered, int targets, Path out,
      boolean mcmcToo, RvMcmcReference.Start[] starts)
      throws IOException {
    RvExperimentConfig first = saved.get(0).experiment();
    for (RvModelFile m : saved) {
      if (!m.experiment().schedule().equals(first.schedule())
          || !m.experiment().model().periodogram().equals(first.model().periodogram())) {
        throw new IllegalArgumentException("the models must share the schedule and periodogram to be timed on the "
            + "same encoded targets: " + m.experiment().name() + " differs from " + first.name());
      }
    }
    int k = saved.size();
    RvPosterior[] one = new RvPosterior[k];
    RvPosterior[] two = new RvPosterior[k];
    for (int m = 0; m < k; m++) {
      Cinn c = saved.get(m).cinn();
      Cinn single = new Cinn(c.flow(), c.xSpace(), c.yNormalization(), 1);
      two[m] = layered.get(m) ? saved.get(m).posterior().withCinn(c.layered()) : saved.get(m).posterior();
      one[m] = two[m].withCinn(layered.get(m) ? single.layered() : single);
      System.out.printf("model %d: %s, %s, %d couplings of %s, %d training steps%n", m, files[m].trim(),
          saved.get(m).experiment().model().period(), saved.get(m).experiment().model().couplings(),
          saved.get(m).experiment().model().subnet().hiddenWidths(), saved.get(m).experiment().training().iterations());
    }
    PaddedRvSimulator sim = first.simulator();
    RvSetEncoding encoding = sim.encoding();
    RvPrior prior = new RvPrior(first.prior());
    RvObservationModel noise = new RvObservationModel(new RadialVelocityModel(0));
    for (RvSimulation w : sim.simulator().simulate(30, new Rng(76))) { // JIT warm-up, as the comparison benchmark
      for (int m = 0; m < k; m++) {
        answer(one[m], encoding, w, 1);
        answer(two[m], encoding, w, 1);
      }
    }
    List<RvSimulation> systems = sim.simulator().simulate(targets, new Rng(77));
    StringBuilder csv = new StringBuilder("target,epochs,true_period");
    for (RvMcmcReference.Start st : starts) {
      String p = "mcmc_" + st.name().toLowerCase(java.util.Locale.ROOT);
      csv.append(',').append(p).append("_cpu_seconds,").append(p).append("_min_ess,").append(p).append("_warnings,")
          .append(p).append("_median_period,").append(p).append("_true_mode");
      for (int m = 0; m < k; m++) {
        csv.append(",cinn").append(m).append("_speedup_cpu_vs_").append(p).append(",cinn").append(m)
            .append("_speedup_consistent_vs_").append(p);
      }
    }
    for (int m = 0; m < k; m++) {
      csv.append(",cinn").append(m).append("_cpu_ms,cinn").append(m).append("_process_cpu_ms_1thread,cinn").append(m)
          .append("_process_cpu_ms_2threads,cinn").append(m).append("_wall_ms_2threads");
      for (String q : new String[] {"p05", "p50", "p95", "truth_inside_90", "mass_within_2pc"}) {
        csv.append(",cinn").append(m).append("_period_").append(q);
      }
    }
    csv.append('\n');
    double[][][] periods = new double[k][targets][];
    double[][][] speedups = new double[starts.length][k][targets];
    double[][][] consistent = new double[starts.length][k][targets];
    boolean[][] modeFound = new boolean[starts.length][targets];
    double[][] cpuMs = new double[k][targets];
    int[] sameBits = new int[k];
    double[][] proc1 = new double[k][targets];
    double[][] proc2 = new double[k][targets];
    double[][] wall2 = new double[k][targets];
    ThreadMXBean clock = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < targets; i++) {
      RvSimulation s = systems.get(i);
      double[][] thread = new double[k][REPS];
      double[][] p1 = new double[k][REPS];
      double[][] p2 = new double[k][REPS];
      double[][] w2 = new double[k][REPS];
      for (int r = 0; r < REPS; r++) {
        for (int m = 0; m < k; m++) {
          long c0 = clock.getCurrentThreadCpuTime();
          answer(one[m], encoding, s, 100 + i);
          thread[m][r] = (clock.getCurrentThreadCpuTime() - c0) * 1e-6;
          // the process clock ticks in 10 ms: a block of BLOCK answers per reading
          long q0 = processCpu();
          for (int b = 0; b < BLOCK; b++) {
            answer(one[m], encoding, s, 100 + i);
          }
          p1[m][r] = (processCpu() - q0) * 1e-6 / BLOCK;
          q0 = processCpu();
          long t0 = System.nanoTime();
          for (int b = 0; b < BLOCK; b++) {
            answer(two[m], encoding, s, 100 + i);
          }
          w2[m][r] = (System.nanoTime() - t0) * 1e-6 / BLOCK;
          p2[m][r] = (processCpu() - q0) * 1e-6 / BLOCK;
        }
      }
      for (int m = 0; m < k; m++) {
        periods[m][i] = periodSummary(one[m], encoding, s, 100 + i);
        if (layered.get(m)) {
          sameBits[m] += sameDraws(one[m], one[m + 1], encoding, s, 100 + i) ? 1 : 0;
        }
      }
      if (!mcmcToo) {
        System.out.printf("target %2d: n=%3d", i, s.observations().size());
        for (int m = 0; m < k; m++) {
          cpuMs[m][i] = median(thread[m]);
          proc1[m][i] = median(p1[m]);
          proc2[m][i] = median(p2[m]);
          wall2[m][i] = median(w2[m]);
          System.out.printf("  model %d %.2f ms thread CPU, process CPU %.2f (1 thread) / %.2f ms (2 threads, wall %.2f)",
              m, cpuMs[m][i], proc1[m][i], proc2[m][i], wall2[m][i]);
        }
        System.out.println();
        continue;
      }
      double[] truth = s.parameters().toArray();
      RvPosteriorDensity target = new RvPosteriorDensity(prior, noise, s.observations());
      StringBuilder line = new StringBuilder(String.format("target %2d: n=%3d P=%.2f d", i, s.observations().size(),
          truth[0]));
      for (int m = 0; m < k; m++) {
        cpuMs[m][i] = median(thread[m]);
        proc1[m][i] = median(p1[m]);
        proc2[m][i] = median(p2[m]);
        wall2[m][i] = median(w2[m]);
      }
      csv.append(String.format("%d,%d,%.4f", i, s.observations().size(), truth[0]));
      for (int st = 0; st < starts.length; st++) {
        long m0 = clock.getCurrentThreadCpuTime();
        double[] point = RvMcmcReference.startPoint(target, truth, starts[st], s.observations(),
            first.model().periodogram(), first.prior());
        long m1 = clock.getCurrentThreadCpuTime();
        McmcResult mc = RvMcmcReference.runFrom(target, point, i);
        double startCpu = (m1 - m0) * 1e-9;
        double samplerCpu = (clock.getCurrentThreadCpuTime() - m1) * 1e-9;
        double mcmcCpu = startCpu + samplerCpu;
        double ess = mc.minEffectiveSampleSize();
        double periodMedian = columnMedian(mc, 0);
        boolean found = Math.abs(periodMedian - truth[0]) / truth[0] < MODE_TOLERANCE;
        modeFound[st][i] = found;
        csv.append(String.format(",%.3f,%.0f,%d,%.4f,%s", mcmcCpu, ess, mc.warnings().size(), periodMedian, found));
        line.append(String.format("%n  MCMC[%s] %.2f s CPU, ESS %.0f, median P %.3f d (%s);", starts[st], mcmcCpu, ess,
            periodMedian, found ? "true mode" : "WRONG MODE: failure, no speed-up"));
        for (int m = 0; m < k; m++) {
          speedups[st][m][i] = found ? RvEqualEss.asBefore(startCpu, samplerCpu, ess, cpuMs[m][i] * 1e-3, DRAWS)
              : Double.NaN;
          consistent[st][m][i] = found ? RvEqualEss.consistent(startCpu, samplerCpu, ess, cpuMs[m][i] * 1e-3, DRAWS)
              : Double.NaN;
          csv.append(String.format(",%.1f,%.1f", speedups[st][m][i], consistent[st][m][i]));
          line.append(String.format("  model %d %.2f ms CPU -> %s", m, cpuMs[m][i],
              found ? String.format("%.0fx", speedups[st][m][i]) : "failed"));
        }
      }
      for (int m = 0; m < k; m++) {
        double[] q = periods[m][i];
        csv.append(String.format(",%.3f,%.3f,%.3f,%.3f,%.4f,%.4f,%.4f,%s,%.4f", cpuMs[m][i], proc1[m][i], proc2[m][i],
            wall2[m][i], q[0], q[1], q[2], q[0] <= truth[0] && truth[0] <= q[2], q[3]));
        line.append(String.format("%n  cINN model %d: P 5/50/95 %% %.3f / %.3f / %.3f d, truth inside: %s, mass within "
            + "2 %% of the truth %.2f", m, q[0], q[1], q[2], q[0] <= truth[0] && truth[0] <= q[2] ? "yes" : "NO", q[3]));
      }
      csv.append('\n');
      System.out.println(line);
    }
    Files.writeString(out.resolve("rv-speedup-side-by-side.csv"), csv);
    for (int st = 0; st < starts.length && mcmcToo; st++) {
      int found = 0;
      StringBuilder failed = new StringBuilder();
      for (int i = 0; i < targets; i++) {
        if (modeFound[st][i]) {
          found++;
        } else {
          failed.append(' ').append(i);
        }
      }
      System.out.printf("MCMC start %s: true period mode (|P_median - P_true| / P_true < %.0f %%) in %d of %d targets; "
          + "failures (wrong mode, no speed-up counted):%s%n", starts[st], 100 * MODE_TOLERANCE, found, targets,
          found == targets ? " none" : failed);
      for (int m = 0; m < k; m++) {
        int failures = 0;
        int inside = 0;
        int median = 0;
        StringBuilder each = new StringBuilder();
        for (int i = 0; i < targets; i++) {
          if (!modeFound[st][i]) {
            double truth = systems.get(i).parameters().toArray()[0];
            double[] q = periods[m][i];
            failures++;
            inside += q[0] <= truth && truth <= q[2] ? 1 : 0;
            median += Math.abs(q[1] - truth) / truth < MODE_TOLERANCE ? 1 : 0;
            each.append(String.format(" %d (P %.2f d: cINN 5-95 %% [%.2f, %.2f], mass within 2 %% %.2f)", i, truth, q[0],
                q[2], q[3]));
          }
        }
        System.out.printf("  model %d on the %d targets where MCMC[%s] failed: true P inside the cINN 5-95 %% interval "
            + "for %d, cINN median within 2 %% for %d:%s%n", m, failures, starts[st], inside, median, each);
        double[] ok = Arrays.stream(speedups[st][m]).filter(Double::isFinite).toArray();
        double[] same = Arrays.stream(consistent[st][m]).filter(Double::isFinite).toArray();
        System.out.printf("  model %d: speed-up at equal ESS, CPU, over the %d targets where MCMC found the mode: median "
            + "%.0fx (%.0f-%.0fx); counted consistently (RvEqualEss) %.0fx (%.0f-%.0fx)%n", m, ok.length, median(ok),
            min(ok), max(ok), median(same), min(same), max(same));
      }
    }
    for (int m = 0; m < k; m++) {
      if (layered.get(m)) {
        System.out.printf("model %d (fused) drew the same bits as model %d (block by block) on %d of %d targets%n", m + 1,
            m, sameBits[m], targets);
      }
    }
    for (int m = 0; m < k; m++) {
      System.out.printf("model %d: cINN answer (encode + 1000 draws, 1 thread) median %.2f ms CPU (%.2f-%.2f); "
          + "process CPU 1 thread %.2f ms, 2 threads %.2f ms (wall %.2f ms)%n", m, median(cpuMs[m]), min(cpuMs[m]),
          max(cpuMs[m]), median(proc1[m]), median(proc2[m]), median(wall2[m]));
      if (m > 0) {
        double[] ratio = new double[targets];
        for (int i = 0; i < targets; i++) {
          ratio[i] = cpuMs[0][i] / cpuMs[m][i];
        }
        System.out.printf("model %d is %.2fx faster than model 0 per answer (median of per-target ratios, %.2f-%.2f)%n",
            m, median(ratio), min(ratio), max(ratio));
      }
    }
  }

  private static void answer(RvPosterior posterior, RvSetEncoding encoding, RvSimulation s, long seed) {
    posterior.sample(encoding.encode(s.observations()).toRows()[0], DRAWS, new Rng(seed));
  }

  /** @return whether two posteriors give the same bits for one answer (1000 draws, the same seed) */
  private static boolean sameDraws(RvPosterior a, RvPosterior b, RvSetEncoding encoding, RvSimulation s, long seed) {
    double[] y = encoding.encode(s.observations()).toRows()[0];
    org.inversesuite.core.tensor.Matrix p = a.sample(y, DRAWS, new Rng(seed));
    org.inversesuite.core.tensor.Matrix q = b.sample(y, DRAWS, new Rng(seed));
    for (int i = 0; i < p.size(); i++) {
      if (Double.doubleToLongBits(p.get(i)) != Double.doubleToLongBits(q.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * @return the cINN's period posterior for one target from one answer (1000 draws, a fixed seed):
   *     {5 %, 50 %, 95 % quantiles, fraction of draws within {@value #MODE_TOLERANCE} relative of the truth}
   */
  private static double[] periodSummary(RvPosterior posterior, RvSetEncoding encoding, RvSimulation s, long seed) {
    org.inversesuite.core.tensor.Matrix draws = posterior.sample(encoding.encode(s.observations()).toRows()[0], DRAWS,
        new Rng(seed));
    double truth = s.parameters().toArray()[0];
    double[] p = new double[draws.rows()];
    int near = 0;
    for (int r = 0; r < p.length; r++) {
      p[r] = draws.get(r, 0);
      near += Math.abs(p[r] - truth) / truth < MODE_TOLERANCE ? 1 : 0;
    }
    Arrays.sort(p);
    return new double[] {p[(int) (0.05 * (p.length - 1))], median(p), p[(int) Math.ceil(0.95 * (p.length - 1))],
        (double) near / p.length};
  }

  /** @return the median of parameter j over every kept state */
  private static double columnMedian(McmcResult mc, int j) {
    double[] v = new double[mc.steps() * mc.walkers()];
    for (int t = 0, n = 0; t < mc.steps(); t++) {
      for (int w = 0; w < mc.walkers(); w++) {
        v[n++] = mc.get(t, w, j);
      }
    }
    return median(v);
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
