package org.inversesuite.cli.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script turns the saved or exported width into {@code -XX:MaxVectorSize}, before JAVA_OPTS, and gives
 * the airfoil data set its larger young generation unless JAVA_OPTS are set.
 */
class LauncherOptionsTest {
  private static final Path LAUNCHER = Path.of("src/main/dist/bin/inverse");

  @TempDir
  Path dir;

  /** Result of the launcher with a stand-in java that prints its arguments one per line. */
  private record Launch(int code, List<String> javaArguments, String errors) {}

  private Launch launch(Map<String, String> environment) throws Exception {
    return launch(environment, "list");
  }

  private Launch launch(Map<String, String> environment, String... command) throws Exception {
    Path fakeJava = dir.resolve("java");
    Files.writeString(fakeJava, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
    assertTrue(fakeJava.toFile().setExecutable(true));
    List<String> line = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
    line.addAll(List.of(command));
    ProcessBuilder pb = new ProcessBuilder(line);
    pb.environment().remove("INVERSE_VECTOR_BITS");
    pb.environment().remove("JAVA_OPTS");
    pb.environment().put("JAVA", fakeJava.toString());
    pb.environment().put("INVERSE_CONFIG_HOME", dir.resolve("config").toString());
    pb.environment().putAll(environment);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Launch(p.waitFor(), out.lines().toList(), err);
  }

  private static List<String> widthOptions(Launch l) {
    return l.javaArguments().stream().filter(a -> a.startsWith("-XX:MaxVectorSize")).toList();
  }

  @Test
  void withoutASettingTheJvmKeepsItsWidestVectors() throws Exception {
    Launch l = launch(Map.of());
    assertEquals(0, l.code(), l.errors());
    assertEquals(List.of(), widthOptions(l));
    assertEquals("list", l.javaArguments().get(l.javaArguments().size() - 1));
  }

  @Test
  void theSavedWidthBecomesMaxVectorSizeInBytes() throws Exception {
    new VectorBitsSetting(dir.resolve("config").resolve(VectorBitsSetting.FILE_NAME)).write(256);
    assertEquals(List.of("-XX:MaxVectorSize=32"), widthOptions(launch(Map.of())));
  }

  @Test
  void theEnvironmentOverridesTheSavedWidthAndJavaOptsComeLast() throws Exception {
    new VectorBitsSetting(dir.resolve("config").resolve(VectorBitsSetting.FILE_NAME)).write(256);
    assertEquals(List.of("-XX:MaxVectorSize=16"), widthOptions(launch(Map.of("INVERSE_VECTOR_BITS", "128"))));
    assertEquals(List.of(), widthOptions(launch(Map.of("INVERSE_VECTOR_BITS", "default"))));
    Launch l = launch(Map.of("JAVA_OPTS", "-Xmx1g -XX:MaxVectorSize=64"));
    assertEquals(List.of("-XX:MaxVectorSize=32", "-XX:MaxVectorSize=64"), widthOptions(l), "the last one wins");
    assertFalse(l.javaArguments().contains("-Xmx4g"), "JAVA_OPTS replace the default options");
  }

  @Test
  void aBadSavedWidthStopsWithAMessageNamingTheFile() throws Exception {
    Path file = dir.resolve("config").resolve(VectorBitsSetting.FILE_NAME);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "wide\n");
    Launch l = launch(Map.of());
    assertEquals(2, l.code());
    assertTrue(l.errors().contains(file.toString()) && l.errors().contains("'wide'"), l.errors());
    assertEquals(List.of(), l.javaArguments(), "java is not started");
  }

  @Test
  void theAirfoilDataSetGetsALargerYoungGenerationUnlessJavaOptsAreSet() throws Exception {
    Launch dataset = launch(Map.of(), "airfoil", "dataset", "--rows", "10");
    assertEquals(0, dataset.code(), dataset.errors());
    assertTrue(dataset.javaArguments().containsAll(List.of("-Xms256m", "-Xmn192m", "-XX:+UseSerialGC")),
        dataset.javaArguments().toString());
    assertEquals(List.of("airfoil", "dataset", "--rows", "10"),
        dataset.javaArguments().subList(dataset.javaArguments().size() - 4, dataset.javaArguments().size()));
    Launch polar = launch(Map.of(), "airfoil", "polar", "naca2412");
    assertTrue(polar.javaArguments().containsAll(List.of("-Xms64m", "-Xmx4g", "-XX:+UseSerialGC")));
    assertFalse(polar.javaArguments().contains("-Xmn192m"), "other commands keep the small heap");
    Launch own = launch(Map.of("JAVA_OPTS", "-Xmx2g"), "airfoil", "dataset");
    assertTrue(own.javaArguments().contains("-Xmx2g"));
    assertFalse(own.javaArguments().contains("-Xmn192m"), "JAVA_OPTS replace the default options");
  }
}
