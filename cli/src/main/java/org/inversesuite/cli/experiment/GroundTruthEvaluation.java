package org.inversesuite.cli.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inversesuite.cli.plot.ArmPosteriorPlot;
import org.inversesuite.core.baseline.AbcResult;
import org.inversesuite.cli.progress.ProgressBar;
import org.inversesuite.core.baseline.RejectionAbc;
import org.inversesuite.core.diagnostics.GroundTruthComparison;
import org.inversesuite.core.diagnostics.MaximumMeanDiscrepancy;
import org.inversesuite.core.diagnostics.ObservationQuality;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.problem.InverseProblem;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.data.benchmark.InverseKinematics;
import org.inversesuite.data.npy.NpyWriter;
import org.inversesuite.data.table.CsvTable;
import org.inversesuite.data.table.CsvWriter;

/**
 * The ground-truth comparison of a trained model (Kruse et al. 2021, arXiv:2101.10763): posterior
 * samples for held-out observations against rejection-ABC samples, with the MMD² and the
 * re-simulation error per observation. Shared by training ({@link ExperimentRunner}),
 * {@code inverse evaluate} and the C2ST of {@code inverse diagnose}.
 *
 * <p>Random streams of the experiment seed: "observations" (held-out y when the problem has too
 * few reference ones), "sampling" (stream j for observation j) and "abc". The same model, config
 * and seed therefore give the same comparison whether it runs after training or later.
 */
public final class GroundTruthEvaluation {
  /** The per-observation table written next to the model. */
  public static final String QUALITY_CSV = "posterior-quality.csv";

  private final ExperimentConfig config;
  private final CatalogEntry entry;
  private final InverseProblem problem;
  private final Rng seed;
  private final boolean quiet;

  /**
   * @param seed the experiment's root stream, {@code new Rng(training.seed)}
   * @param quiet no progress lines on standard error
   */
  public GroundTruthEvaluation(ExperimentConfig config, CatalogEntry entry, InverseProblem problem, Rng seed,
      boolean quiet) {
    this.config = config;
    this.entry = entry;
    this.problem = problem;
    this.seed = seed;
    this.quiet = quiet;
  }

  /**
   * @param count how many observations, ≥ 1
   * @return the problem's reference observations if it has at least {@code count}, else
   *     {@code count} observations simulated from the prior with stream "observations"; shape [count, dy]
   */
  public Matrix observations(int count) {
    Matrix reference = entry.referenceObservations() == null ? null : entry.referenceObservations().get();
    if (reference != null && reference.rows() >= count) {
      Matrix out = reference.like(count, reference.cols());
      out.copyRows(reference, 0, 0, count);
      return out;
    }
    return problem.simulate(count, seed.stream("observations")).y();
  }

  /**
   * Rejection ABC with the config's ε and proposal budget.
   *
   * @param observations y*, shape [m, dy]
   * @param samples ABC samples wanted per observation
   * @param rng seeds the proposal chunks
   */
  public AbcResult groundTruth(Matrix observations, int samples, Rng rng) {
    var eval = config.evaluation();
    long t0 = System.nanoTime();
    if (!quiet) {
      System.err.println("ground truth: rejection ABC with epsilon " + eval.abcEpsilon() + " for "
          + observations.rows() + " observations, " + samples + " samples each ...");
    }
    AbcResult abc;
    try (ProgressBar bar = new ProgressBar("ABC", samples, "samples", quiet)) {
      abc = new RejectionAbc(problem.prior(), problem.forward(), eval.abcEpsilon(),
          RejectionAbc.DEFAULT_CHUNK_SIZE, config.training().threads()).run(observations, samples,
          eval.abcMaxProposals(), rng, (proposals, fewest) -> bar.update(fewest,
              String.format(Locale.ROOT, "(slowest observation), %.1fM proposals", proposals / 1e6)));
    }
    if (!quiet) {
      System.err.printf(Locale.ROOT, "ground truth: %d proposals in %.1f s%n", abc.proposals(),
          (System.nanoTime() - t0) * 1e-9);
    }
    return abc;
  }

  /**
   * Samples the model for the config's held-out observations, compares each posterior with its
   * ABC ground truth and writes {@code posterior-<j>.npy} and {@code .csv}, {@value #QUALITY_CSV} and, for the
   * inverse-kinematics problem, {@code posterior-arms-<j>.png} for the first three.
   *
   * @return one row per observation, empty when the config asks for none
   */
  public List<ObservationQuality> evaluate(Cinn cinn, RunFolder folder) {
    var eval = config.evaluation();
    if (eval.observations() == 0) {
      return List.of();
    }
    Matrix observations = observations(eval.observations());
    int n = eval.samplesPerObservation();
    double[][] ys = observations.toRows();
    List<Matrix> posteriors = new ArrayList<>();
    for (int j = 0; j < ys.length; j++) {
      Matrix s = cinn.sample(ys[j], n, seed.stream("sampling").stream(j));
      posteriors.add(s);
      NpyWriter.write(folder.file("posterior-" + j + ".npy"), s);
      CsvWriter.defaults().write(folder.file("posterior-" + j + ".csv"), new CsvTable(problem.prior().names(), s));
    }
    AbcResult abc = groundTruth(observations, n, seed.stream("abc"));
    double[] widths = eval.mmdWidths().stream().mapToDouble(Double::doubleValue).toArray();
    GroundTruthComparison comparison = new GroundTruthComparison(
        new MaximumMeanDiscrepancy(widths, config.training().threads()), problem.forward());
    List<ObservationQuality> quality = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (int j = 0; j < ys.length; j++) {
      double[] y = ys[j];
      ObservationQuality q = comparison.compare(j, y, posteriors.get(j), abc.samples(j));
      quality.add(q);
      rows.add(List.of(Integer.toString(j), Double.toString(y[0]), Double.toString(y.length > 1 ? y[1] : Double.NaN),
          Double.toString(q.mmd2()), Double.toString(q.resimulation()), Double.toString(q.groundTruthHalfMmd2()),
          Double.toString(q.groundTruthResimulation()), Integer.toString(q.groundTruthSize())));
      if (j < 3 && problem.id().equals(InverseKinematics.ID)) {
        ArmPosteriorPlot.save(folder.file("posterior-arms-" + j + ".png"), List.of(posteriors.get(j), abc.samples(j)),
            List.of(String.format(Locale.ROOT, "cINN posterior (MMD² %.4f)", q.mmd2()), "rejection ABC ground truth"), y);
      }
    }
    folder.writeCsv(QUALITY_CSV, List.of("observation", "y_h", "y_v", "mmd2", "resimulation",
        "ground_truth_half_mmd2", "ground_truth_resimulation", "ground_truth_samples"), rows);
    return quality;
  }
}
