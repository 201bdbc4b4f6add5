package org.inversesuite.airfoil.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inversesuite.airfoil.solver.SolverConfig;
import org.inversesuite.airfoil.solver.TurbulentModel;
import org.inversesuite.core.config.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A manifest written before the turbulent model was a solver setting (no {@code turbulentModel} in
 * its solver block) reads back as Head's method, equal to the manifest the current defaults write,
 * so that existing data sets still grow; the field round-trips when present.
 */
class DatasetManifestCompatibilityTest {
  @Test
  void manifestWithoutTurbulentModelReadsAsHead(@TempDir Path dir) throws Exception {
    DatasetManifest current = new DatasetManifest(DesignSpace.defaults(), SolverConfig.defaults(), 40, 10, 7);
    current.write(dir);
    Path file = dir.resolve(DatasetManifest.FILE);
    ObjectNode tree = (ObjectNode) Json.mapper().readTree(file.toFile());
    assertTrue(tree.get("solver").has("turbulentModel"), "the current manifest records the turbulent model");
    ((ObjectNode) tree.get("solver")).remove("turbulentModel");
    Files.write(file, Json.mapper().writeValueAsBytes(tree));
    DatasetManifest old = DatasetManifest.read(dir);
    assertEquals(TurbulentModel.HEAD, old.solver().turbulentModel());
    assertEquals(current, old);
  }

  @Test
  void laggedModelRoundTrips(@TempDir Path dir) {
    SolverConfig lagged = SolverConfig.defaults().withTurbulentModel(TurbulentModel.HEAD_LAGGED);
    DatasetManifest m = new DatasetManifest(DesignSpace.defaults(), lagged, 40, 10, 7);
    m.write(dir);
    assertEquals(m, DatasetManifest.read(dir));
  }
}
