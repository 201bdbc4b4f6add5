package org.inversesuite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule of docs/performance.md, "One species per element type": main code uses the preferred Vector API species.
 * A fixed-width species beside the preferred one puts two vector classes of one element type into the Vector API's
 * shared type profiles, and the JIT then compiled the RV answer's double kernels well or badly by the order it met
 * them (docs/astro.md run 35). The places listed here are the documented exceptions.
 */
class VectorSpeciesRuleTest {
  private static final Pattern FIXED = Pattern.compile("SPECIES_(64|128|256|512)\\b|VectorShape\\.forBitSize");

  /** File name → why its fixed width does not mix with the preferred one where it runs. */
  private static final Map<String, String> EXCEPTIONS = Map.of(
      "VectorDot.java", "SPECIES_256 only where doubles have 4 lanes (the preferred width), SPECIES_512 where they have 8",
      "LaneAffineMap.java", "the fallback of FloatLaneAffineMap (clamp |α| of 80 to 700, or -XX:UseAVX=1's narrower"
          + " integer lanes) and the older kernel modes the benchmarks compare against; not in the default models' answers");

  @Test
  void mainCodeUsesThePreferredSpecies() throws IOException {
    List<String> found = new ArrayList<>();
    List<Path> roots;
    try (Stream<Path> modules = Files.list(ModuleDependencyTest.ROOT)) {
      roots = modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).toList();
    }
    assertTrue(roots.size() >= 5, "module sources not found under " + ModuleDependencyTest.ROOT.toAbsolutePath());
    for (Path root : roots) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          List<String> lines = Files.readAllLines(f);
          for (int i = 0; i < lines.size(); i++) {
            if (FIXED.matcher(lines.get(i)).find() && !EXCEPTIONS.containsKey(f.getFileName().toString())) {
              found.add(f + ":" + (i + 1) + ": " + lines.get(i).trim());
            }
          }
        }
      }
    }
    assertEquals(List.of(), found, "fixed-width Vector API species in main code (use SPECIES_PREFERRED)");
  }
}
