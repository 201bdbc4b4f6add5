package org.inversesuite.astro.interior.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.inversesuite.astro.interior.InteriorPriorConfig;
import org.inversesuite.astro.interior.InteriorSolverConfig;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.config.Provenance;
import org.inversesuite.core.io.AtomicFiles;

/**
 * The settings of an interior database, written to {@value #FILE} before the first chunk so that
 * resuming with other settings is refused instead of mixing two databases. Everything that
 * decides the rows is here (prior, solver tolerances, size, chunking, seed); the code version
 * and machine of each generation run are in {@link GenerationLog}.
 *
 * @param prior the mass range (compositions are uniform on the simplex)
 * @param solver the structure solver's tolerances
 * @param rows number of planets
 * @param chunkSize planets per chunk file (the unit of resumption)
 * @param seed seed of the draws: planet i comes from {@code Rng(seed).stream("planet").stream(i)}
 */
public record DatabaseManifest(InteriorPriorConfig prior, InteriorSolverConfig solver, int rows, int chunkSize,
    long seed) {
  /** File name of the manifest inside the database directory. */
  public static final String FILE = "manifest.json";

  /** Checks the sizes. */
  public DatabaseManifest {
    if (prior == null || solver == null) {
      throw new IllegalArgumentException("a database needs prior and solver settings");
    }
    if (rows < 1 || chunkSize < 1) {
      throw new IllegalArgumentException("rows and chunkSize must be >= 1, got " + rows + " and " + chunkSize);
    }
  }

  /** @return the number of chunk files */
  public int chunks() {
    return (rows + chunkSize - 1) / chunkSize;
  }

  /** @return the first row of chunk k */
  public int chunkStart(int k) {
    return k * chunkSize;
  }

  /** @return one past the last row of chunk k */
  public int chunkEnd(int k) {
    return Math.min(rows, (k + 1) * chunkSize);
  }

  /** @return the file of chunk k */
  public static Path chunkFile(Path dir, int k) {
    return dir.resolve(String.format(Locale.ROOT, "chunk-%05d.csv", k));
  }

  /** @return SHA-256 of the manifest's JSON: the data fingerprint of models trained on it */
  public String fingerprint() {
    try {
      return Provenance.sha256(Json.mapper().writeValueAsBytes(this));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes this manifest atomically into {@code dir}. */
  public void write(Path dir) {
    try {
      AtomicFiles.write(dir.resolve(FILE), Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(this));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir.resolve(FILE), e);
    }
  }

  /**
   * @return the manifest of {@code dir}
   * @throws IllegalArgumentException if it is missing or unreadable, naming the file
   */
  public static DatabaseManifest read(Path dir) {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("not an interior database: " + file + " is missing (create one with "
          + "'inverse astro interior dataset')");
    }
    try {
      return Json.mapper().readValue(file.toFile(), DatabaseManifest.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
