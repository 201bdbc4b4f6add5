package org.inversesuite.airfoil.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.inversesuite.airfoil.solver.AeroResult;
import org.inversesuite.airfoil.solver.SolverConfig;
import org.inversesuite.airfoil.solver.ViscousPanelSolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data set of polars ({@code inverse airfoil dataset --alphas}): each drawn shape solved as one
 * polar, written as one row, read back as one row per angle.
 */
class DatasetPolarsTest {
  private static final List<Double> ANGLES = List.of(0.0, 2.0, 4.0);
  private static final SolverConfig SOLVER = SolverConfig.defaults().withPanels(120);
  private static final DatasetManifest DRAWN = new DatasetManifest(DesignSpace.defaults(), SOLVER, 3, 2, 9);
  private static final DatasetManifest POLARS = DRAWN.withPolarAngles(ANGLES);

  @Test
  void eachRowIsTheSolversPolarOfTheShapeDrawnForThatDesign(@TempDir Path tmp) throws Exception {
    Path one = tmp.resolve("one");
    Path two = tmp.resolve("two");
    GenerationSummary a = new DatasetGenerator(POLARS, 1).generate(one, n -> {});
    new DatasetGenerator(POLARS, 2).generate(two, n -> {});
    for (int k = 0; k < POLARS.chunks(); k++) {
      assertEquals(Files.readString(DatasetManifest.chunkFile(one, k)), Files.readString(DatasetManifest.chunkFile(two, k)));
    }
    assertEquals(9, a.total());
    assertTrue(a.describe().contains("of 9 polar points usable"), a.describe());

    DesignDataset read = DesignDataset.read(one);
    assertEquals(DesignCase.columns(8, 4), read.rows().columns());
    assertEquals(9, read.rows().rows());
    ViscousPanelSolver solver = new ViscousPanelSolver(SOLVER);
    for (int design = 0; design < 3; design++) {
      // the same shape and Reynolds number as design i of the data set of drawn angles with this seed
      DesignPoint p = new DatasetGenerator(DRAWN, 1).point(design);
      List<AeroResult> polar = solver.polar(p.airfoil("cst"), p.reynolds(), ANGLES).points();
      for (int j = 0; j < ANGLES.size(); j++) {
        double[] row = read.rows().values().toRows()[3 * design + j];
        for (int c = 0; c < 8; c++) {
          assertEquals(p.coefficients()[c], row[c], 0, "design " + design + " coefficient " + c);
        }
        assertEquals(ANGLES.get(j), row[8], 0);
        assertEquals(p.reynolds(), row[9], 0);
        assertEquals(CaseStatus.of(polar.get(j).status()).code(), row[10], 0);
        if (polar.get(j).converged()) {
          assertEquals(polar.get(j).cl(), row[11], 1e-12 * Math.abs(polar.get(j).cl()), "design " + design + " angle " + j);
          assertEquals(polar.get(j).cd(), row[12], 1e-12 * polar.get(j).cd());
          assertEquals(row[11] / row[12], row[14], 1e-12 * Math.abs(row[14]));
        }
      }
    }

    // a lost chunk is recomputed alone, identically
    String lost = Files.readString(DatasetManifest.chunkFile(one, 1));
    Files.delete(DatasetManifest.chunkFile(one, 1));
    GenerationSummary resumed = new DatasetGenerator(POLARS, 2).generate(one, n -> {});
    assertEquals(1, resumed.chunksComputed());
    assertEquals(lost, Files.readString(DatasetManifest.chunkFile(one, 1)));

    // other angles, or drawn angles, in the same folder are other settings
    for (DatasetManifest other : List.of(DRAWN, DRAWN.withPolarAngles(List.of(0.0, 2.0)))) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new DatasetGenerator(other, 1).generate(one, n -> {}));
      assertTrue(e.getMessage().contains("other settings"), e.getMessage());
    }

    // shapes repeat across rows: every usable row names its design, so fits hold out whole shapes
    int[] usable = read.usableRows();
    int[] shapes = read.usableShapes();
    assertEquals(usable.length, read.training().size());
    assertEquals(usable.length, shapes.length);
    double[][] rows = read.rows().values().toRows();
    for (int r = 0; r < usable.length; r++) {
      assertEquals(CaseStatus.CONVERGED.code(), rows[usable[r]][10], 0, "row " + usable[r]);
      assertEquals(usable[r] / ANGLES.size(), shapes[r], "row " + usable[r]);
      assertArrayEquals(Arrays.copyOf(rows[3 * shapes[r]], 8), Arrays.copyOf(rows[usable[r]], 8), 0,
          "row " + usable[r] + " has its shape's coefficients");
    }
  }

  @Test
  void aPolarRowReadsBackAsTheCasesOfItsAngles() {
    FakeSolver fake = new FakeSolver();
    DesignPoint p = new DatasetGenerator(DRAWN, 1).point(0);
    DesignPolar polar = DesignPolar.evaluate(p, ANGLES, fake);
    assertEquals(3, fake.calls);
    double[][] rows = DesignPolar.singleAngleRows(polar.row(), 8);
    assertEquals(3, rows.length);
    for (int j = 0; j < 3; j++) {
      assertEquals(ANGLES.get(j), polar.cases().get(j).point().alphaDegrees(), 0);
      assertArrayEquals(polar.cases().get(j).row(), rows[j], 0);
      assertArrayEquals(DesignCase.evaluate(polar.cases().get(j).point(), new FakeSolver()).row(), rows[j], 0);
    }
    assertThrows(IllegalArgumentException.class, () -> DesignPolar.singleAngleRows(new double[8 + 3 + 4], 8));
  }

  @Test
  void anInvalidShapeMarksEveryAngleWithoutCallingTheSolver() {
    FakeSolver fake = new FakeSolver();
    // the lower surface above the upper one: negative thickness
    DesignPoint crossed = new DesignPoint(new double[] {0.1, 0.1, 0.1, 0.1, 0.2, 0.2, 0.2, 0.2}, 4, 2, 1e6, 0);
    DesignPolar polar = DesignPolar.evaluate(crossed, ANGLES, fake);
    assertEquals(0, fake.calls);
    for (DesignCase c : polar.cases()) {
      assertEquals(CaseStatus.INVALID_SHAPE, c.status());
      assertTrue(!c.reason().isEmpty());
    }
  }

  @Test
  void manifestsCheckTheirAnglesAndReadOldFilesAsDrawnAngles(@TempDir Path tmp) throws Exception {
    POLARS.write(tmp);
    assertEquals(POLARS, DatasetManifest.read(tmp));
    DRAWN.write(tmp);
    Path file = tmp.resolve(DatasetManifest.FILE);
    String written = Files.readString(file);
    String older = written.replaceAll(",\\s*\"alphas\"\\s*:\\s*\\[\\s*\\]", "");
    assertTrue(older.length() < written.length(), written);
    Files.writeString(file, older);
    assertEquals(DRAWN, DatasetManifest.read(tmp));
    for (Map.Entry<List<Double>, String> bad : Map.of(List.of(0.0, 25.0), "25.0", List.of(2.0, 2.0), "listed twice",
        List.of(Double.NaN), "NaN").entrySet()) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DRAWN.withPolarAngles(bad.getKey()));
      assertTrue(e.getMessage().contains(bad.getValue()), e.getMessage());
    }
  }
}
