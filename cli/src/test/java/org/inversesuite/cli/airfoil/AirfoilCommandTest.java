package org.inversesuite.cli.airfoil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inversesuite.airfoil.design.DesignModel;
import org.inversesuite.airfoil.design.DesignSpace;
import org.inversesuite.airfoil.design.DesignTarget;
import org.inversesuite.airfoil.design.TrainingRange;
import org.inversesuite.cli.InverseCommand;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The airfoil commands as a user runs them: a polar, a design from a model file, and bad input. */
class AirfoilCommandTest {
  @TempDir
  Path dir;

  private static int run(String... args) {
    return InverseCommand.commandLine().execute(args);
  }

  @Test
  void polarWritesItsTableAndPictureAndNeverOverwrites() throws Exception {
    Path csv = dir.resolve("polar.csv");
    Path png = dir.resolve("polar.png");
    assertEquals(0, run("airfoil", "polar", "naca0012", "--re", "1e6", "--alpha", "0:4:2", "-o", csv.toString(),
        "--plot", png.toString()));
    List<String> lines = Files.readAllLines(csv);
    assertEquals(4, lines.size());
    String[] zero = lines.get(1).split(",");
    assertEquals(0.0, Double.parseDouble(zero[1]), 1e-3, "a symmetric section has no lift at zero incidence");
    assertTrue(Files.size(png) > 10_000);
    long before = Files.getLastModifiedTime(csv).toMillis();
    assertEquals(2, run("airfoil", "polar", "naca0012", "-o", csv.toString()));
    assertEquals(before, Files.getLastModifiedTime(csv).toMillis());
    assertEquals(2, run("airfoil", "polar", "not-a-section"));
    assertEquals(2, run("airfoil", "polar", "naca2412", "--re", "10"));
    assertEquals(2, run("airfoil", "polar", "naca2412", "--alpha", "5:1:1"));
  }

  private static double score(String csvRow) {
    String[] c = csvRow.split(",");
    return Math.max(Double.parseDouble(c[13]) / 0.02, Double.parseDouble(c[14]) / 0.03);
  }

  @Test
  void designWritesRankedReSimulatedShapesAndWarnsOutOfRange() throws Exception {
    DesignSpace space = DesignSpace.defaults();
    Flow flow = Flow.build(DesignModel.defaultFlow(space.shapeDimension()), Precision.FLOAT32, new Rng(1), true);
    TrainingRange range = new TrainingRange(DesignTarget.conditionNames(), new double[] {0, 6, 0, 0, 0.05},
        new double[] {6, 6.5, 1.2, 120, 0.2});
    Path model = dir.resolve("untrained.inn");
    try (Cinn cinn = new Cinn(flow, ParameterSpace.of(space.shapeSupport()), Standardization.identity(5), 1)) {
      new DesignModel(cinn, space, range).save(model, null);
    }
    Path out = dir.resolve("family");
    assertEquals(0, run("airfoil", "design", model.toString(), "--cl", "0.5", "--ld", "200", "--alpha", "2",
        "--re", "1e6", "--min-thickness", "0.05", "-n", "6", "--top", "2", "--out", out.toString(), "--threads", "1"));
    assertTrue(Files.exists(out.resolve("candidates.csv")));
    assertTrue(Files.exists(out.resolve("design-01.dat")));
    assertTrue(Files.exists(out.resolve("family.png")));
    List<String> rows = Files.readAllLines(out.resolve("candidates.csv"));
    for (int i = 2; i < rows.size(); i++) {
      assertTrue(score(rows.get(i - 1)) <= score(rows.get(i)), "ranked by re-simulation score: " + rows);
    }
    assertEquals(2, run("airfoil", "design", model.toString(), "--cl", "0.5", "--ld", "200", "--out", out.toString()),
        "an existing output folder needs --force");
    assertEquals(2, run("airfoil", "design", dir.resolve("missing.inn").toString(), "--cl", "0.5", "--ld", "90",
        "--out", dir.resolve("x").toString()));
  }
}
