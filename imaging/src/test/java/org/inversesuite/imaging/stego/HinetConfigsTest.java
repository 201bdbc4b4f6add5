package org.inversesuite.imaging.stego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.nn.ConvNetKind;
import org.junit.jupiter.api.Test;

/** Every committed HiNet experiment config parses (unknown fields fail), and names its file. */
class HinetConfigsTest {
  @Test
  void everyHinetConfigParses() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("../experiments/imaging"))) {
      files = s.filter(p -> p.getFileName().toString().matches("hinet.*\\.json")).sorted().toList();
    }
    assertFalse(files.isEmpty());
    for (Path f : files) {
      HinetExperiment e = Json.mapper().readValue(f.toFile(), HinetExperiment.class);
      assertEquals(f.getFileName().toString().replace(".json", ""), e.name(), f.toString());
    }
  }

  /** Configs and model files written before the warm start existed read as starting from scratch. */
  @Test
  void anAbsentInitialModelMeansNoWarmStart() throws IOException {
    HinetExperiment e = Json.mapper().readValue(Path.of("../experiments/imaging/hinet.json").toFile(),
        HinetExperiment.class);
    assertNull(e.initialModel());
  }

  /** Configs and model files written before the subnet kind existed read as plain subnets. */
  @Test
  void anAbsentSubnetKindMeansPlain() throws IOException {
    HinetExperiment e = Json.mapper().readValue(Path.of("../experiments/imaging/hinet.json").toFile(),
        HinetExperiment.class);
    assertEquals(ConvNetKind.PLAIN, e.network().subnetKind());
    assertEquals(ConvNetKind.PLAIN, e.network().subnet().kind());
  }

  /** Configs and model files written before the penalty on r existed read as HiNet's loss (λ_z = 0). */
  @Test
  void anAbsentLostWeightMeansNoPenaltyOnR() throws IOException {
    HinetExperiment e = Json.mapper().readValue(Path.of("../experiments/imaging/hinet.json").toFile(),
        HinetExperiment.class);
    assertEquals(0.0, e.loss().lost());
    HinetLoss given = Json.mapper().readValue("{\"guide\": 1, \"lowFrequency\": 1, \"reconstruction\": 1, \"lost\": 2.5}",
        HinetLoss.class);
    assertEquals(2.5, given.lost());
    assertThrows(IllegalArgumentException.class, () -> new HinetLoss(1, 1, 1, -1.0));
  }
}
