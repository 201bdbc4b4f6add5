package org.inversesuite.astro.interior.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntConsumer;
import org.inversesuite.astro.interior.InteriorPrior;
import org.inversesuite.astro.interior.InteriorSolver;
import org.inversesuite.core.config.Provenance;
import org.inversesuite.core.random.Rng;
import org.inversesuite.data.generate.ChunkedGeneration;

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
    prepare(dir);
    InteriorPrior prior = new InteriorPrior(manifest.prior());
    InteriorSolver solver = new InteriorSolver(manifest.solver());
    ChunkedGeneration table = new ChunkedGeneration(manifest.rows(), manifest.chunkSize(), PlanetRow.COLUMNS,
        k -> DatabaseManifest.chunkFile(dir, k));
    ChunkedGeneration.Result run = table.fill(i -> planet(i, prior, solver), threads, "interior-database", progress);
    if (!run.computed().isEmpty()) {
      GenerationLog.append(dir, new GenerationLog.Run(Provenance.current(manifest.seed(), manifest.fingerprint()),
          threads, run.computed(), run.seconds()));
    }
    return new Summary(run.computed().size(), run.reused(), run.seconds());
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
}
