package org.inversesuite.cli.table;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inversesuite.cli.experiment.RunFolder;
import org.inversesuite.core.baseline.AbcResult;
import org.inversesuite.core.baseline.RejectionAbc;
import org.inversesuite.core.diagnostics.MaximumMeanDiscrepancy;
import org.inversesuite.core.diagnostics.ResimulationError;
import org.inversesuite.core.infer.PosteriorEstimator;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.NonFiniteException;

/**
 * Computes the rows of the benchmark table of Kruse et al. 2021 (arXiv:2101.10763) for one task.
 *
 * <ol>
 *   <li>N test observations y*_j = f(x_j), x_j ~ p(x) (stream "observations" of the task).
 *   <li>Ground truth: rejection ABC with the task's ε keeps 2S samples per observation; the first
 *       S are the ground truth, the other S form the "rejection ABC" reference row, whose MMD² is
 *       the sampling-noise floor of the metric. Its time per posterior is the ABC wall time
 *       divided by the 2N posteriors it produced (amortised over the shared proposal stream).
 *   <li>Each method trains within the budget (wall time measured), then draws S samples per
 *       observation (wall time per posterior measured), scored by the unbiased MMD² with the
 *       inverse multiquadric kernels of Kruse (widths 0.05, 0.2, 0.9) on raw parameters and the
 *       re-simulation error (1/S) Σ ‖f(x̂) − y*‖².
 * </ol>
 */
public final class BenchmarkTableRun {
  /** Name of the reference row. */
  public static final String ABC_ROW = "rejection ABC (reference)";

  private final TableSettings settings;
  private final int threads;
  private final PrintStream log;

  /**
   * @param threads threads of ABC and MMD (do not change results)
   * @param log progress lines
   */
  public BenchmarkTableRun(TableSettings settings, int threads, PrintStream log) {
    this.settings = settings;
    this.threads = threads;
    this.log = log;
  }

