package org.inversesuite.cli.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every shipped config parses, and bad configs get messages naming the file, line and field. */
class ExperimentFilesTest {
  static final Path EXPERIMENTS = Path.of("..", "experiments");

  @TempDir
  Path dir;

  @Test
  void everyShippedConfigParses() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(EXPERIMENTS)) {
      // experiments/spark holds simulation specs, checked by the spark module's SimulationSpecTest
      files = s.filter(p -> p.toString().endsWith(".json") && !p.startsWith(EXPERIMENTS.resolve("spark")))
          .filter(ExperimentFilesTest::isTrainConfig).toList();
    }
    assertFalse(files.isEmpty(), "no configs found under " + EXPERIMENTS.toAbsolutePath());
    for (Path f : files) {
      ExperimentConfig c = ExperimentFiles.read(f, List.of());
      ProblemCatalog.byId(c.problem());
    }
  }

  @Test
  void shippedIkConfigIsTheEmbeddedDefault() {
    assertEquals(ExperimentConfig.inverseKinematicsDefault(),
        ExperimentFiles.read(EXPERIMENTS.resolve("ik/ik-cinn.json"), List.of()));
  }

  /** Configs of {@code inverse train} name a problem; domain commands have configs of their own schema. */
  private static boolean isTrainConfig(Path p) {
    try {
      return org.inversesuite.core.config.Json.mapper().readTree(p.toFile()).has("problem");
    } catch (IOException e) {
      return true; // unreadable: let ExperimentFiles.read report it
    }
  }

  private Path write(String json) throws IOException {
    Path f = dir.resolve("c.json");
    Files.writeString(f, json);
    return f;
  }

  private String defaultJsonWith(String from, String to) throws IOException {
    String text = Files.readString(EXPERIMENTS.resolve("ik/ik-cinn.json"));
    assertTrue(text.contains(from), from);
    return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
  }

  @Test
  void unknownFieldIsNamedWithFileAndLine() throws IOException {
    String text = defaultJsonWith("\"batchSize\" : 512", "\"batchSise\" : 512");
    Path f = write(text);
    int line = text.substring(0, text.indexOf("batchSise")).split("\n", -1).length;
    var e = assertThrows(ExperimentFiles.ConfigException.class, () -> ExperimentFiles.read(f, List.of()));
    assertTrue(e.getMessage().contains("unknown field 'batchSise' in 'training'"), e.getMessage());
    assertTrue(e.getMessage().startsWith(f + ":" + line + ":"), "line " + line + ": " + e.getMessage());
    Path g = write(defaultJsonWith("\"clampActivation\" : \"ATAN\"", "\"clampActivaton\" : \"ATAN\""));
    int line2 = Files.readString(g).substring(0, Files.readString(g).indexOf("clampActivaton")).split("\n", -1).length;
    var e2 = assertThrows(ExperimentFiles.ConfigException.class, () -> ExperimentFiles.read(g, List.of()));
    assertTrue(e2.getMessage().contains("'flow.blocks[0]'") && e2.getMessage().startsWith(g + ":" + line2 + ":"),
        e2.getMessage());
    assertTrue(e.getMessage().contains("batchSize"), "lists the known fields: " + e.getMessage());
  }

  @Test
  void outOfRangeAndWrongTypeAreNamed() throws IOException {
    Path f = write(defaultJsonWith("\"batchSize\" : 512", "\"batchSize\" : 1"));
    var e = assertThrows(ExperimentFiles.ConfigException.class, () -> ExperimentFiles.read(f, List.of()));
    assertTrue(e.getMessage().contains("batchSize must be >= 2, got 1"), e.getMessage());
    Path g = write(defaultJsonWith("\"batchSize\" : 512", "\"batchSize\" : \"many\""));
    var e2 = assertThrows(ExperimentFiles.ConfigException.class, () -> ExperimentFiles.read(g, List.of()));
    assertTrue(e2.getMessage().contains("training.batchSize") || e2.getMessage().contains("'training.batchSize'"),
        e2.getMessage());
    Path h = write(defaultJsonWith("\"ATAN\"", "\"ATAM\""));
    var e3 = assertThrows(ExperimentFiles.ConfigException.class, () -> ExperimentFiles.read(h, List.of()));
    assertTrue(e3.getMessage().contains("ATAM"), e3.getMessage());
  }

  @Test
  void brokenJsonAndMissingFileAreReported() throws IOException {
    Path f = write("{ \"name\": ");
    var e = assertThrows(ExperimentFiles.ConfigException.class, () -> ExperimentFiles.read(f, List.of()));
    assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    Path missing = dir.resolve("nope.json");
    var e2 = assertThrows(ExperimentFiles.ConfigException.class, () -> ExperimentFiles.read(missing, List.of()));
    assertTrue(e2.getMessage().contains(missing.toString()), e2.getMessage());
  }

  @Test
  void overridesChangeOneFieldAndRefuseUnknownOnes() {
    ExperimentConfig c = ExperimentFiles.withOverrides(ExperimentConfig.inverseKinematicsDefault(),
        List.of("training.learningRate=5e-4", "training.seed=7", "name=short"));
    assertEquals(5e-4, c.training().learningRate());
    assertEquals(7, c.training().seed());
    assertEquals("short", c.name());
    var e = assertThrows(ExperimentFiles.ConfigException.class, () -> ExperimentFiles.withOverrides(
        ExperimentConfig.inverseKinematicsDefault(), List.of("training.lr=5e-4")));
    assertTrue(e.getMessage().contains("no field 'lr'") && e.getMessage().contains("learningRate"), e.getMessage());
  }
}
