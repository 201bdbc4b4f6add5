package org.inversesuite.airfoil.design;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.inversesuite.airfoil.solver.AirfoilSolver;
import org.inversesuite.airfoil.solver.ViscousPanelSolver;
import org.inversesuite.core.random.Rng;
import org.inversesuite.data.generate.ChunkedGeneration;

/**
 * Simulates a design data set: design i is drawn from the stream {@code Rng(seed).stream("design")
 * .stream(i)}, so the rows do not depend on the number of threads or on how often the run was
 * interrupted. Designs are written in chunks of {@code chunkSize} rows, each chunk atomically
 * (temporary file, then rename), so a chunk file on disk is always complete: a resumed run skips
 * the chunks that exist and computes only the missing ones. The {@link DatasetManifest} written
 * first pins the settings; resuming a directory with other settings is refused, except for growing
 * it: more rows with the same settings extend a data set whose row count is a multiple of the
 * chunk size (its rows are unchanged, new chunks are added). With polar angles in the manifest
 * each design is one polar at those angles ({@link DesignPolar}); its shape and Reynolds number
 * are design i's draw, the same as in a data set of drawn angles with the same seed.
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
    prepare(dir);
    AirfoilSolver solver = new ViscousPanelSolver(manifest.solver());
    ChunkedGeneration table = new ChunkedGeneration(manifest.rows(), manifest.chunkSize(), manifest.chunkColumns(),
        k -> DatasetManifest.chunkFile(dir, k));
    List<Double> alphas = manifest.alphas();
    ChunkedGeneration.Result run = table.fill(manifest.polars()
        ? i -> DesignPolar.evaluate(point(i), alphas, solver).row()
        : i -> DesignCase.evaluate(point(i), solver).row(), threads, "airfoil-dataset", progress);
    Map<CaseStatus, Integer> counts = DesignDataset.read(dir).statusCounts();
    return new GenerationSummary(counts, manifest.polars() ? "polar points" : "designs", run.computed().size(),
        run.reused(), run.seconds());
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
      } else if (!existing.solverVersion().equals(manifest.solverVersion())) {
        throw new IllegalArgumentException(dir + " holds rows computed by solver version " + existing.solverVersion()
            + ", this solver is version " + manifest.solverVersion() + "; rows of two versions would mix, so"
            + " generate the data set again in another directory");
      } else if (!existing.equals(manifest)) {
        throw new IllegalArgumentException(dir + " holds a data set made with other settings (" + existing
            + "); use another directory, or the same settings to resume it");
      }
    } else {
      manifest.write(dir);
    }
  }
}
