package org.inversesuite.spark.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.inversesuite.spark.problem.SimulationSpec;
import org.junit.jupiter.api.Test;

/** The shipped simulation configs parse and build their problems; bad ones are refused with the place named. */
class SimulationSpecTest {
  static final Path CONFIGS = Path.of("..", "experiments", "spark");

  @Test
  void everyShippedSpecParses() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(CONFIGS)) {
      files = s.filter(p -> p.toString().endsWith(".json")).toList();
    }
    assertFalse(files.isEmpty());
    for (Path f : files) {
      SimulationSpec spec = SimulationSpec.read(f);
      assertEquals(spec, SimulationSpec.parse(spec.toJson(), "round trip"));
    }
  }

  @Test
  void refusesUnknownFieldsAndBadOptionsNamingThem() {
    var e = assertThrows(IllegalArgumentException.class, () -> SimulationSpec.parse(
        "{\"name\":\"a\",\"problem\":\"inverse-kinematics\",\"options\":{},\"blockRow\":5,\"chunkBlocks\":1,\"seed\":1}", "cfg.json"));
    assertTrue(e.getMessage().startsWith("cfg.json") && e.getMessage().contains("blockRow"), e.getMessage());
    var e2 = assertThrows(IllegalArgumentException.class, () -> SimulationSpec.parse(
        "{\"name\":\"a\",\"problem\":\"planet-interior\",\"options\":{\"prior\":{\"massMin\":1,\"massMax\":2},"
            + "\"solver\":{\"relativeTolerance\":1e-7,\"absoluteTolerance\":1e-9,\"massTolerance\":1e-7,"
            + "\"maxIntegrations\":100},\"massError\":-1,\"radiusError\":0.1},"
            + "\"blockRows\":5,\"chunkBlocks\":1,\"seed\":1}", "cfg.json"));
    assertTrue(e2.getMessage().contains("fractional errors"), e2.getMessage());
    var e3 = assertThrows(IllegalArgumentException.class, () -> SimulationSpec.parse(
        "{\"name\":\"a\",\"problem\":\"nope\",\"options\":{},\"blockRows\":5,\"chunkBlocks\":1,\"seed\":1}", "cfg.json"));
    assertTrue(e3.getMessage().contains("known problems"), e3.getMessage());
  }
}
