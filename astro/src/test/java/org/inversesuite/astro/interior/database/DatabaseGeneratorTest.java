package org.inversesuite.astro.interior.database;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.inversesuite.astro.interior.Composition;
import org.inversesuite.astro.interior.InteriorPriorConfig;
import org.inversesuite.astro.interior.InteriorSolver;
import org.inversesuite.astro.interior.InteriorSolverConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseGeneratorTest {
  @TempDir
  Path dir;

  private static DatabaseManifest manifest(int rows) {
    return new DatabaseManifest(InteriorPriorConfig.defaults(), InteriorSolverConfig.fast(), rows, 7, 42);
  }

  private static String chunks(Path d, int count) throws Exception {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < count; k++) {
      b.append(Files.readString(DatabaseManifest.chunkFile(d, k)));
    }
    return b.toString();
  }

  @Test
  void oneAndTwoThreadsWriteIdenticalFiles() throws Exception {
    DatabaseManifest m = manifest(20);
    new DatabaseGenerator(m, 1).generate(dir.resolve("one"), n -> { });
    DatabaseGenerator.Summary two = new DatabaseGenerator(m, 2).generate(dir.resolve("two"), n -> { });
    assertEquals(3, two.chunksComputed());
    assertEquals(chunks(dir.resolve("one"), 3), chunks(dir.resolve("two"), 3));
    InteriorDatabase db = InteriorDatabase.read(dir.resolve("two"));
    assertEquals(20, db.size());
    assertEquals(20, db.solvedCount());
    // every stored radius is the solver's radius of the stored mass and composition
    InteriorSolver solver = new InteriorSolver(InteriorSolverConfig.fast());
    for (int i = 0; i < db.size(); i += 5) {
      double[] r = db.solved().toRows()[i];
      assertEquals(solver.solve(r[3], new Composition(r[0], r[1], r[2])).radius(), r[4], 1e-12);
    }
    assertEquals(1, GenerationLog.read(dir.resolve("two")).size());
    assertEquals(m.fingerprint(), GenerationLog.read(dir.resolve("two")).get(0).provenance().dataFingerprint());
  }

  @Test
  void resumeComputesOnlyMissingChunksAndGivesTheSameRows() throws Exception {
    DatabaseManifest m = manifest(20);
    Path d = dir.resolve("db");
    new DatabaseGenerator(m, 2).generate(d, n -> { });
    String full = chunks(d, 3);
    Files.delete(DatabaseManifest.chunkFile(d, 1));
    assertThrows(IllegalArgumentException.class, () -> InteriorDatabase.read(d));
    int[] last = new int[1];
    DatabaseGenerator.Summary s = new DatabaseGenerator(m, 1).generate(d, n -> last[0] = n);
    assertEquals(1, s.chunksComputed());
    assertEquals(2, s.chunksReused());
    assertEquals(20, last[0]);
    assertEquals(full, chunks(d, 3));
    assertEquals(2, GenerationLog.read(d).size());
    assertEquals(java.util.List.of(1), GenerationLog.read(d).get(1).chunks());
    DatabaseGenerator.Summary none = new DatabaseGenerator(m, 2).generate(d, n -> { });
    assertEquals(0, none.chunksComputed());
    assertEquals(2, GenerationLog.read(d).size());
  }

  @Test
  void otherSettingsAreRefused() {
    Path d = dir.resolve("db");
    new DatabaseGenerator(manifest(8), 1).generate(d, n -> { });
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new DatabaseGenerator(manifest(9), 1).generate(d, n -> { }));
    assertTrue(e.getMessage().contains("other settings"), e.getMessage());
    assertArrayEquals(manifest(8).toString().toCharArray(), DatabaseManifest.read(d).toString().toCharArray());
  }
}
