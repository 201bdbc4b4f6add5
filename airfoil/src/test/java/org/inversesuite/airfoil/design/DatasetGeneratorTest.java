package org.inversesuite.airfoil.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.inversesuite.airfoil.solver.SolverConfig;
import org.inversesuite.airfoil.solver.ViscousPanelSolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetGeneratorTest {
  private static final DatasetManifest SMALL = new DatasetManifest(DesignSpace.defaults(), SolverConfig.defaults(), 5,
      2, 42);

  @Test
  void sameSeedGivesTheSameRowsForAnyThreadCountAndResumesOnlyMissingChunks(@TempDir Path tmp) throws Exception {
    Path one = tmp.resolve("one");
    Path two = tmp.resolve("two");
    GenerationSummary a = new DatasetGenerator(SMALL, 1).generate(one, n -> {});
    GenerationSummary b = new DatasetGenerator(SMALL, 2).generate(two, n -> {});
    assertEquals(5, a.total());
    assertEquals(3, a.chunksComputed());
    for (int k = 0; k < SMALL.chunks(); k++) {
      assertEquals(Files.readString(DatasetManifest.chunkFile(one, k)), Files.readString(DatasetManifest.chunkFile(two, k)));
    }
    // the rows are the solver's answers for the drawn designs
    DesignDataset read = DesignDataset.read(one);
    DesignCase third = DesignCase.evaluate(new DatasetGenerator(SMALL, 1).point(2),
        new ViscousPanelSolver(SolverConfig.defaults()));
    assertArrayEquals(third.row(), read.rows().values().toRows()[2], 1e-12);

    // a crash that lost chunk 1: only it is recomputed, identically
    String lost = Files.readString(DatasetManifest.chunkFile(one, 1));
    Files.delete(DatasetManifest.chunkFile(one, 1));
    GenerationSummary resumed = new DatasetGenerator(SMALL, 2).generate(one, n -> {});
    assertEquals(1, resumed.chunksComputed());
    assertEquals(2, resumed.chunksReused());
    assertEquals(lost, Files.readString(DatasetManifest.chunkFile(one, 1)));
    assertEquals(a.counts(), resumed.counts());
  }

  @Test
  void growsADataSetWithoutChangingItsRows(@TempDir Path tmp) throws Exception {
    DatasetManifest two = new DatasetManifest(DesignSpace.defaults(), SolverConfig.defaults(), 2, 1, 5);
    new DatasetGenerator(two, 1).generate(tmp, n -> {});
    String first = Files.readString(DatasetManifest.chunkFile(tmp, 0));
    GenerationSummary grown = new DatasetGenerator(two.grownTo(3), 1).generate(tmp, n -> {});
    assertEquals(1, grown.chunksComputed());
    assertEquals(3, grown.total());
    assertEquals(first, Files.readString(DatasetManifest.chunkFile(tmp, 0)));
    assertEquals(3, DatasetManifest.read(tmp).rows());
  }

  @Test
  void refusesToMixSettingsInOneDirectory(@TempDir Path tmp) {
    DatasetManifest tiny = new DatasetManifest(DesignSpace.defaults(), SolverConfig.defaults(), 1, 1, 1);
    new DatasetGenerator(tiny, 1).generate(tmp, n -> {});
    DatasetManifest other = new DatasetManifest(DesignSpace.defaults(), SolverConfig.defaults(), 1, 1, 2);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new DatasetGenerator(other, 1).generate(tmp, n -> {}));
    assertTrue(e.getMessage().contains("other settings"), e.getMessage());
  }

  @Test
  void refusesToResumeRowsOfAnotherSolverVersion(@TempDir Path tmp) throws Exception {
    DatasetManifest one = new DatasetManifest(DesignSpace.defaults(), SolverConfig.defaults(), 2, 1, 1);
    new DatasetGenerator(one.grownTo(1), 1).generate(tmp, n -> {});
    Path file = tmp.resolve(DatasetManifest.FILE);
    String written = Files.readString(file);
    String versionField = ",\\s*\"solverVersion\"\\s*:\\s*\"" + ViscousPanelSolver.MODEL_VERSION + "\"";
    String older = written.replaceAll(versionField, "");
    assertTrue(older.length() < written.length(), written);
    Files.writeString(file, older);
    assertEquals(DatasetManifest.UNRECORDED, DatasetManifest.read(tmp).solverVersion());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new DatasetGenerator(one, 1).generate(tmp, n -> {}));
    assertTrue(e.getMessage().contains("solver version " + DatasetManifest.UNRECORDED), e.getMessage());
    assertEquals(1, DatasetManifest.read(tmp).rows());
  }

  @Test
  void readingAnIncompleteDataSetNamesTheMissingChunk(@TempDir Path tmp) throws Exception {
    DatasetManifest m = new DatasetManifest(DesignSpace.defaults(), SolverConfig.defaults(), 3, 1, 1);
    m.write(tmp);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DesignDataset.read(tmp));
    assertTrue(e.getMessage().contains("chunk-00000.csv"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> DesignDataset.read(tmp.resolve("nothing")));
  }
}
