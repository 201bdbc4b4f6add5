package org.inversesuite.airfoil.design;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.inversesuite.airfoil.solver.FlowCondition;
import org.inversesuite.airfoil.solver.SolverConfig;
import org.inversesuite.airfoil.solver.TurbulentModel;
import org.inversesuite.airfoil.solver.ViscousPanelSolver;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.io.AtomicFiles;

/**
 * What a design data set directory holds and how it was made: written before the first chunk,
 * so that resuming with different settings is refused instead of mixing two data sets.
 *
 * @param space the design space
 * @param solver the solver settings
 * @param rows number of designs
 * @param chunkSize designs per chunk file
 * @param seed seed of the design draws
 * @param solverVersion {@link ViscousPanelSolver#MODEL_VERSION} of the solver that computed the
 *     rows ("unrecorded" in manifests written before versions were recorded), so that a resume
 *     never mixes rows of two solver versions
 * @param alphas empty: each design is simulated at its drawn angle (one row per design); otherwise
 *     each design's shape and Reynolds number are simulated as a polar at these angles, in this
 *     order (one warm-started sweep and one row per design, {@link DesignPolar}); manifests
 *     written before polar data sets existed read as empty
 */
public record DatasetManifest(DesignSpace space, SolverConfig solver, int rows, int chunkSize, long seed,
    String solverVersion, List<Double> alphas) {
  /** File name of the manifest inside the data set directory. */
  public static final String FILE = "manifest.json";

  /** Version recorded for manifests written before the solver version was recorded. */
  public static final String UNRECORDED = "unrecorded";

  /** Checks the sizes. */
  public DatasetManifest {
    if (rows < 1 || chunkSize < 1) {
      throw new IllegalArgumentException("rows and chunk size must be >= 1, got " + rows + " and " + chunkSize);
    }
    if (solverVersion == null || solverVersion.isBlank()) {
      solverVersion = UNRECORDED;
    }
    alphas = alphas == null ? List.of() : List.copyOf(alphas);
    Set<Double> seen = new HashSet<>();
    for (double a : alphas) {
      if (!(a >= FlowCondition.MIN_ALPHA && a <= FlowCondition.MAX_ALPHA)) {
        throw new IllegalArgumentException("polar angle " + a + " deg is outside the solver's range ["
            + FlowCondition.MIN_ALPHA + ", " + FlowCondition.MAX_ALPHA + "]");
      }
      if (!seen.add(a)) {
        throw new IllegalArgumentException("polar angle " + a + " deg is listed twice in " + alphas);
      }
    }
  }

  /** A manifest for rows computed by the current solver version, each design at its drawn angle. */
  public DatasetManifest(DesignSpace space, SolverConfig solver, int rows, int chunkSize, long seed) {
    this(space, solver, rows, chunkSize, seed, ViscousPanelSolver.MODEL_VERSION, List.of());
  }

  /** @return this manifest with another number of rows */
  public DatasetManifest grownTo(int newRows) {
    return new DatasetManifest(space, solver, newRows, chunkSize, seed, solverVersion, alphas);
  }

  /** @return this manifest with every design simulated as a polar at {@code angles} (degrees) */
  public DatasetManifest withPolarAngles(List<Double> angles) {
    return new DatasetManifest(space, solver, rows, chunkSize, seed, solverVersion, angles);
  }

  /** @return true when each row is a polar at {@link #alphas} rather than one drawn angle */
  public boolean polars() {
    return !alphas.isEmpty();
  }

  /** @return the column names of a chunk file */
  public List<String> chunkColumns() {
    int d = space.shapeDimension();
    return polars() ? DesignPolar.columns(d, space.upperCount(), alphas.size())
        : DesignCase.columns(d, space.upperCount());
  }

  /** @return the number of chunk files */
  public int chunks() {
    return (rows + chunkSize - 1) / chunkSize;
  }

  /** @return the file of chunk k */
  public static Path chunkFile(Path dir, int k) {
    return dir.resolve(String.format(java.util.Locale.ROOT, "chunk-%05d.csv", k));
  }

  /** Writes this manifest atomically into {@code dir}. */
  public void write(Path dir) {
    try {
      AtomicFiles.write(dir.resolve(FILE), Json.mapper().writeValueAsBytes(this));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir.resolve(FILE), e);
    }
  }

  /**
   * @return the manifest of {@code dir}
   * @throws IllegalArgumentException if it is missing or unreadable, naming the file
   */
  public static DatasetManifest read(Path dir) {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("not a design data set: " + file + " is missing (create one with "
          + "'inverse airfoil dataset')");
    }
    try {
      JsonNode tree = Json.mapper().readTree(file.toFile());
      if (tree instanceof ObjectNode fields && !fields.has("solverVersion")) {
        fields.put("solverVersion", UNRECORDED);
      }
      // manifests written before polar data sets simulated each design at its drawn angle
      if (tree instanceof ObjectNode fields && !fields.has("alphas")) {
        fields.putArray("alphas");
      }
      // manifests written before the turbulent model was a solver setting used Head's method
      if (tree.get("solver") instanceof ObjectNode solver && !solver.has("turbulentModel")) {
        solver.put("turbulentModel", TurbulentModel.HEAD.name());
      }
      return Json.mapper().treeToValue(tree, DatasetManifest.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
