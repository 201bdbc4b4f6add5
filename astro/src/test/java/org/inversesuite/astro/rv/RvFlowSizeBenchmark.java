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
import java.util.Locale;
import org.inversesuite.core.baseline.McmcResult;
import org.inversesuite.core.block.LaneCouplingInverse;
import org.inversesuite.core.diagnostics.ClassifierTwoSampleTest;
import org.inversesuite.core.diagnostics.CoverageResult;
import org.inversesuite.core.diagnostics.ExpectedCoverage;
import org.inversesuite.core.diagnostics.PosteriorEvidence;
import org.inversesuite.core.diagnostics.SamplePair;
import org.inversesuite.core.diagnostics.SbcResult;
import org.inversesuite.core.diagnostics.SimulationBasedCalibration;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Speed against quality of RV cINNs of different sizes, all measured in one process on the same targets
 * and the same MCMC runs, so that a smaller flow is judged side by side with the default.
 *
 * <p>Per target (same 20 targets, seeds and MCMC settings as {@code RvMcmcComparisonBenchmark}): each
 * model's whole answer (its own encode of the raw set, summary network, {@value #DRAWS} draws through
 * {@link RvPosterior}) is timed {@value #REPS} times, the models alternating, in CPU time of the calling
 * thread (median kept); then {@link RvMcmcReference} runs once per start, with the start's cost (periodogram,
 * fits) timed apart from the sampler's. Two speed-ups at equal effective sample size are reported:
 *
 * <ul>
 *   <li>as the earlier benchmarks: (t_MCMC / ESS) / (t_cINN / n), n = {@value #DRAWS}, with t_MCMC the
 *       whole run (start + burn-in + kept steps). This divides the MCMC's fixed costs (start and burn-in) by
 *       its ESS while the cINN's fixed cost (encode, summary network) is paid in full by its n draws;
 *   <li>consistent: the CPU time of the MCMC run that reaches ESS = n, t_start + t_sampler
 *       (B + S n / ESS) / (B + S) with B = {@value RvMcmcReference#BURN_IN} burn-in and
 *       S = {@value RvMcmcReference#KEPT} kept steps (every step costs the same: one proposal per walker),
 *       against the whole answer t_cINN: both fixed costs counted once, both variable parts scaled to n.
 * </ul>
 *
 * <p>Quality, against the truth-start MCMC (which every start list must include; it is the reference of the
 * comparison benchmark): C2ST accuracy (quadratic logistic, 5 folds) of the n cINN draws against n thinned
 * MCMC states on all 7 parameters and on ln P alone, and per parameter the 5/50/95 % quantiles (CSV), the
 * ratio of the 5–95 % widths and whether the MCMC median lies inside the cINN's 5–95 % interval. Then SBC
 * (simultaneous 95 % ECDF band) and expected coverage of every model over {@code astro.bench.sbc} simulated
 * targets ({@value #SBC_DRAWS} draws each) for each seed of {@code astro.bench.sbcSeeds}: several disjoint
 * target sets give the scatter of each figure.
 *
 * <p>Run: {@code mvn -o -Pbench -pl astro -am verify -Dtest=RvFlowSizeBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dastro.bench.models=DEFAULT.inn,SMALL.inn,…} with optional
 * {@code -Dastro.bench.targets=20}, {@code -Dastro.bench.mcmcStart=TRUTH,PERIODOGRAM,PEAKS},
 * {@code -Dastro.bench.sbc=500}, {@code -Dastro.bench.sbcSeeds=555,556,557}, {@code -Dastro.bench.out=DIR},
 * {@code -Dastro.bench.warmup=30} (answers per model before the timing, on other simulated sets),
 * {@code -Dastro.bench.answersFirst=true} (every target's answers timed before the first MCMC run, instead of each
 * target's just before its own MCMC runs).
 * The models must share the prior and the observing schedule (the same targets); each encodes them with
 * its own periodogram. A model given as {@code FILE#before} draws with the flow kernels before docs/astro.md
 * run 17 ({@code Cinn.referenceKernels}), and as {@code FILE#run17} with run 17's
 * ({@code Cinn.withLaneKernels(RUN_17)}), and as {@code FILE#run20} with the flow path before docs/astro.md run 30
 * ({@code Cinn.withLaneKernels(RUN_20)}), so {@code -Dastro.bench.models=M.inn#run20,M.inn} times the same model
 * with both paths alternately.
 */
@Tag("benchmark")
class RvFlowSizeBenchmark {
  private static final int DRAWS = 1000;
  private static final int REPS = 5;
  private static final int SBC_DRAWS = 200;
  private static final double MODE_TOLERANCE = 0.02;
  private static final double[] LEVELS = {0.5, 0.9, 0.95};
  /** Suffix of a model argument that draws with the kernels before run 17 ({@link #variant}). */
  private static final String BEFORE = "#before";
  /** Suffix of a model argument that draws with run 17's kernels ({@link #variant}). */
  private static final String RUN17 = "#run17";
  /** Suffix of a model argument that draws with run 20's kernels, the path before run 30 ({@link #variant}). */
  private static final String RUN20 = "#run20";

  @Test
  void speedAndQualityOfEachModelSideBySide() throws IOException {
    String[] files = System.getProperty("astro.bench.models", "target/astro-bench/rv-cinn.inn").split(",");
    int targets = Integer.getInteger("astro.bench.targets", 20);
    RvMcmcReference.Start[] starts = Arrays.stream(System.getProperty("astro.bench.mcmcStart", "TRUTH").split(","))
        .map(v -> RvMcmcReference.Start.valueOf(v.trim().toUpperCase(Locale.ROOT)))
        .toArray(RvMcmcReference.Start[]::new);
    if (!Arrays.asList(starts).contains(RvMcmcReference.Start.TRUTH)) {
      throw new IllegalArgumentException("astro.bench.mcmcStart must include TRUTH, the quality reference");
    }
    int sbc = Integer.getInteger("astro.bench.sbc", 500);
    long[] sbcSeeds = Arrays.stream(System.getProperty("astro.bench.sbcSeeds", "555").split(","))
        .mapToLong(v -> Long.parseLong(v.trim())).toArray();
    Path out = Path.of(System.getProperty("astro.bench.out", "target/astro-bench-flow-size"));
    Files.createDirectories(out);
    List<RvModelFile> saved = new ArrayList<>();
    try {
      for (String f : files) {
        saved.add(RvModelFile.load(Path.of(modelPath(f)), 2));
      }
      new RvFlowSizeBenchmark().run(saved, files, targets, starts, out);
      for (long seed : sbcSeeds) {
        calibrate(saved, files, sbc, seed, out);
      }
    } finally {
      saved.forEach(RvModelFile::close);
    }
  }

  /** The file of a model argument: {@code FILE}, {@code FILE#before}, {@code FILE#run17} or {@code FILE#run20}. */
  private static String modelPath(String spec) {
    String f = spec.trim();
    int hash = f.endsWith(BEFORE) || f.endsWith(RUN17) || f.endsWith(RUN20) ? f.lastIndexOf('#') : f.length();
    return f.substring(0, hash);
  }

  /**
   * @return the posterior as given, or for {@code FILE#before} drawing with the flow kernels before run 17
   *     ({@code Cinn.referenceKernels}: narrow outputs one at a time, the coupling map per element), so that
   *     one model's answer is timed with both kernels alternately in one process
   */
  private static RvPosterior variant(RvPosterior posterior, String spec) {
    if (spec.trim().endsWith(RUN17)) {
      return posterior.withCinn(posterior.cinn().withLaneKernels(LaneCouplingInverse.LaneKernels.RUN_17));
    }
    if (spec.trim().endsWith(RUN20)) { // the flow path before docs/astro.md run 30, the same draws
      return posterior.withCinn(posterior.cinn().withLaneKernels(LaneCouplingInverse.LaneKernels.RUN_20));
    }
    return spec.trim().endsWith(BEFORE) ? posterior.withCinn(posterior.cinn().referenceKernels()) : posterior;
  }

  private void run(List<RvModelFile> saved, String[] files, int targets, RvMcmcReference.Start[] starts, Path out)
      throws IOException {
    RvExperimentConfig first = saved.get(0).experiment();
    int k = saved.size();
    RvPosterior[] one = new RvPosterior[k];
    RvSetEncoding[] encodings = new RvSetEncoding[k];
    for (int m = 0; m < k; m++) {
      RvExperimentConfig e = saved.get(m).experiment();
      if (!e.schedule().equals(first.schedule()) || !e.prior().equals(first.prior())) {
        throw new IllegalArgumentException("the models must share the prior and the schedule to answer the same "
            + "targets: " + files[m] + " differs from " + files[0]);
      }
      Cinn c = saved.get(m).cinn();
      one[m] = variant(saved.get(m).posterior().withCinn(new Cinn(c.flow(), c.xSpace(), c.yNormalization(), 1)),
          files[m]);
      encodings[m] = e.simulator().encoding();
      System.out.printf("model %d: %s, %s, %d couplings of %s, summary %s, periodogram oversampling %s, %d steps, "
          + "%d parameters (flow and summary network)%n", m, files[m].trim(), e.model().period(), e.model().couplings(),
          e.model().subnet().hiddenWidths(), e.model().summary().hiddenWidths(),
          e.model().periodogram().enabled() ? e.model().periodogram().oversampling() : "none", e.training().iterations(),
          c.flow().parameters().size());
    }
    IrregularRvSimulator sets = first.simulator().simulator();
    // JIT warm-up, as the comparison benchmark: 30 answers per model unless astro.bench.warmup says otherwise
    // (docs/astro.md run 20: kernels called a few times per answer reach C2 only after ~50 answers)
    for (RvSimulation w : sets.simulate(Integer.getInteger("astro.bench.warmup", 30), new Rng(76))) {
      for (int m = 0; m < k; m++) {
        answer(one[m], encodings[m], w, 1);
      }
    }
    List<RvSimulation> systems = sets.simulate(targets, new Rng(77));
    RvPrior prior = new RvPrior(first.prior());
    RvObservationModel noise = new RvObservationModel(new RadialVelocityModel(0));
    ClassifierTwoSampleTest c2st = ClassifierTwoSampleTest.defaults();
    ThreadMXBean clock = ManagementFactory.getThreadMXBean();
    double[][] cpuMs = new double[k][targets];
    double[][][] speedOld = new double[starts.length][k][targets];
    double[][][] speedNew = new double[starts.length][k][targets];
    double[][] c2All = new double[k][targets];
    double[][] c2LogP = new double[k][targets];
    double[][][] widthRatio = new double[k][RvParameters.DIMENSION][targets];
    int[][] mcmcMedianInside = new int[k][RvParameters.DIMENSION];
    int[] truthPInside = new int[k];
    StringBuilder quantiles = new StringBuilder("target,model,parameter,truth,cinn_q05,cinn_q50,cinn_q95,mcmc_q05,"
        + "mcmc_q50,mcmc_q95\n");
    StringBuilder perTarget = new StringBuilder("target,epochs,true_period,start,start_cpu_s,sampler_cpu_s,min_ess,"
        + "true_mode,model,cinn_cpu_ms,speedup_as_before,speedup_consistent,c2st,c2st_log_period\n");
    // answersFirst: every target's answers timed before any MCMC run or C2ST has run in this process (docs/astro.md
    // run 33: does the work between the answers, not the answer, cost the difference to a warm loop?)
    boolean answersFirst = Boolean.getBoolean("astro.bench.answersFirst");
    if (answersFirst) {
      for (int i = 0; i < targets; i++) {
        timeAnswers(one, encodings, systems.get(i), i, clock, cpuMs);
      }
    }
    for (int i = 0; i < targets; i++) {
      RvSimulation s = systems.get(i);
      double[] truth = s.parameters().toArray();
      if (!answersFirst) {
        timeAnswers(one, encodings, s, i, clock, cpuMs);
      }
      Matrix[] draws = new Matrix[k];
      for (int m = 0; m < k; m++) {
        draws[m] = answer(one[m], encodings[m], s, 100 + i);
      }
      RvPosteriorDensity target = new RvPosteriorDensity(prior, noise, s.observations());
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "target %2d: n=%d P=%.2f d", i,
          s.observations().size(), truth[0]));
      for (int st = 0; st < starts.length; st++) {
        long c0 = clock.getCurrentThreadCpuTime();
        double[] point = RvMcmcReference.startPoint(target, truth, starts[st], s.observations(),
            first.model().periodogram(), first.prior());
        long c1 = clock.getCurrentThreadCpuTime();
        McmcResult mc = RvMcmcReference.runFrom(target, point, i);
        double startCpu = (c1 - c0) * 1e-9;
        double samplerCpu = (clock.getCurrentThreadCpuTime() - c1) * 1e-9;
        double ess = mc.minEffectiveSampleSize();
        boolean found = Math.abs(median(column(mc.samples(), 0)) / truth[0] - 1) < MODE_TOLERANCE;
        Matrix reference = starts[st] == RvMcmcReference.Start.TRUTH ? mc.thinned(DRAWS) : null;
        line.append(String.format(Locale.ROOT, "%n  MCMC[%s] start %.3f s + sampler %.2f s CPU, ESS %.0f, %s", starts[st],
            startCpu, samplerCpu, ess, found ? "true mode" : "WRONG MODE (failure)"));
        for (int m = 0; m < k; m++) {
          double cinn = cpuMs[m][i] * 1e-3;
          speedOld[st][m][i] = found ? RvEqualEss.asBefore(startCpu, samplerCpu, ess, cinn, DRAWS) : Double.NaN;
          speedNew[st][m][i] = found ? RvEqualEss.consistent(startCpu, samplerCpu, ess, cinn, DRAWS) : Double.NaN;
          if (reference != null) {
            compareQuality(m, i, draws[m], reference, truth, c2st, c2All, c2LogP, widthRatio, mcmcMedianInside,
                truthPInside, quantiles);
          }
          perTarget.append(String.format(Locale.ROOT, "%d,%d,%.4f,%s,%.4f,%.4f,%.0f,%b,%d,%.4f,%.1f,%.1f,%s,%s%n", i,
              s.observations().size(), truth[0], starts[st], startCpu, samplerCpu, ess, found, m, cpuMs[m][i],
              speedOld[st][m][i], speedNew[st][m][i], reference == null ? "" : String.format(Locale.ROOT, "%.4f",
                  c2All[m][i]), reference == null ? "" : String.format(Locale.ROOT, "%.4f", c2LogP[m][i])));
          line.append(String.format(Locale.ROOT, "  m%d %.2f ms: %s / %s", m, cpuMs[m][i],
              found ? String.format(Locale.ROOT, "%.0fx", speedOld[st][m][i]) : "-",
              found ? String.format(Locale.ROOT, "%.0fx", speedNew[st][m][i]) : "-"));
        }
      }
      for (int m = 0; m < k; m++) {
        line.append(String.format(Locale.ROOT, "%n  model %d: C2ST %.3f (ln P %.3f)", m, c2All[m][i], c2LogP[m][i]));
      }
      System.out.println(line);
    }
    Files.writeString(out.resolve("rv-flow-size-targets.csv"), perTarget);
    Files.writeString(out.resolve("rv-flow-size-quantiles.csv"), quantiles);
    summarise(k, targets, starts, cpuMs, speedOld, speedNew, c2All, c2LogP, widthRatio, mcmcMedianInside, truthPInside);
  }

  private static void compareQuality(int m, int i, Matrix q, Matrix p, double[] truth, ClassifierTwoSampleTest c2st,
      double[][] c2All, double[][] c2LogP, double[][][] widthRatio, int[][] mcmcMedianInside, int[] truthPInside,
      StringBuilder quantiles) {
    c2All[m][i] = c2st.assess(new SamplePair(q, p)).accuracy();
    c2LogP[m][i] = c2st.assess(new SamplePair(logPeriod(q), logPeriod(p))).accuracy();
    for (int j = 0; j < RvParameters.DIMENSION; j++) {
      double[] qc = quantiles(column(q, j));
      double[] pc = quantiles(column(p, j));
      widthRatio[m][j][i] = (qc[2] - qc[0]) / (pc[2] - pc[0]);
      mcmcMedianInside[m][j] += qc[0] <= pc[1] && pc[1] <= qc[2] ? 1 : 0;
      if (j == 0) {
        truthPInside[m] += qc[0] <= truth[0] && truth[0] <= qc[2] ? 1 : 0;
      }
      quantiles.append(String.format(Locale.ROOT, "%d,%d,%s,%.5g,%.5g,%.5g,%.5g,%.5g,%.5g,%.5g%n", i, m,
          RvParameters.NAMES.get(j), truth[j], qc[0], qc[1], qc[2], pc[0], pc[1], pc[2]));
    }
  }

  private static void summarise(int k, int targets, RvMcmcReference.Start[] starts, double[][] cpuMs,
      double[][][] speedOld, double[][][] speedNew, double[][] c2All, double[][] c2LogP, double[][][] widthRatio,
      int[][] mcmcMedianInside, int[] truthPInside) {
    if (targets == 0) {
      System.out.println("no MCMC targets (astro.bench.targets=0): no speed or quality comparison");
      return;
    }
    for (int m = 0; m < k; m++) {
      double[] ratio = new double[targets];
      for (int i = 0; i < targets; i++) {
        ratio[i] = cpuMs[0][i] / cpuMs[m][i];
      }
      System.out.printf(Locale.ROOT, "model %d: answer median %.2f ms CPU (%.2f-%.2f), %.2fx faster than model 0 "
          + "(median of per-target ratios, %.2f-%.2f)%n", m, median(cpuMs[m]), min(cpuMs[m]), max(cpuMs[m]),
          median(ratio), min(ratio), max(ratio));
      for (int st = 0; st < starts.length; st++) {
        double[] a = finite(speedOld[st][m]);
        double[] b = finite(speedNew[st][m]);
        System.out.printf(Locale.ROOT, "  MCMC[%s], %d targets in the true mode: speed-up at equal ESS as before %.0fx "
            + "(%.0f-%.0fx), consistent %.0fx (%.0f-%.0fx); targets >= 1000x: %d / %d%n", starts[st], a.length,
            median(a), min(a), max(a), median(b), min(b), max(b), count(a, 1000), count(b, 1000));
      }
      double[] d = new double[targets];
      double[] dl = new double[targets];
      for (int i = 0; i < targets; i++) {
        d[i] = c2All[m][i] - c2All[0][i];
        dl[i] = c2LogP[m][i] - c2LogP[0][i];
      }
      System.out.printf(Locale.ROOT, "  C2ST vs truth-start MCMC: all 7 median %.3f (%.3f-%.3f), ln P median %.3f "
          + "(%.3f-%.3f); minus model 0 per target: all 7 median %+.3f (%+.3f..%+.3f), ln P median %+.3f "
          + "(%+.3f..%+.3f); true P inside cINN 5-95 %%: %d of %d%n", median(c2All[m]), min(c2All[m]), max(c2All[m]),
          median(c2LogP[m]), min(c2LogP[m]), max(c2LogP[m]), median(d), min(d), max(d), median(dl), min(dl), max(dl),
          truthPInside[m], targets);
      StringBuilder w = new StringBuilder("  per parameter: cINN/MCMC 5-95 % width, median; MCMC median inside cINN "
          + "5-95 %:");
      for (int j = 0; j < RvParameters.DIMENSION; j++) {
        w.append(String.format(Locale.ROOT, " %s %.3g, %d;", RvParameters.NAMES.get(j), median(widthRatio[m][j]),
            mcmcMedianInside[m][j]));
      }
      System.out.println(w);
    }
  }

  /** SBC and coverage of every model over {@code cases} targets simulated with {@code seed}. */
  private static void calibrate(List<RvModelFile> saved, String[] files, int cases, long seed, Path out)
      throws IOException {
    if (cases == 0) {
      return;
    }
    StringBuilder csv = new StringBuilder("seed,model,parameter,inside_band,max_ecdf_deviation,coverage_50,"
        + "coverage_90,coverage_95\n");
    for (int m = 0; m < saved.size(); m++) {
      PaddedRvSimulator sim = saved.get(m).experiment().simulator();
      var batch = sim.simulate(cases, new Rng(seed));
      RvPosterior posterior = variant(saved.get(m).posterior(), files[m]);
      List<Matrix> samples = new ArrayList<>(cases);
      for (int i = 0; i < cases; i++) {
        double[] y = new double[batch.y().cols()];
        for (int j = 0; j < y.length; j++) {
          y[j] = batch.y().get(i, j);
        }
        samples.add(posterior.sample(y, SBC_DRAWS, new Rng(600 + i)));
      }
      PosteriorEvidence evidence = new PosteriorEvidence(batch.x(), samples, RvParameters.NAMES);
      SbcResult sbc = SimulationBasedCalibration.defaults().assess(evidence);
      ExpectedCoverage levels = new ExpectedCoverage(LEVELS);
      CoverageResult coverage = levels.assess(evidence);
      int inside = 0;
      StringBuilder line = new StringBuilder();
      for (int j = 0; j < RvParameters.DIMENSION; j++) {
        double[] cov = coverage.coverage(j);
        inside += sbc.insideBand(j) ? 1 : 0;
        csv.append(String.format(Locale.ROOT, "%d,%d,%s,%b,%.4f,%.3f,%.3f,%.3f%n", seed, m, RvParameters.NAMES.get(j),
            sbc.insideBand(j), sbc.maxEcdfDeviation(j), cov[0], cov[1], cov[2]));
        line.append(String.format(Locale.ROOT, " %s%s %.3f (%.2f/%.2f/%.2f)", RvParameters.NAMES.get(j),
            sbc.insideBand(j) ? "" : "*", sbc.maxEcdfDeviation(j), cov[0], cov[1], cov[2]));
      }
      System.out.printf(Locale.ROOT, "SBC seed %d, %d targets, model %d: %d of 7 inside the 95 %% band; max ECDF "
          + "deviation (coverage 50/90/95 %%), * = outside:%s%n", seed, cases, m, inside, line);
    }
    Files.writeString(out.resolve("rv-flow-size-sbc-" + seed + ".csv"), csv);
  }

  /** Target i's answer timed {@value #REPS} times per model, the models alternating; the median into cpuMs[m][i]. */
  private static void timeAnswers(RvPosterior[] one, RvSetEncoding[] encodings, RvSimulation s, int i,
      ThreadMXBean clock, double[][] cpuMs) {
    int k = one.length;
    double[][] reps = new double[k][REPS];
    for (int r = 0; r < REPS; r++) {
      for (int m = 0; m < k; m++) {
        long c0 = clock.getCurrentThreadCpuTime();
        answer(one[m], encodings[m], s, 100 + i);
        reps[m][r] = (clock.getCurrentThreadCpuTime() - c0) * 1e-6;
      }
    }
    for (int m = 0; m < k; m++) {
      cpuMs[m][i] = median(reps[m]);
    }
  }

  private static Matrix answer(RvPosterior posterior, RvSetEncoding encoding, RvSimulation s, long seed) {
    return posterior.sample(encoding.encode(s.observations()).toRows()[0], DRAWS, new Rng(seed));
  }

  private static Matrix logPeriod(Matrix m) {
    Matrix out = Matrix.zeros(Precision.FLOAT64, m.rows(), 1);
    for (int r = 0; r < m.rows(); r++) {
      out.set(r, 0, Math.log(m.get(r, 0)));
    }
    return out;
  }

  private static double[] column(Matrix m, int j) {
    double[] v = new double[m.rows()];
    for (int r = 0; r < v.length; r++) {
      v[r] = m.get(r, j);
    }
    return v;
  }

  /** @return the 5, 50 and 95 % order statistics */
  private static double[] quantiles(double[] v) {
    double[] a = v.clone();
    Arrays.sort(a);
    return new double[] {a[(int) (0.05 * (a.length - 1))], median(a), a[(int) Math.ceil(0.95 * (a.length - 1))]};
  }

  private static double[] finite(double[] v) {
    return Arrays.stream(v).filter(Double::isFinite).toArray();
  }

  private static int count(double[] v, double atLeast) {
    return (int) Arrays.stream(v).filter(x -> x >= atLeast).count();
  }
}
