package org.inversesuite.cli.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.inversesuite.core.experiment.ExperimentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every shipped experiment config goes to exactly one kind and binds to its record. */
class ExperimentKindsTest {
  @TempDir
  Path dir;

  @Test
  void everyImagingConfigRoutesToItsKindAndTheCinnConfigsToTheGenericPath() throws Exception {
    try (Stream<Path> files = Files.list(ExperimentFilesTest.EXPERIMENTS.resolve("imaging"))) {
      List<Path> configs = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      assertTrue(configs.size() >= 30, "the imaging configs: " + configs);
      for (Path c : configs) {
        ExperimentFiles.Tree tree = ExperimentFiles.tree(c, List.of());
        ExperimentKind<?> kind = ExperimentKinds.of(tree).orElseThrow(() -> new AssertionError(c + " is not routed"));
        Object bound = ExperimentFiles.bind(tree, kind.configType());
        assertNotNull(bound, c.toString());
        String expected = c.getFileName().toString().startsWith("hinet") ? "HiNet steganography"
            : c.getFileName().toString().startsWith("invdn") ? "InvDN denoiser" : "WINNet denoiser";
        assertEquals(expected, kind.label(), c.toString());
      }
    }
    for (String cinn : List.of("ik-cinn.json", "ik-graph.json")) {
      assertTrue(ExperimentKinds.of(ExperimentFiles.tree(ExperimentFilesTest.EXPERIMENTS.resolve("ik").resolve(cinn),
          List.of())).isEmpty(), cinn);
    }
  }

  @Test
  void aConfigMixingTwoKindsIsRefused() throws Exception {
    Path mixed = Files.writeString(dir.resolve("mixed.json"), "{\"problem\": \"inverse-kinematics\", \"levels\": 4}");
    ExperimentFiles.ConfigException e = assertThrows(ExperimentFiles.ConfigException.class,
        () -> ExperimentKinds.of(ExperimentFiles.tree(mixed, List.of())));
    assertTrue(e.getMessage().contains("mixes the fields of several kinds") && e.getMessage().contains("\"levels\""),
        e.getMessage());
  }
}
