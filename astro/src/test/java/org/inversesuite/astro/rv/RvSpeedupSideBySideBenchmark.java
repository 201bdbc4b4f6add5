package org.inversesuite.astro.rv;

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
 * {@code RvMcmcComparisonBenchmark}). Speed-up = (MCMC CPU / min ESS) / (cINN CPU / 1000). The
 * same answer on two threads is timed too, in CPU time of the whole process (every thread counts; the
 * process clock ticks in 10 ms, so over blocks of {@value #BLOCK} answers) and in wall time, against the
 * one-thread answer in process CPU time. {@code -Dastro.bench.mcmc=false} times the models only.
 *
 * <p>Run: {@code mvn -o -Pbench -pl astro -am verify -Dtest=RvSpeedupSideBySideBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dastro.bench.models=A.inn,B.inn [-Dastro.bench.targets=20]
 * [-Dastro.bench.out=DIR] [-Dastro.bench.mcmc=false]}; the models must share the observing schedule and periodogram (the same
 * targets are encoded once for all).
 */
@Tag("benchmark")
class RvSpeedupSideBySideBenchmark {
  private static final int DRAWS = 1000;
  private static final int REPS = 5;
  private static final int BLOCK = 10;

  @Test
  void speedUpOfEachModelAgainstOneMcmcRun() throws IOException {
    String[] files = System.getProperty("astro.bench.models", "target/astro-bench/rv-cinn.inn").split(",");
    int targets = Integer.getInteger("astro.bench.targets", 20);
    boolean mcmcToo = Boolean.parseBoolean(System.getProperty("astro.bench.mcmc", "true"));
    Path out = Path.of(System.getProperty("astro.bench.out", "target/astro-bench-speed"));
    Files.createDirectories(out);
    List<RvModelFile> saved = new ArrayList<>();
    try {
      for (String f : files) {
        saved.add(RvModelFile.load(Path.of(f.trim()), 2));
      }
      run(saved, files, targets, out, mcmcToo);
    } finally {
      saved.forEach(RvModelFile::close);
    }
  }

  private static void run(List<RvModelFile> saved, String[] files, int targets, Path out, boolean mcmcToo)
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
      two[m] = saved.get(m).posterior();
      one[m] = two[m].withCinn(new Cinn(c.flow(), c.xSpace(), c.yNormalization(), 1));
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
    StringBuilder csv = new StringBuilder("target,epochs,mcmc_cpu_seconds,mcmc_min_ess,mcmc_warnings");
    for (int m = 0; m < k; m++) {
      csv.append(",cinn").append(m).append("_cpu_ms,cinn").append(m).append("_speedup_cpu,cinn").append(m)
          .append("_process_cpu_ms_1thread,cinn").append(m).append("_process_cpu_ms_2threads,cinn").append(m)
          .append("_wall_ms_2threads");
    }
    csv.append('\n');
    double[][] speedups = new double[k][targets];
    double[][] cpuMs = new double[k][targets];
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
      long m0 = clock.getCurrentThreadCpuTime();
      McmcResult mc = RvMcmcReference.run(target, truth, i);
      double mcmcCpu = (clock.getCurrentThreadCpuTime() - m0) * 1e-9;
      double ess = mc.minEffectiveSampleSize();
      csv.append(String.format("%d,%d,%.3f,%.0f,%d", i, s.observations().size(), mcmcCpu, ess, mc.warnings().size()));
      StringBuilder line = new StringBuilder(String.format("target %2d: n=%3d MCMC %.2f s CPU, ESS %.0f;", i,
          s.observations().size(), mcmcCpu, ess));
      for (int m = 0; m < k; m++) {
        cpuMs[m][i] = median(thread[m]);
        proc1[m][i] = median(p1[m]);
        proc2[m][i] = median(p2[m]);
        wall2[m][i] = median(w2[m]);
        speedups[m][i] = (mcmcCpu / ess) / (cpuMs[m][i] * 1e-3 / DRAWS);
        csv.append(String.format(",%.3f,%.1f,%.3f,%.3f,%.3f", cpuMs[m][i], speedups[m][i], proc1[m][i], proc2[m][i],
            wall2[m][i]));
        line.append(String.format("  model %d %.2f ms CPU -> %.0fx", m, cpuMs[m][i], speedups[m][i]));
      }
      csv.append('\n');
      System.out.println(line);
    }
    Files.writeString(out.resolve("rv-speedup-side-by-side.csv"), csv);
    for (int m = 0; m < k; m++) {
      if (!mcmcToo) {
        Arrays.fill(speedups[m], Double.NaN);
      }
      System.out.printf("model %d: cINN answer (encode + 1000 draws, 1 thread) median %.2f ms CPU (%.2f-%.2f); speed-up "
          + "at equal ESS, CPU: median %.0fx (%.0f-%.0fx); process CPU 1 thread %.2f ms, 2 threads %.2f ms "
          + "(wall %.2f ms)%n", m, median(cpuMs[m]), min(cpuMs[m]), max(cpuMs[m]), median(speedups[m]),
          min(speedups[m]), max(speedups[m]), median(proc1[m]), median(proc2[m]), median(wall2[m]));
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

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static double median(double[] v) {
    double[] a = v.clone();
    Arrays.sort(a);
    return a.length % 2 == 1 ? a[a.length / 2] : 0.5 * (a[a.length / 2 - 1] + a[a.length / 2]);
  }

  private static double min(double[] v) {
    return Arrays.stream(v).min().orElse(Double.NaN);
  }

  private static double max(double[] v) {
    return Arrays.stream(v).max().orElse(Double.NaN);
  }
}
