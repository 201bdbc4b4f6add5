package org.inversesuite.astro.interior.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.inversesuite.astro.interior.InteriorPrior;
import org.inversesuite.astro.interior.InteriorSolver;
import org.inversesuite.core.config.Provenance;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.data.table.CsvTable;
import org.inversesuite.data.table.CsvWriter;
import org.inversesuite.data.table.NonFinitePolicy;

/**
 * Builds (or completes) an interior database in a directory, in parallel over chunks.
 *
 * <p>Determinism: planet i is drawn from {@code Rng(seed).stream("planet").stream(i)} alone, so
 * the rows do not depend on the number of threads, on the order the chunks finish in, or on how
 * often the run was interrupted. Resumability: each chunk of {@code chunkSize} planets is
 * written atomically (temporary file, then rename), so a chunk file that exists is complete; a
 * rerun with the same settings computes only the missing chunks. The {@link DatabaseManifest}
 * pins the settings (a directory made with other settings is refused) and
 * {@link GenerationLog} records the provenance of every run. This follows the design data sets
 * of the airfoil module ({@code airfoil.design.DatasetGenerator}).
 */
public final class DatabaseGenerator {
  private final DatabaseManifest manifest;
  private final int threads;

  /**
   * @param manifest what to generate
   * @param threads worker threads, ≥ 1 (one chunk per thread at a time)
   */
  public DatabaseGenerator(DatabaseManifest manifest, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.manifest = manifest;
    this.threads = threads;
  }

  /**
   * What a generation run did.
   *
   * @param chunksComputed chunks solved by this run
   * @param chunksReused chunks found complete on disk
   * @param seconds wall time
   */
  public record Summary(int chunksComputed, int chunksReused, double seconds) {}

  /**
   * Generates the missing chunks of the database in {@code dir}.
   *
   * @param progress called with the number of planets done so far (including reused chunks)
   * @throws IllegalArgumentException if {@code dir} holds a database made with other settings
   */
  public Summary generate(Path dir, IntConsumer progress) {
    long start = System.nanoTime();
    prepare(dir);
    List<Integer> missing = new ArrayList<>();
    int reused = 0;
    for (int k = 0; k < manifest.chunks(); k++) {
      if (Files.isRegularFile(DatabaseManifest.chunkFile(dir, k))) {
        reused += manifest.chunkEnd(k) - manifest.chunkStart(k);
      } else {
        missing.add(k);
      }
    }
    AtomicInteger done = new AtomicInteger(reused);
    progress.accept(reused);
    InteriorPrior prior = new InteriorPrior(manifest.prior());
    InteriorSolver solver = new InteriorSolver(manifest.solver());
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "interior-database");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> jobs = new ArrayList<>();
      for (int k : missing) {
        jobs.add(pool.submit(() -> writeChunk(dir, k, prior, solver, done, progress)));
      }
      for (Future<?> f : jobs) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("database generation interrupted; rerun the same command to resume", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) * 1e-9;
    if (!missing.isEmpty()) {
      GenerationLog.append(dir, new GenerationLog.Run(Provenance.current(manifest.seed(), manifest.fingerprint()),
          threads, missing, seconds));
    }
    return new Summary(missing.size(), manifest.chunks() - missing.size(), seconds);
  }

  /** @return planet i of the database (the row its chunk holds) */
  public double[] planet(int i, InteriorPrior prior, InteriorSolver solver) {
    return PlanetRow.simulate(prior, solver, new Rng(manifest.seed()).stream("planet").stream(i));
  }

  private void prepare(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
    if (Files.isRegularFile(dir.resolve(DatabaseManifest.FILE))) {
      DatabaseManifest existing = DatabaseManifest.read(dir);
      if (!existing.equals(manifest)) {
        throw new IllegalArgumentException(dir + " holds a database made with other settings (" + existing
            + "); use another directory, or the same settings to resume it");
      }
    } else {
      manifest.write(dir);
    }
  }

  private void writeChunk(Path dir, int k, InteriorPrior prior, InteriorSolver solver, AtomicInteger done,
      IntConsumer progress) {
    int from = manifest.chunkStart(k);
    int to = manifest.chunkEnd(k);
    Matrix values = Matrix.zeros(Precision.FLOAT64, to - from, PlanetRow.COLUMNS.size());
    for (int i = from; i < to; i++) {
      double[] row = planet(i, prior, solver);
      for (int j = 0; j < row.length; j++) {
        values.set(i - from, j, row[j]);
      }
      int n = done.incrementAndGet();
      synchronized (progress) {
        progress.accept(n);
      }
    }
    CsvWriter.defaults().withNonFinite(NonFinitePolicy.ALLOW)
        .write(DatabaseManifest.chunkFile(dir, k), new CsvTable(PlanetRow.COLUMNS, values));
  }
}
