package org.inversesuite.astro.rv;

import org.inversesuite.astro.rv.mcmc.RvEqualEss;
import org.inversesuite.astro.rv.mcmc.RvMcmcReference;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.inversesuite.astro.AstroProblems;
import org.inversesuite.astro.rv.periodogram.PeriodogramConfig;
import org.inversesuite.core.baseline.McmcResult;
import org.inversesuite.core.diagnostics.C2stResult;
import org.inversesuite.core.diagnostics.ClassifierTwoSampleTest;
import org.inversesuite.core.diagnostics.CoverageResult;
import org.inversesuite.core.diagnostics.ExpectedCoverage;
import org.inversesuite.core.diagnostics.PosteriorEvidence;
import org.inversesuite.core.diagnostics.SamplePair;
import org.inversesuite.core.diagnostics.SbcResult;
import org.inversesuite.core.diagnostics.SimulationBasedCalibration;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.nn.DeepSetEncoder;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.train.LearningRateSchedule;
import org.inversesuite.core.train.TrainingConfig;
import org.inversesuite.core.train.TrainingListener;
import org.inversesuite.core.train.TrainingResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Part 4 of the RV issue: the set-conditioned cINN against the ensemble MCMC reference (same
 * prior, same Gaussian likelihood with known σ_i and the jitter s a free parameter added in
 * quadrature, {@link RvPosteriorDensity}) on simulated targets: per-parameter quantiles, C2ST,
 * time per posterior and the speed-up at equal effective sample size; then SBC and expected
 * coverage over many simulated targets. Prints a table and writes CSVs to
 * {@code target/astro-bench/}.
 *
 * <p>Run: {@code mvn -o -Pbench -pl astro -am verify -Dtest=RvMcmcComparisonBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false} with optional {@code -Dastro.bench.iterations=…},
 * {@code -Dastro.bench.maxEpochs=…}, {@code -Dastro.bench.targets=…}, {@code -Dastro.bench.sbc=…},
 * {@code -Dastro.bench.periodogram=false} (the raw-set DeepSet only),
 * {@code -Dastro.bench.couplings=N}, {@code -Dastro.bench.subnet=WIDTHxDEPTH} (the flow's size, default
 * {@link RvCinnConfig#defaults()}'s 6 and 128x2),
 * {@code -Dastro.bench.coupling=AFFINE|RQ_SPLINE} (the coupling block, default AFFINE),
 * {@code -Dastro.bench.peaks=N} (periodogram peaks given to the summary network, default 4),
 * {@code -Dastro.bench.oversampling=X} (periodogram grid points per peak width 1/T, default 5: fewer is a cheaper encode),
 * {@code -Dastro.bench.harmonics=2} (the two-harmonic periodogram's summary appended to the GLS one, default 0: none),
 * {@code -Dastro.bench.refine=R -Dastro.bench.refinePeaks=K} (every periodogram coarse-then-refine on every R-th
 * frequency, the K highest coarse peaks and each bin's highest coarse point refined; default: the whole grid),
 * {@code -Dastro.bench.temperature=τ}, {@code -Dastro.bench.temperatureColumns=J,…}, {@code -Dastro.bench.latentDof=ν}
 * (the latent the draws start from, {@link RvLatent}; default the model's own, N(0, I) unless calibrated),
 * {@code -Dastro.bench.seed=S} (the training seed, default 2026), {@code -Dastro.bench.batch=B} (the training batch,
 * default 64), {@code -Dastro.bench.sbcSeed=S[,S2,…]} (the seeds of the SBC target sets, default 555; a further set's
 * files go to {@code targets-S2/} in the output directory),
 * {@code -Dastro.bench.period=PRIOR|PEAK_SHIFT|PEAK_ASINH|PEAK_BLEND|PEAK_BLEND_SOFT|PEAK_BLEND_HARMONIC|PEAK_BLEND_MULTI|PEAK_MIXTURE} (the period
 * coordinate; PEAK_BLEND_HARMONIC and PEAK_BLEND_MULTI with {@code -Dastro.bench.harmonics=2}; default
 * {@link RvCinnConfig#defaults()}'s), {@code -Dastro.bench.angles=BOX|ECCENTRICITY_VECTOR|ECCENTRICITY_PLANE|ANGLE_PAIRS} (the coordinate of
 * e, ω, M₀, default BOX), {@code -Dastro.bench.out=DIR} (default target/astro-bench), or
 * {@code -Dastro.bench.model=FILE} to evaluate a model saved by an earlier run instead of training
 * ({@code FILE,FILE,…}: the SBC of the equal-weight mixture of their draws, an ensemble).
 * The MCMC walkers start in a small ball around the true parameters (the reference is then a
 * local posterior mode; the cINN is not told the truth).
 */
@Tag("benchmark")
class RvMcmcComparisonBenchmark {
  private static final Path OUT = Path.of(System.getProperty("astro.bench.out", "target/astro-bench"));
  private static final int DRAWS = 1000;

  @Test
  void cinnAgainstEnsembleMcmc() throws IOException {
    int iterations = Integer.getInteger("astro.bench.iterations", 3000);
    int maxEpochs = Integer.getInteger("astro.bench.maxEpochs", 200);
    int targets = Integer.getInteger("astro.bench.targets", 20);
    int sbcCases = Integer.getInteger("astro.bench.sbc", 500);
    boolean periodogram = Boolean.parseBoolean(System.getProperty("astro.bench.periodogram", "true"));
    RvCinnConfig model = periodogram ? RvCinnConfig.defaults() : RvCinnConfig.defaults().withPeriodogram(null);
    String angles = System.getProperty("astro.bench.angles");
    model = angles == null ? model : model.withAngles(AngleCoordinate.valueOf(angles));
    Integer peaks = Integer.getInteger("astro.bench.peaks");
    String oversampling = System.getProperty("astro.bench.oversampling");
    if ((peaks != null || oversampling != null) && model.periodogram().enabled()) {
      PeriodogramConfig g = model.periodogram();
      model = model.withPeriodogram(new PeriodogramConfig(g.periodMin(), g.periodMax(), g.baseline(),
          oversampling == null ? g.oversampling() : Double.parseDouble(oversampling), g.bins(),
          peaks == null ? g.peaks() : peaks));
    }
    Integer harmonics = Integer.getInteger("astro.bench.harmonics");
    if (harmonics != null && model.periodogram().enabled()) {
      model = model.withPeriodogram(model.periodogram().withHarmonics(harmonics));
    }
    Integer refine = Integer.getInteger("astro.bench.refine");
    if (refine != null && model.periodogram().enabled()) {
      model = model.withPeriodogram(model.periodogram().withRefine(refine, Integer.getInteger("astro.bench.refinePeaks", 16)));
    }
    // after the periodogram: PEAK_BLEND_HARMONIC needs the two-harmonic features
    String period = System.getProperty("astro.bench.period");
    model = period == null ? model : model.withPeriod(PeriodCoordinate.valueOf(period));
    String coupling = System.getProperty("astro.bench.coupling");
    model = coupling == null ? model : model.withCoupling(RvCoupling.valueOf(coupling));
    model = withSubnets(model);
    long seed = Long.getLong("astro.bench.seed", 2026L);
    System.out.println("period coordinate " + model.period() + ", angles " + model.angles() + ", " + model.couplings() + " "
        + model.coupling() + " couplings of " + model.subnet().hiddenWidths() + ", periodogram " + model.periodogram()
        + ", training seed " + seed);
    Files.createDirectories(OUT);
    String saved = System.getProperty("astro.bench.model");
    if (saved != null && saved.contains(",")) {
      evaluateMixture(saved.split(","), sbcCases);
      return;
    }
    if (saved != null) {
      evaluateSaved(Path.of(saved), targets, sbcCases);
      return;
    }
    IrregularRvConfig schedule = IrregularRvConfig.defaults().withEpochs(10, maxEpochs);
    RvPriorConfig priorConfig = RvPriorConfig.defaults();
    IrregularRvSimulator sets = AstroProblems.radialVelocity(priorConfig, schedule, 0);
    PaddedRvSimulator sim = new PaddedRvSimulator(sets, RvSetEncoding.of(schedule, 0, model.periodogram()));
    int batchSize = Integer.getInteger("astro.bench.batch", 64);
    TrainingConfig recipe = new TrainingConfig(iterations, batchSize, 1e-3, new LearningRateSchedule.Cosine(0), 100, 0.9,
        0.999, 1e-8, 0, 5, 500, 250, 0, 2, seed);
    long t0 = System.nanoTime();
    RvCinnTraining.Trained trained = RvCinnTraining.train(sim, priorConfig, model, recipe,
        new TrainingListener() {});
    TrainingResult tr = trained.result();
    System.out.printf("training: %d steps, %.0f s, %s%n", tr.iterationsRun(), (System.nanoTime() - t0) * 1e-9,
        tr.message());
    StringBuilder curve = new StringBuilder("iteration,train_loss,validation_loss\n");
    for (TrainingResult.Point p : tr.history()) {
      curve.append(p.iteration()).append(',').append(p.trainLoss()).append(',').append(p.validationLoss())
          .append('\n');
    }
    Files.writeString(OUT.resolve("rv-training.csv"), curve);
    RvPrior prior = new RvPrior(priorConfig);
    RvObservationModel noise = new RvObservationModel(new RadialVelocityModel(0));
    RvExperimentConfig experiment = new RvExperimentConfig("rv-bench", priorConfig, schedule, model, recipe);
    try (Cinn cinn = trained.cinn()) {
      RvModelFile.save(OUT.resolve("rv-cinn.inn"), cinn, experiment, trained.slots());
      RvPosterior posterior = experiment.posterior(cinn, trained.slots());
      posterior = posterior.withLatent(RvBenchLatent.fromProperties(posterior.latent()));
      if (trained.slots() != null) {
        slotCrossEntropy(trained.slots(), sim);
      }
      compare(posterior, sets, sim, prior, noise, targets);
      calibrateCounting(posterior, sim, sbcCases);
    }
  }

  /** SBC with the mixture's draw counts printed (support mismatch, slot 0's share). */
  private static void calibrateCounting(RvPosterior posterior, PaddedRvSimulator sim, int sbcCases) throws IOException {
    long[] counts = new long[5];
    calibrate((y, n, rng) -> posterior.sample(y, n, rng, counts), sim, sbcCases);
    if (posterior.slots() != null) {
      long tried = counts[RvPosterior.KEPT] + counts[RvPosterior.OTHER_SLOT] + counts[RvPosterior.OUTSIDE];
      System.out.printf("mixture draws: %d kept (%.4f of them in slot 0), %d redrawn for the support mismatch "
          + "(%.4f of the draws tried), %d outside the prior (%.4f), %d clamped%n", counts[RvPosterior.KEPT],
          counts[RvPosterior.CENTRE] / (double) counts[RvPosterior.KEPT], counts[RvPosterior.OTHER_SLOT],
          counts[RvPosterior.OTHER_SLOT] / (double) tried, counts[RvPosterior.OUTSIDE],
          counts[RvPosterior.OUTSIDE] / (double) tried, counts[RvPosterior.CLAMPED]);
    }
  }

  /** Prints the slot classifier's cross-entropy on 2048 fresh simulations against the label frequencies'. */
  private static void slotCrossEntropy(SlotClassifier slots, PaddedRvSimulator sim) {
    PeriodMixtureSimulator mixture = new PeriodMixtureSimulator(sim);
    PeriodMixtureSimulator.Labelled[] seen = new PeriodMixtureSimulator.Labelled[1];
    mixture.listen(b -> seen[0] = b);
    mixture.simulate(2048, new Rng(909));
    int[] labels = seen[0].labels();
    double[] frequency = new double[PeriodSlots.MAX];
    for (int k : labels) {
      frequency[k] += 1.0 / labels.length;
    }
    double entropy = 0;
    for (double f : frequency) {
      entropy -= f > 0 ? f * Math.log(f) : 0;
    }
    System.out.printf("slot classifier: cross-entropy %.4f on 2048 fresh sets (label frequencies' entropy %.4f); "
        + "labels by slot %s%n", slots.loss(seen[0].features(), labels, seen[0].slots()), entropy,
        Arrays.toString(frequency));
  }

  /**
   * @return the architecture with {@code -Dastro.bench.couplings=N} and {@code -Dastro.bench.subnet=WIDTHxDEPTH}
   *     (e.g. 32x2) applied where given
   */
  private static RvCinnConfig withSubnets(RvCinnConfig m) {
    int couplings = Integer.getInteger("astro.bench.couplings", m.couplings());
    String subnet = System.getProperty("astro.bench.subnet");
    MlpConfig net = m.subnet();
    if (subnet != null) {
      String[] wd = subnet.toLowerCase(java.util.Locale.ROOT).split("x");
      net = MlpConfig.of(Integer.parseInt(wd[0]), Integer.parseInt(wd[1]), m.subnet().activation());
    }
    return m.withSubnets(couplings, net);
  }

  /** The comparison and calibration of a model saved by an earlier run (no training). */
  private static void evaluateSaved(Path file, int targets, int sbcCases) throws IOException {
    try (RvModelFile saved = RvModelFile.load(file, 2)) {
      RvExperimentConfig experiment = saved.experiment();
      PaddedRvSimulator sim = experiment.simulator();
      System.out.printf("evaluating %s (%s, %d training steps, up to %d epochs)%n", file, experiment.name(),
          experiment.training().iterations(), experiment.schedule().maxEpochs());
      RvPosterior posterior = saved.posterior().withLatent(RvBenchLatent.fromProperties(experiment.sampling()));
      System.out.println("period coordinate " + experiment.model().period() + ", latent " + posterior.latent().describe());
      compare(posterior, sim.simulator(), sim, new RvPrior(experiment.prior()),
          new RvObservationModel(new RadialVelocityModel(0)), targets);
      if (saved.slots() != null) {
        slotCrossEntropy(saved.slots(), sim);
      }
      calibrateCounting(posterior, sim, sbcCases);
    }
  }

  /**
   * SBC of the equal-weight mixture of several saved models (an ensemble): of each target's draws,
   * a share 1/m comes from each model. The models must share the experiment's simulator (prior,
   * schedule, encoding); the first one's is used.
   */
  private static void evaluateMixture(String[] files, int sbcCases) throws IOException {
    List<RvModelFile> models = new ArrayList<>();
    try {
      for (String f : files) {
        models.add(RvModelFile.load(Path.of(f.trim()), 2));
        System.out.printf("mixture member %s (%d training steps, seed %d)%n", f,
            models.get(models.size() - 1).experiment().training().iterations(),
            models.get(models.size() - 1).experiment().training().seed());
      }
      PaddedRvSimulator sim = models.get(0).experiment().simulator();
      List<RvPosterior> members = new ArrayList<>();
      for (RvModelFile m : models) {
        members.add(m.posterior());
      }
      calibrate((y, n, rng) -> {
        Matrix out = Matrix.zeros(org.inversesuite.core.tensor.Precision.FLOAT64, n, RvParameters.DIMENSION);
        int row = 0;
        for (int k = 0; k < members.size(); k++) {
          int share = n * (k + 1) / members.size() - n * k / members.size();
          Matrix part = members.get(k).sample(y, share, rng.stream("member" + k));
          for (int r = 0; r < share; r++, row++) {
            for (int j = 0; j < RvParameters.DIMENSION; j++) {
              out.set(row, j, part.get(r, j));
            }
          }
        }
        return out;
      }, sim, sbcCases);
    } finally {
      for (RvModelFile m : models) {
        m.close();
      }
    }
  }

  /** Draws of a posterior for one encoded observation. */
  private interface Draws {
    Matrix sample(double[] y, int n, Rng rng);
  }

  private static double[] row(Matrix y, int r) {
    double[] out = new double[y.cols()];
    for (int j = 0; j < out.length; j++) {
      out[j] = y.get(r, j);
    }
    return out;
  }

  private static void compare(RvPosterior posterior, IrregularRvSimulator sets, PaddedRvSimulator sim, RvPrior prior,
      RvObservationModel noise, int targets) throws IOException {
    if (targets == 0) {
      return;
    }
    List<RvSimulation> systems = sets.simulate(targets, new Rng(77));
    // both timed on one thread (the calling one), in thread CPU time as well as wall time: the machine is shared,
    // and CPU time does not count the time other processes hold the cores
    Cinn one = posterior.cinn();
    RvPosterior single = posterior.withCinn(new Cinn(one.flow(), one.xSpace(), one.yNormalization(), 1));
    ThreadMXBean clock = ManagementFactory.getThreadMXBean();
    ClassifierTwoSampleTest c2st = ClassifierTwoSampleTest.defaults();
    RvSetEncoding encoding = sim.encoding();
    StringBuilder table = new StringBuilder("target,epochs,parameter,truth,cinn_q05,cinn_q50,cinn_q95,mcmc_q05,"
        + "mcmc_q50,mcmc_q95\n");
    StringBuilder summary = new StringBuilder("target,epochs,true_period,c2st,c2st_log_period,cinn_period_mass_2pct,"
        + "cinn_p_width_rel,mcmc_p_width_rel,"
        + "encode_seconds,summary_seconds,draws_seconds,cinn_seconds,cinn_cpu_seconds,mcmc_seconds,mcmc_cpu_seconds,"
        + "mcmc_min_ess,mcmc_acceptance,speedup_at_equal_ess,speedup_cpu,mcmc_warnings\n");
    List<Double> cpuSpeedups = new ArrayList<>();
    List<Double> consistentSpeedups = new ArrayList<>();
    List<Double> speedups = new ArrayList<>();
    List<Double> accuracies = new ArrayList<>();
    List<Double> periodAccuracies = new ArrayList<>();
    List<Double> encodeTimes = new ArrayList<>();
    List<Double> summaryTimes = new ArrayList<>();
    List<Double> drawTimes = new ArrayList<>();
    List<Double> widthRatios = new ArrayList<>();
    List<Double> cinnWidths = new ArrayList<>();
    int covered = 0;
    // steady state, as for an astronomer's many targets: JIT-compile the periodogram (Vector API code is slow until
    // C2 compiles it), the summary network and the sampler on other simulated sets before anything is timed
    for (RvSimulation w : sets.simulate(30, new Rng(76))) {
      single.sample(encoding.encode(w.observations()).toRows()[0], DRAWS, new Rng(1));
    }
    for (int i = 0; i < targets; i++) {
      RvSimulation s = systems.get(i);
      single.sample(encoding.encode(s.observations()).toRows()[0], DRAWS, new Rng(1)); // warm-up of the buffers
      // the whole answer from data to 1000 draws: padding + periodogram, summary network, draws
      long cpu0 = clock.getCurrentThreadCpuTime();
      long a = System.nanoTime();
      double[] y = encoding.encode(s.observations()).toRows()[0];
      long b = System.nanoTime();
      Matrix q = single.sample(y, DRAWS, new Rng(100 + i));
      long d = System.nanoTime();
      double cinnCpu = (clock.getCurrentThreadCpuTime() - cpu0) * 1e-9;
      long c0 = System.nanoTime();
      single.sample(y, 1, new Rng(2));
      long c = System.nanoTime();
      double encodeSeconds = (b - a) * 1e-9;
      double summarySeconds = (c - c0) * 1e-9;
      double drawSeconds = (d - b) * 1e-9;
      double cinnSeconds = encodeSeconds + drawSeconds;
      encodeTimes.add(encodeSeconds);
      summaryTimes.add(summarySeconds);
      drawTimes.add(drawSeconds);
      double[] truth = s.parameters().toArray();
      RvPosteriorDensity target = new RvPosteriorDensity(prior, noise, s.observations());
      long mcmcCpu0 = clock.getCurrentThreadCpuTime();
      McmcResult r = RvMcmcReference.run(target, truth, i);
      double mcmcCpu = (clock.getCurrentThreadCpuTime() - mcmcCpu0) * 1e-9;
      Matrix p = r.thinned(DRAWS);
      C2stResult acc = c2st.assess(new SamplePair(q, p));
      C2stResult accP = c2st.assess(new SamplePair(logColumn(q, 0), logColumn(p, 0)));
      double ess = r.minEffectiveSampleSize();
      double speedup = (r.seconds() / ess) / (cinnSeconds / DRAWS);
      double cpuSpeedup = RvEqualEss.asBefore(0, mcmcCpu, ess, cinnCpu, DRAWS);
      cpuSpeedups.add(cpuSpeedup);
      consistentSpeedups.add(RvEqualEss.consistent(0, mcmcCpu, ess, cinnCpu, DRAWS)); // truth start: no start cost
      double near = nearTruth(q, truth[0], 0.02);
      speedups.add(speedup);
      accuracies.add(acc.accuracy());
      periodAccuracies.add(accP.accuracy());
      double[] qp = quantiles(q, 0);
      double[] pp = quantiles(p, 0);
      double cinnWidth = (qp[2] - qp[0]) / truth[0];
      double mcmcWidth = (pp[2] - pp[0]) / truth[0];
      widthRatios.add(cinnWidth / mcmcWidth);
      cinnWidths.add(cinnWidth);
      if (qp[0] <= truth[0] && truth[0] <= qp[2]) {
        covered++;
      }
      summary.append(String.format("%d,%d,%.4f,%.3f,%.3f,%.3f,%.5f,%.5f,%.5f,%.5f,%.5f,%.5f,%.5f,%.2f,%.2f,%.0f,%.3f,%.0f,%.0f,%d%n",
          i, s.observations().size(), truth[0], acc.accuracy(), accP.accuracy(), near, cinnWidth, mcmcWidth,
          encodeSeconds, summarySeconds,
          drawSeconds, cinnSeconds, cinnCpu, r.seconds(), mcmcCpu, ess, r.meanAcceptance(), speedup, cpuSpeedup,
          r.warnings().size()));
      for (int j = 0; j < RvParameters.DIMENSION; j++) {
        double[] qc = quantiles(q, j);
        double[] pc = quantiles(p, j);
        table.append(String.format("%d,%d,%s,%.4g,%.4g,%.4g,%.4g,%.4g,%.4g,%.4g%n", i, s.observations().size(),
            RvParameters.NAMES.get(j), truth[j], qc[0], qc[1], qc[2], pc[0], pc[1], pc[2]));
      }
      if (i < 3) {
        writeSamples("rv-target" + i, q, p, s);
      }
      System.out.printf("target %2d: n=%3d P=%8.2f cINN P 5-95%% [%.2f, %.2f] (%.0f%% within 2%%) MCMC [%.2f, %.2f] "
          + "c2st %.3f (log P %.3f)  cINN %.4f s (encode %.4f, summary+1 draw %.4f, 1000 draws %.4f)  mcmc %.1f s "
          + "(ESS %.0f, acc %.2f)  speed-up %.0fx wall, %.0fx CPU (cINN %.4f s, MCMC %.2f s CPU)%n", i,
          s.observations().size(), truth[0], qp[0], qp[2], 100 * near, quantiles(p, 0)[0], quantiles(p, 0)[2],
          acc.accuracy(), accP.accuracy(), cinnSeconds, encodeSeconds, summarySeconds, drawSeconds, r.seconds(), ess,
          r.meanAcceptance(), speedup, cpuSpeedup, cinnCpu, mcmcCpu);
    }
    Files.writeString(OUT.resolve("rv-quantiles.csv"), table);
    Files.writeString(OUT.resolve("rv-comparison.csv"), summary);
    System.out.printf("P 5-95%% interval width / true P: cINN median %.4f (min %.4f, max %.4f); cINN width / MCMC width "
        + "median %.1f (min %.1f, max %.1f)%n", median(cinnWidths), min(cinnWidths), max(cinnWidths),
        median(widthRatios), min(widthRatios), max(widthRatios));
    System.out.printf("median C2ST accuracy %.3f (log P alone %.3f), true P inside the cINN 5-95%% interval for %d of "
        + "%d, median speed-up at equal ESS %.0fx wall (min %.0fx, max %.0fx), %.0fx CPU (min %.0fx, max %.0fx); "
        + "cINN time medians: encode %.4f s, summary+1 draw %.4f s, 1000 draws %.4f s%n", median(accuracies),
        median(periodAccuracies), covered, targets, median(speedups), min(speedups), max(speedups),
        median(cpuSpeedups), min(cpuSpeedups), max(cpuSpeedups), median(encodeTimes), median(summaryTimes),
        median(drawTimes));
    System.out.printf("speed-up at equal ESS, CPU, with start and burn-in counted once (RvEqualEss.consistent): median "
        + "%.0fx (min %.0fx, max %.0fx)%n", median(consistentSpeedups), min(consistentSpeedups), max(consistentSpeedups));
  }

  /** @return column j of m as ln values, one column */
  private static Matrix logColumn(Matrix m, int j) {
    Matrix out = Matrix.zeros(org.inversesuite.core.tensor.Precision.FLOAT64, m.rows(), 1);
    for (int r = 0; r < m.rows(); r++) {
      out.set(r, 0, Math.log(m.get(r, j)));
    }
    return out;
  }

  /** @return the fraction of draws whose period is within a relative {@code tolerance} of the truth */
  private static double nearTruth(Matrix q, double period, double tolerance) {
    int n = 0;
    for (int r = 0; r < q.rows(); r++) {
      if (Math.abs(q.get(r, 0) / period - 1) < tolerance) {
        n++;
      }
    }
    return n / (double) q.rows();
  }

  private static double min(List<Double> v) {
    return v.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  private static double max(List<Double> v) {
    return v.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  private static void writeSamples(String name, Matrix q, Matrix p, RvSimulation s) throws IOException {
    StringBuilder b = new StringBuilder("source," + String.join(",", RvParameters.NAMES) + "\n");
    for (Matrix m : List.of(q, p)) {
      String src = m == q ? "cinn" : "mcmc";
      for (int r = 0; r < m.rows(); r++) {
        b.append(src);
        for (int j = 0; j < m.cols(); j++) {
          b.append(',').append(m.get(r, j));
        }
        b.append('\n');
      }
    }
    Files.writeString(OUT.resolve(name + "-samples.csv"), b);
    StringBuilder d = new StringBuilder("t,rv,sigma\n");
    for (int i = 0; i < s.observations().size(); i++) {
      d.append(s.observations().time(i)).append(',').append(s.observations().velocity(i)).append(',')
          .append(s.observations().error(i)).append('\n');
    }
    Files.writeString(OUT.resolve(name + "-data.csv"), d);
  }

  /**
   * SBC on each target set of {@code -Dastro.bench.sbcSeed=S[,S2,…]} (default 555, the targets of runs 1-11):
   * the first set's files go to the output directory, every further set's to {@code targets-S2/} inside it.
   */
  private static void calibrate(Draws cinn, PaddedRvSimulator sim, int cases) throws IOException {
    if (cases <= 0) {
      return;                                         // -Dastro.bench.sbc=0: train and save only (run 14's command)
    }
    String[] seeds = System.getProperty("astro.bench.sbcSeed", "555").split(",");
    for (int k = 0; k < seeds.length; k++) {
      long sbcSeed = Long.parseLong(seeds[k].trim());
      Path dir = k == 0 ? OUT : OUT.resolve("targets-" + sbcSeed);
      Files.createDirectories(dir);
      System.out.printf("SBC targets: seed %d (%s)%n", sbcSeed, dir);
      calibrate(cinn, sim, cases, sbcSeed, dir);
    }
  }

  private static void calibrate(Draws cinn, PaddedRvSimulator sim, int cases, long sbcSeed, Path dir)
      throws IOException {
    var batch = sim.simulate(cases, new Rng(sbcSeed));
    List<Matrix> samples = new ArrayList<>(cases);
    for (int i = 0; i < cases; i++) {
      samples.add(cinn.sample(row(batch.y(), i), 200, new Rng(600 + i)));
    }
    PosteriorEvidence evidence = new PosteriorEvidence(batch.x(), samples, RvParameters.NAMES);
    StringBuilder periods = new StringBuilder("epochs,true_period,cinn_q05,cinn_q50,cinn_q95,mass_within_2pct,"
        + "rank_of_truth,draws,peak_period,peak_power,true_K,true_e\n");
    int recovered = 0;
    for (int i = 0; i < cases; i++) {
      double truth = batch.x().get(i, 0);
      double[] qp = quantiles(samples.get(i), 0);
      double near = nearTruth(samples.get(i), truth, 0.02);
      if (Math.abs(qp[1] / truth - 1) < 0.02) {
        recovered++;
      }
      int epochs = 0;
      for (int s = 0; s < sim.encoding().slots(); s++) {
        epochs += (int) batch.y().get(i, s * (RvSetEncoding.ELEMENT_WIDTH + 1) + RvSetEncoding.ELEMENT_WIDTH);
      }
      int rank = 0;
      for (int r = 0; r < samples.get(i).rows(); r++) {
        rank += samples.get(i).get(r, 0) < truth ? 1 : 0;
      }
      double peak = sim.encoding().periodogram() == null ? Double.NaN
          : PeriodReference.of(row(batch.y(), i), sim.encoding()).period();
      double peakPower = sim.encoding().periodogram() == null ? Double.NaN
          : batch.y().get(i, DeepSetEncoder.inputWidth(sim.encoding().slots(), RvSetEncoding.ELEMENT_WIDTH)
              + sim.encoding().periodogram().bins() + 1);
      periods.append(String.format("%d,%.5g,%.5g,%.5g,%.5g,%.3f,%d,%d,%.5g,%.4f,%.5g,%.4f%n", epochs, truth, qp[0], qp[1],
          qp[2], near, rank, samples.get(i).rows(), peak, peakPower, batch.x().get(i, 1), batch.x().get(i, 2)));
    }
    Files.writeString(dir.resolve("rv-period-recovery.csv"), periods);
    System.out.printf("period: cINN median within 2%% of the truth for %d of %d targets%n", recovered, cases);
    SbcResult sbc = SimulationBasedCalibration.defaults().assess(evidence);
    CoverageResult coverage = ExpectedCoverage.defaults().assess(evidence);
    StringBuilder b = new StringBuilder("parameter,inside_band,max_ecdf_deviation,coverage_at_levels\n");
    for (int j = 0; j < RvParameters.DIMENSION; j++) {
      b.append(String.format("%s,%b,%.4f,%s%n", RvParameters.NAMES.get(j), sbc.insideBand(j),
          sbc.maxEcdfDeviation(j), Arrays.toString(coverage.coverage(j)).replace(',', ' ')));
      System.out.printf("SBC %-6s inside 95%% band: %-5b max ECDF deviation %.3f  coverage %s at %s%n",
          RvParameters.NAMES.get(j), sbc.insideBand(j), sbc.maxEcdfDeviation(j),
          Arrays.toString(round(coverage.coverage(j))), Arrays.toString(round(coverage.levels())));
    }
    Files.writeString(dir.resolve("rv-sbc.csv"), b);
    StringBuilder ranks = new StringBuilder("draws_per_target," + String.join(",", RvParameters.NAMES) + "\n");
    for (int i = 0; i < cases; i++) {
      ranks.append(sbc.samplesPerCase());
      for (int j = 0; j < RvParameters.DIMENSION; j++) {
        ranks.append(',').append(sbc.ranks(j)[i]);
      }
      ranks.append('\n');
    }
    Files.writeString(dir.resolve("rv-sbc-ranks.csv"), ranks);
  }

  private static double[] round(double[] v) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = Math.round(v[i] * 1000) / 1000.0;
    }
    return out;
  }

  private static double[] quantiles(Matrix m, int col) {
    double[] v = new double[m.rows()];
    for (int i = 0; i < v.length; i++) {
      v[i] = m.get(i, col);
    }
    Arrays.sort(v);
    return new double[] {v[(int) (0.05 * (v.length - 1))], v[(v.length - 1) / 2], v[(int) (0.95 * (v.length - 1))]};
  }

  private static double median(List<Double> v) {
    double[] a = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return a[a.length / 2];
  }
}
