package org.inversesuite.airfoil.design;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.inversesuite.airfoil.solver.AirfoilSolver;
import org.inversesuite.airfoil.solver.ViscousPanelSolver;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.data.table.CsvTable;
import org.inversesuite.data.table.CsvWriter;
import org.inversesuite.data.table.NonFinitePolicy;

/**
 * Simulates a design data set: design i is drawn from the stream {@code Rng(seed).stream("design")
 * .stream(i)}, so the rows do not depend on the number of threads or on how often the run was
 * interrupted. Designs are written in chunks of {@code chunkSize} rows, each chunk atomically
 * (temporary file, then rename), so a chunk file on disk is always complete: a resumed run skips
 * the chunks that exist and computes only the missing ones. The {@link DatasetManifest} written
 * first pins the settings; resuming a directory with other settings is refused, except for growing
 * it: more rows with the same settings extend a data set whose row count is a multiple of the
 * chunk size (its rows are unchanged, new chunks are added).
 */
public final class DatasetGenerator {
  private final DatasetManifest manifest;
  private final int threads;

  /**
   * @param manifest what to generate
   * @param threads worker threads (the solver is thread-safe; one design per thread at a time)
   */
  public DatasetGenerator(DatasetManifest manifest, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.manifest = manifest;
    this.threads = threads;
  }

  /** @return design i of the data set */
  public DesignPoint point(int i) {
    return manifest.space().sample(new Rng(manifest.seed()).stream("design").stream(i));
  }

  /**
   * Generates (or completes) the data set in {@code dir}.
   *
   * @param progress called with the number of designs finished so far, counting those of chunks
   *     found complete from an earlier run
   * @throws IllegalArgumentException if {@code dir} holds a data set made with other settings
   */
  public GenerationSummary generate(Path dir, IntConsumer progress) {
    long start = System.nanoTime();
    prepare(dir);
    AirfoilSolver solver = new ViscousPanelSolver(manifest.solver());
    List<Integer> missing = new ArrayList<>();
    for (int k = 0; k < manifest.chunks(); k++) {
      if (!Files.isRegularFile(DatasetManifest.chunkFile(dir, k))) {
        missing.add(k);
      }
    }
    int reusedRows = 0;
    for (int k = 0; k < manifest.chunks(); k++) {
      if (!missing.contains(k)) {
        reusedRows += Math.min(manifest.rows(), (k + 1) * manifest.chunkSize()) - k * manifest.chunkSize();
      }
    }
    AtomicInteger done = new AtomicInteger(reusedRows);
    progress.accept(reusedRows);
    ExecutorService pool = SolverPool.of("airfoil-dataset", threads);
    try {
      List<Future<?>> jobs = new ArrayList<>();
      for (int k : missing) {
        jobs.add(pool.submit(() -> writeChunk(dir, k, solver, done, progress)));
      }
      for (Future<?> f : jobs) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("data set generation interrupted; rerun the same command to resume", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
    Map<CaseStatus, Integer> counts = DesignDataset.read(dir).statusCounts();
    return new GenerationSummary(counts, missing.size(), manifest.chunks() - missing.size(),
        (System.nanoTime() - start) * 1e-9);
  }

  private void prepare(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
    if (Files.isRegularFile(dir.resolve(DatasetManifest.FILE))) {
      DatasetManifest existing = DatasetManifest.read(dir);
      if (existing.grownTo(manifest.rows()).equals(manifest) && manifest.rows() > existing.rows()
          && existing.rows() % existing.chunkSize() == 0) {
        manifest.write(dir);
      } else if (!existing.equals(manifest)) {
        throw new IllegalArgumentException(dir + " holds a data set made with other settings (" + existing
            + "); use another directory, or the same settings to resume it");
      }
    } else {
      manifest.write(dir);
    }
  }

  private void writeChunk(Path dir, int k, AirfoilSolver solver, AtomicInteger done, IntConsumer progress) {
    int from = k * manifest.chunkSize();
    int to = Math.min(manifest.rows(), from + manifest.chunkSize());
    DesignSpace space = manifest.space();
    List<String> columns = DesignCase.columns(space.shapeDimension(), space.upperCount());
    Matrix values = Matrix.zeros(Precision.FLOAT64, to - from, columns.size());
    for (int i = from; i < to; i++) {
      double[] row = DesignCase.evaluate(point(i), solver).row();
      for (int j = 0; j < row.length; j++) {
        values.set(i - from, j, row[j]);
      }
      int n = done.incrementAndGet();
      synchronized (progress) {
        progress.accept(n);
      }
    }
    CsvWriter.defaults().withNonFinite(NonFinitePolicy.ALLOW)
        .write(DatasetManifest.chunkFile(dir, k), new CsvTable(columns, values));
  }
}