  /**
   * @param perObservation receives one CSV row per (method, observation)
   * @return the reference row followed by one row per method
   */
  public List<TableRow> run(BenchmarkTask task, List<BenchmarkMethod> methods, RunFolder folder,
      List<List<String>> perObservation) {
    Rng root = new Rng(settings.seed()).stream(task.name());
    int n = settings.observations();
    int s = settings.samples();
    Matrix observations = task.problem().simulate(n, root.stream("observations")).y();
    double[][] ys = observations.toRows();
    log.printf(Locale.ROOT, "[%s] ground truth: rejection ABC, epsilon %s, %d observations x %d samples%n", task.name(),
        task.abcEpsilon(), n, 2 * s);
    long t0 = System.nanoTime();
    AbcResult abc = new RejectionAbc(task.problem().prior(), task.problem().forward(), task.abcEpsilon(),
        RejectionAbc.DEFAULT_CHUNK_SIZE, threads).run(observations, 2 * s, settings.abcMaxProposals(), root.stream("abc"));
    double abcSeconds = (System.nanoTime() - t0) * 1e-9;
    log.printf(Locale.ROOT, "[%s] ground truth: %d proposals in %.1f s%s%n", task.name(), abc.proposals(), abcSeconds,
        abc.complete() ? "" : " (budget spent: some observations have fewer samples)");
    List<Matrix> truth = new ArrayList<>();
    List<Matrix> reference = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      Matrix all = abc.samples(j);
      int half = all.rows() / 2;
      truth.add(rows(all, 0, half));
      reference.add(rows(all, half, all.rows() - half));
    }
    MaximumMeanDiscrepancy mmd = new MaximumMeanDiscrepancy(MaximumMeanDiscrepancy.defaultWidths(), threads);
    ResimulationError resim = new ResimulationError(task.problem().forward());
    List<TableRow> rows = new ArrayList<>();
    List<List<Matrix>> pictures = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    ObservationScores abcScores = new ObservationScores(n);
    for (int j = 0; j < n; j++) {
      abcScores.set(j, score(mmd, reference.get(j), truth.get(j)), resimOf(resim, reference.get(j), ys[j]),
          abcSeconds * 1000 / (2.0 * n));
    }
    rows.add(abcScores.row(task.name(), ABC_ROW, 0, 0));
    addObservationRows(perObservation, task, ABC_ROW, abcScores, ys);
    for (BenchmarkMethod method : methods) {
      log.printf(Locale.ROOT, "[%s] %s: training %d steps of %d ...%n", task.name(), method.name(),
          settings.budget().steps(), settings.budget().batchSize());
      long start = System.nanoTime();
      BenchmarkMethod.Trained trained = method.train(task.problem(), settings.budget());
      double trainSeconds = (System.nanoTime() - start) * 1e-9;
      ObservationScores scores = new ObservationScores(n);
      List<Matrix> shown = new ArrayList<>();
      Rng sampling = root.stream("sampling").stream(method.name());
      for (int j = 0; j < n; j++) {
        long ts = System.nanoTime();
        Matrix x = trained.estimator().sample(ys[j], s, sampling.stream(j));
        double ms = (System.nanoTime() - ts) * 1e-6;
        scores.set(j, score(mmd, x, truth.get(j)), resimOf(resim, x, ys[j]), ms);
        if (j < settings.pictures()) {
          shown.add(x);
        }
      }
      close(trained.estimator());
      TableRow row = scores.row(task.name(), method.name(), trained.parameters(), trainSeconds);
      log.printf(Locale.ROOT, "[%s] %s: MMD² %.4f, re-simulation %.5f, %.1f s training, %.1f ms per posterior%n",
          task.name(), method.name(), row.mmd2(), row.resimulation(), trainSeconds, row.msPerPosterior());
      rows.add(row);
      addObservationRows(perObservation, task, method.name(), scores, ys);
      pictures.add(shown);
      titles.add(method.name());
    }
    drawPictures(task, folder, pictures, titles, truth, ys, rows);
    return rows;
  }

  private void drawPictures(BenchmarkTask task, RunFolder folder, List<List<Matrix>> pictures, List<String> titles,
      List<Matrix> truth, double[][] ys, List<TableRow> rows) {
    for (int j = 0; j < Math.min(settings.pictures(), ys.length); j++) {
      List<Matrix> panels = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      for (int m = 0; m < pictures.size(); m++) {
        panels.add(pictures.get(m).get(j));
        labels.add(titles.get(m));
      }
      panels.add(truth.get(j));
      labels.add("rejection ABC ground truth");
      task.picture().save(folder.file(task.name() + "-posterior-" + j + ".png"), panels, labels, ys[j]);
    }
  }

  private static void addObservationRows(List<List<String>> out, BenchmarkTask task, String method,
      ObservationScores scores, double[][] ys) {
    for (int j = 0; j < ys.length; j++) {
      out.add(List.of(task.name(), method, Integer.toString(j), Double.toString(scores.mmd2(j)),
          Double.toString(scores.resimulation(j)), Double.toString(scores.millis(j))));
    }
  }

  /** @return MMD², NaN if a sample holds non-finite values or either side has fewer than 2 rows */
  private static double score(MaximumMeanDiscrepancy mmd, Matrix posterior, Matrix truth) {
    if (posterior.rows() < 2 || truth.rows() < 2) {
      return Double.NaN;
    }
    try {
      return mmd.unbiased(posterior, truth);
    } catch (NonFiniteException e) {
      return Double.NaN;
    }
  }

  private static double resimOf(ResimulationError resim, Matrix posterior, double[] y) {
    try {
      return posterior.rows() == 0 ? Double.NaN : resim.meanSquared(posterior, y);
    } catch (NonFiniteException e) {
      return Double.NaN;
    }
  }

  private static Matrix rows(Matrix m, int from, int count) {
    Matrix out = m.like(count, m.cols());
    out.copyRows(m, from, 0, count);
    return out;
  }

  private static void close(PosteriorEstimator estimator) {
    if (estimator instanceof AutoCloseable c) {
      try {
        c.close();
      } catch (Exception e) {
        throw new IllegalStateException("cannot close " + estimator, e);
      }
    }
  }
}
