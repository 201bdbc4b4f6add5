package org.inversesuite.cli.diagnosis;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.cli.experiment.GroundTruthEvaluation;
import org.inversesuite.cli.experiment.TrainedRun;
import org.inversesuite.cli.progress.ProgressBar;
import org.inversesuite.core.diagnostics.CalibrationError;
import org.inversesuite.core.diagnostics.CoverageResult;
import org.inversesuite.core.diagnostics.ExpectedCoverage;
import org.inversesuite.core.diagnostics.MetricResult;
import org.inversesuite.core.diagnostics.PosteriorContraction;
import org.inversesuite.core.diagnostics.PosteriorEvidence;
import org.inversesuite.core.diagnostics.PosteriorZScore;
import org.inversesuite.core.diagnostics.Recovery;
import org.inversesuite.core.diagnostics.RecoveryResult;
import org.inversesuite.core.diagnostics.SbcResult;
import org.inversesuite.core.diagnostics.SimulationBasedCalibration;
import org.inversesuite.core.diagnostics.Tarp;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.InverseProblem;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;

/**
 * Tests a trained model on simulated cases, the simulation-based set-up of Talts et al. 2018
 * (arXiv:1804.06788): m truths x*ᵢ from the prior, observations yᵢ from the simulator, L
 * posterior samples per case from the cINN; then SBC, coverage and calibration error,
 * contraction, z-scores, recovery and TARP on that evidence, and C2ST against rejection ABC for
 * reference observations ({@link AbcComparison}).
 *
 * <p>Streams of {@code new Rng(settings.seed).stream("diagnostics")}: "cases", "posterior",
 * "sbc-ties", "prior-variance", "tarp", "corner", and those of {@link AbcComparison}. They do
 * not touch the training streams, so a diagnosis never changes what training or evaluation draw.
 */
public final class DiagnosticsRunner {
  private static final int PRIOR_DRAWS = 20_000;
  private static final int CORNER_SAMPLES = 2000;
  private final boolean quiet;

  /** @param quiet no progress bars or progress lines on standard error */
  public DiagnosticsRunner(boolean quiet) {
    this.quiet = quiet;
  }

  /** Runs every check on the run's model. */
  public Diagnosis diagnose(TrainedRun run, Cinn cinn, DiagnosisSettings settings) {
    long t0 = System.nanoTime();
    InverseProblem problem = run.problem();
    List<String> names = problem.prior().names();
    Rng rng = new Rng(settings.seed()).stream("diagnostics");
    Batch cases = problem.simulate(settings.cases(), rng.stream("cases"));
    PosteriorEvidence evidence;
    try (ProgressBar bar = new ProgressBar("posteriors", settings.cases(), "cases", quiet)) {
      int[] done = {0};
      evidence = PosteriorEvidence.simulate(cases.x(), cases.y(), (y, n, r) -> {
        Matrix s = cinn.sample(y, n, r);
        bar.update(++done[0], "");
        return s;
      }, settings.samples(), names, rng.stream("posterior"));
    }
    SbcResult sbc = new SimulationBasedCalibration(settings.sbcBins(), 0.05, 100, rng.stream("sbc-ties").seed())
        .assess(evidence);
    CoverageResult coverage = ExpectedCoverage.defaults().assess(evidence);
    MetricResult calibration = CalibrationError.defaults().evaluate(evidence);
    MetricResult contraction = PosteriorContraction.fromPrior(problem.prior(), PRIOR_DRAWS,
        rng.stream("prior-variance")).evaluate(evidence);
    PosteriorZScore z = new PosteriorZScore();
    MetricResult zMean = z.evaluate(evidence);
    MetricResult zRms = z.rootMeanSquare(evidence);
    RecoveryResult recovery = new Recovery(Recovery.PointEstimate.MEAN).assess(evidence);
    List<ParameterVerdict> verdicts = new ArrayList<>();
    for (int j = 0; j < names.size(); j++) {
      String name = names.get(j);
      verdicts.add(new ParameterVerdict(name, sbc.insideBand(j), sbc.chiSquarePValue(j), sbc.maxEcdfDeviation(j),
          calibration.perDimension().get(name), contraction.perDimension().get(name), zMean.perDimension().get(name),
          zRms.perDimension().get(name), recovery.r2()[j], recovery.rmse()[j], recovery.correlation()[j]));
    }
    var tarp = new Tarp(100, rng.stream("tarp").seed()).assess(evidence);
    Matrix corner = cinn.sample(cases.y().toRows()[0], CORNER_SAMPLES, rng.stream("corner"));
    var evaluation = run.config().evaluation();
    AbcComparison.Outcome abc = new AbcComparison(problem, new GroundTruthEvaluation(run.config(), run.entry(),
        problem, run.seed(), quiet), evaluation.samplesPerObservation(), evaluation.abcEpsilon(), rng)
        .compare(cinn, settings.c2stObservations());
    return new Diagnosis(settings, problem.id(), verdicts, sbc, coverage, recovery, tarp, abc.checks(), abc.note(),
        corner, cases.x().toRows()[0], abc.firstPair(), (System.nanoTime() - t0) * 1e-9);
  }
}
