package org.inversesuite.cli.table;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
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
 *
 * <p><b>Resumable.</b> The ground truth is cached on disk ({@link GroundTruthCache}) and each
 * row is stored the moment it is done ({@link RowStore}); rows already stored with the same
 * {@link TaskSettings} are skipped, and the ground truth is neither loaded nor computed when no
 * row of the task is left. Every random stream is named by task, method and observation, never
 * by the order of computation, so a run split into pieces yields the rows an uninterrupted run
 * yields (wall times aside).
 */
public final class BenchmarkTableRun {
  /** Name of the reference row. */
  public static final String ABC_ROW = "rejection ABC (reference)";

  private final TableSettings settings;
  private final int threads;
  private final boolean force;
  private final PrintStream log;

  /**
   * @param threads threads of ABC and MMD (do not change results)
   * @param force recompute stored rows, and replace a ground-truth cache made with other settings
   *     instead of refusing it
   * @param log progress lines
   */
  public BenchmarkTableRun(TableSettings settings, int threads, boolean force, PrintStream log) {
    this.settings = settings;
    this.threads = threads;
    this.force = force;
    this.log = log;
  }

  /**
   * Computes and stores every row of {@code task} (the reference row and {@code methods}) that
   * is not stored yet with these settings.
   *
   * @return the rows computed by this call (stored rows that were skipped are not included)
   * @throws IllegalArgumentException if a stored row or the ground-truth cache was made with other
   *     settings (and {@code force} is off); nothing is computed then
   */
  public List<FinishedRow> run(BenchmarkTask task, List<BenchmarkMethod> methods, RowStore store,
      GroundTruthCache cache) {
    return run(task, methods, store, cache, row -> { });
  }

  /**
   * As {@link #run(BenchmarkTask, List, RowStore, GroundTruthCache)}, telling {@code stored}
   * about each row right after it is stored (to rebuild the table files as the run goes).
   */
  public List<FinishedRow> run(BenchmarkTask task, List<BenchmarkMethod> methods, RowStore store,
      GroundTruthCache cache, Consumer<FinishedRow> stored) {
    TaskSettings key = TaskSettings.of(settings, task);
    boolean abcDue = due(store, key, ABC_ROW);
    List<BenchmarkMethod> todo = new ArrayList<>();
    for (BenchmarkMethod m : methods) {
      if (due(store, key, m.name())) {
        todo.add(m);
      } else {
        log.printf(Locale.ROOT, "[%s] %s: finished earlier, skipped%n", task.name(), m.name());
      }
    }
    List<FinishedRow> done = new ArrayList<>();
    if (!abcDue && todo.isEmpty()) {
      return done;
    }
    Rng root = new Rng(settings.seed()).stream(task.name());
    int n = settings.observations();
    int s = settings.samples();
    GroundTruth ground = groundTruth(task, cache, root);
    double[][] ys = ground.observations().toRows();
    List<Matrix> truth = new ArrayList<>();
    List<Matrix> reference = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      Matrix all = ground.abc().samples(j);
      int half = all.rows() / 2;
      truth.add(rows(all, 0, half));
      reference.add(rows(all, half, all.rows() - half));
    }
    MaximumMeanDiscrepancy mmd = new MaximumMeanDiscrepancy(MaximumMeanDiscrepancy.defaultWidths(), threads);
    ResimulationError resim = new ResimulationError(task.problem().forward());
    if (abcDue) {
      ObservationScores abcScores = new ObservationScores(n);
      for (int j = 0; j < n; j++) {
        abcScores.set(j, score(mmd, reference.get(j), truth.get(j)), resimOf(resim, reference.get(j), ys[j]),
            ground.seconds() * 1000 / (2.0 * n));
      }
      done.add(store(store, abcScores.finish(key, ABC_ROW, 0, 0, pictures(truth)), stored));
    }
    for (BenchmarkMethod method : todo) {
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
      FinishedRow row = store(store, scores.finish(key, method.name(), trained.parameters(), trainSeconds,
          pictures(shown)), stored);
      log.printf(Locale.ROOT, "[%s] %s: MMD² %.4f, re-simulation %.5f, %.1f s training, %.1f ms per posterior%n",
          task.name(), method.name(), row.row().mmd2(), row.row().resimulation(), trainSeconds,
          row.row().msPerPosterior());
      done.add(row);
    }
    return done;
  }

  /** @return true if the row must be computed; refuses a row stored with other settings unless forced */
  private boolean due(RowStore store, TaskSettings key, String method) {
    Optional<FinishedRow> stored = store.load(key.task(), method);
    if (stored.isEmpty() || force) {
      return true;
    }
    List<String> diff = stored.get().settings().differences(key);
    if (!diff.isEmpty()) {
      throw new IllegalArgumentException("row " + key.task() + " / " + method + " in " + store.file(key.task(), method)
          + " was computed with other settings: " + String.join("; ", diff) + ". Rerun with the stored settings to "
          + "resume, use another --out, or pass --force to recompute the selected rows");
    }
    return false;
  }

  private static FinishedRow store(RowStore store, FinishedRow row, Consumer<FinishedRow> stored) {
    store.save(row);
    stored.accept(row);
    return row;
  }

  private GroundTruth groundTruth(BenchmarkTask task, GroundTruthCache cache, Rng root) {
    int n = settings.observations();
    Matrix observations = observations(task, settings.seed(), n);
    GroundTruthProvenance provenance = new GroundTruthProvenance(task.name(), task.abcEpsilon(), settings.seed(), n,
        2 * settings.samples(), settings.abcMaxProposals(), RejectionAbc.DEFAULT_CHUNK_SIZE);
    Optional<GroundTruth> cached = cache.load(provenance, observations, !force);
    if (cached.isPresent()) {
      log.printf(Locale.ROOT, "[%s] ground truth: cached in %s%n", task.name(), cache.file(task.name()));
      return cached.get();
    }
    log.printf(Locale.ROOT, "[%s] ground truth: rejection ABC, epsilon %s, %d observations x %d samples%n", task.name(),
        task.abcEpsilon(), n, 2 * settings.samples());
    long t0 = System.nanoTime();
    AbcResult abc = new RejectionAbc(task.problem().prior(), task.problem().forward(), task.abcEpsilon(),
        RejectionAbc.DEFAULT_CHUNK_SIZE, threads).run(observations, 2 * settings.samples(), settings.abcMaxProposals(),
        root.stream("abc"));
    double seconds = (System.nanoTime() - t0) * 1e-9;
    log.printf(Locale.ROOT, "[%s] ground truth: %d proposals in %.1f s%s%n", task.name(), abc.proposals(), seconds,
        abc.complete() ? "" : " (budget spent: some observations have fewer samples)");
    GroundTruth ground = new GroundTruth(provenance, observations, abc, seconds);
    cache.save(ground);
    return ground;
  }

  /** @return the n test observations of a task, y*_j = f(x_j), x_j from stream "observations" of the task */
  static Matrix observations(BenchmarkTask task, long seed, int n) {
    return task.problem().simulate(n, new Rng(seed).stream(task.name()).stream("observations")).y();
  }

  private List<double[][]> pictures(List<Matrix> samples) {
    List<double[][]> out = new ArrayList<>();
    for (int j = 0; j < Math.min(settings.pictures(), samples.size()); j++) {
      out.add(samples.get(j).toRows());
    }
    return out;
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
