package org.inversesuite.cli.airfoil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inversesuite.airfoil.design.DesignModel;
import org.inversesuite.airfoil.design.DesignSpace;
import org.inversesuite.airfoil.design.DesignTarget;
import org.inversesuite.airfoil.design.TrainingRange;
import org.inversesuite.airfoil.io.AirfoilFiles;
import org.inversesuite.airfoil.io.CoordinateFormat;
import org.inversesuite.airfoil.shape.NacaFourDigit;
import org.inversesuite.airfoil.shape.TrailingEdge;
import org.inversesuite.airfoil.solver.AeroResult;
import org.inversesuite.airfoil.solver.SolverConfig;
import org.inversesuite.airfoil.solver.TrailingEdgeModel;
import org.inversesuite.airfoil.solver.TurbulentModel;
import org.inversesuite.airfoil.solver.ViscousPanelSolver;
import org.inversesuite.airfoil.surrogate.ForwardSurrogate;
import org.inversesuite.airfoil.surrogate.SurrogateKind;
import org.inversesuite.cli.InverseCommand;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.io.CinnStore;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The airfoil commands as a user runs them: a polar, a design from a model file, and bad input. */
class AirfoilCommandTest {
  /** The shipped order-5 design space (docs/airfoil.md, session 14), from the cli module's directory. */
  private static final Path ORDER_FIVE = Path.of("../experiments/airfoil/cst5-space.json");

  @TempDir
  Path dir;

  private static int run(String... args) {
    return InverseCommand.commandLine().execute(args);
  }

  /** Runs a command that must be refused with exit code 2 and returns what it wrote to standard error. */
  private static String runRefused(String... args) {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = run(args);
    } finally {
      System.setErr(err);
    }
    String message = captured.toString(StandardCharsets.UTF_8);
    assertEquals(2, code, message);
    return message;
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
    assertEquals(2, run("airfoil", "polar", "naca2412", "--solver", "fluent"), "unknown solver");
    assertEquals(2, run("airfoil", "polar", "naca2412", "--solver", "xfoil", "--xfoil",
        dir.resolve("no-xfoil").toString()), "a missing XFOIL is refused before any work");
    assertEquals(2, run("airfoil", "polar", "naca2412", "--solver", "xfoil", "--ncrit", "5"),
        "N_crit is a setting of the embedded solver");
  }

  @Test
  void trailingEdgeOptionSelectsTheSharpEdgeModelForSharpSectionsOnly() throws Exception {
    // a NACA designation is the closed (sharp) section, a4 = -0.1036: the sharp model changes its polar
    double[] opened = liftAndDrag("naca0012", "--trailing-edge", "opened");
    double[] closed = liftAndDrag("naca0012", "--trailing-edge", "sharp");
    AeroResult expected = new ViscousPanelSolver(SolverConfig.defaults(), TrailingEdgeModel.XFOIL_SHARP)
        .polar(NacaFourDigit.of("0012", TrailingEdge.CLOSED).toAirfoil(80), 1e6, List.of(4.0)).points().get(0);
    assertEquals(expected.cl(), closed[0], 1e-6, "--trailing-edge sharp runs the XFOIL_SHARP model");
    assertEquals(expected.cd(), closed[1], 1e-7);
    assertTrue(Math.abs(opened[0] - closed[0]) > 1e-4, "the two models differ on a sharp edge");
    // the original NACA edge (a4 = -0.1015, 0.25 % chord thick) never reaches the sharp-edge rows
    Path blunt = dir.resolve("naca0012-blunt.dat");
    AirfoilFiles.write(blunt, NacaFourDigit.of("0012", TrailingEdge.OPEN).toAirfoil(80), CoordinateFormat.SELIG);
    double[] bluntOpened = liftAndDrag(blunt.toString(), "--trailing-edge", "opened");
    double[] bluntSharp = liftAndDrag(blunt.toString(), "--trailing-edge", "sharp");
    assertEquals(bluntOpened[0], bluntSharp[0], 0.0);
    assertEquals(bluntOpened[1], bluntSharp[1], 0.0);
    assertTrue(runRefused("airfoil", "polar", "naca0012", "--trailing-edge", "pointed").contains("--trailing-edge"));
    assertTrue(runRefused("airfoil", "polar", "naca0012", "--solver", "xfoil", "--trailing-edge", "sharp")
        .contains("--trailing-edge"), "XFOIL models sharp edges itself");
  }

  @Test
  void turbulentOptionSelectsTheLaggedEntrainment() throws Exception {
    double[] head = liftAndDrag("naca0012", "--turbulent", "head");
    double[] lagged = liftAndDrag("naca0012", "--turbulent", "head-lagged");
    AeroResult expected = new ViscousPanelSolver(
        SolverConfig.defaults().withTurbulentModel(TurbulentModel.HEAD_LAGGED), TrailingEdgeModel.OPENED)
        .polar(NacaFourDigit.of("0012", TrailingEdge.CLOSED).toAirfoil(80), 1e6, List.of(4.0)).points().get(0);
    assertEquals(expected.cl(), lagged[0], 1e-6, "--turbulent head-lagged runs HEAD_LAGGED");
    assertEquals(expected.cd(), lagged[1], 1e-7);
    assertTrue(Math.abs(head[1] - lagged[1]) > 1e-6, "the lag changes the drag behind transition");
    assertTrue(runRefused("airfoil", "polar", "naca0012", "--turbulent", "green").contains("--turbulent"));
    assertTrue(runRefused("airfoil", "polar", "naca0012", "--solver", "xfoil", "--turbulent", "head-lagged")
        .contains("--turbulent"));
  }

  /** C_l and C_d at 4 degrees, Re 1e6, from the CSV the polar command writes with one more option. */
  private double[] liftAndDrag(String section, String option, String value) throws Exception {
    Path csv = dir.resolve("polar-" + value + "-" + Math.abs(section.hashCode()) + ".csv");
    assertEquals(0, run("airfoil", "polar", section, "--alpha", "4", option, value, "-o", csv.toString()));
    String[] row = Files.readAllLines(csv).get(1).split(",");
    return new double[] {Double.parseDouble(row[1]), Double.parseDouble(row[2])};
  }

  @Test
  void datasetRecordsItsPanelCountAndRefusesToResumeWithAnother() throws Exception {
    Path data = dir.resolve("data");
    assertEquals(0, run("airfoil", "dataset", "--rows", "2", "--chunk", "2", "--threads", "1", "--panels", "120", "-q",
        "--out", data.toString()));
    assertEquals(120, Json.mapper().readTree(data.resolve("manifest.json").toFile()).path("solver").path("panels").asInt());
    byte[] manifest = Files.readAllBytes(data.resolve("manifest.json"));
    assertEquals(2, run("airfoil", "dataset", "--rows", "2", "--chunk", "2", "--threads", "1", "-q",
        "--out", data.toString()), "rows of 160 panels would mix with rows of 120");
    assertEquals(2, run("airfoil", "dataset", "--rows", "2", "--panels", "121", "-q", "--out",
        dir.resolve("odd").toString()), "an odd panel count is refused");
    assertFalse(Files.exists(dir.resolve("odd").resolve("manifest.json")));
    assertTrue(java.util.Arrays.equals(manifest, Files.readAllBytes(data.resolve("manifest.json"))));
  }

  @Test
  void datasetOfPolarsWritesOneRowPerShapeAndTrainsADesignModel() throws Exception {
    Path data = dir.resolve("polars");
    assertEquals(0, run("airfoil", "dataset", "--rows", "24", "--chunk", "12", "--threads", "1", "--panels", "120",
        "--alphas", "0:2:1", "-q", "--out", data.toString()));
    List<String> lines = Files.readAllLines(data.resolve("chunk-00000.csv"));
    assertEquals(13, lines.size(), "a header and one row per shape");
    assertTrue(lines.get(0).contains("alpha_2,status_2,cl_2"), lines.get(0));
    assertEquals(3, Json.mapper().readTree(data.resolve("manifest.json").toFile()).path("alphas").size());
    Path model = dir.resolve("m.inn");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream old = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, run("airfoil", "train", data.toString(), "-o", model.toString(), "--iterations", "20", "-q"));
    } finally {
      System.setOut(old);
    }
    assertTrue(out.toString(StandardCharsets.UTF_8).matches("(?s).*trained on \\d+ polar points of \\d+ shapes.*"),
        out.toString(StandardCharsets.UTF_8));
    assertTrue(CinnStore.runMetadata(model).path("usableShapes").asInt() >= 20);
    Path few = dir.resolve("few");
    assertEquals(0, run("airfoil", "dataset", "--rows", "5", "--threads", "1", "--panels", "120", "--alphas", "0:1:1", "-q",
        "--out", few.toString()));
    String message = runRefused("airfoil", "train", few.toString(), "-o", dir.resolve("m2.inn").toString());
    assertTrue(message.contains("shapes with usable results in the data set; train on at least 20"), message);
    assertFalse(Files.exists(dir.resolve("m2.inn")));
    message = runRefused("airfoil", "dataset", "--rows", "2", "--alphas", "0:x:1", "-q", "--out",
        dir.resolve("bad").toString());
    assertTrue(message.contains("--alphas: '0:x:1'"), message);
    message = runRefused("airfoil", "dataset", "--rows", "2", "--alphas", "0,21", "-q", "--out",
        dir.resolve("bad").toString());
    assertTrue(message.contains("polar angle 21.0 deg"), message);
    assertFalse(Files.exists(dir.resolve("bad")));
  }

  @Test
  void polarRunsThroughTheXfoilBackendWhenAsked() throws Exception {
    Path fake = dir.resolve("xfoil");
    // a stand-in for XFOIL: reads its commands and writes the polar file XFOIL's PACC would write
    Files.writeString(fake, String.join("\n", "#!/bin/sh",
        "polar=''",
        "while read -r line; do",
        "  case \"$line\" in",
        "    PACC) if [ -z \"$polar\" ]; then read -r polar; read -r dump; fi ;;",
        "    QUIT) break ;;",
        "  esac",
        "done",
        "cat > \"$polar\" <<'P'",
        "  alpha    CL        CD       CDp       CM     Top_Xtr  Bot_Xtr",
        " ------ -------- --------- --------- -------- -------- --------",
        "  2.000   0.4567   0.00612   0.00150  -0.0520   0.5000   0.7000",
        "P", ""));
    assertTrue(fake.toFile().setExecutable(true));
    Path csv = dir.resolve("xfoil.csv");
    assertEquals(0, run("airfoil", "polar", "naca2412", "--alpha", "2", "--solver", "xfoil", "--xfoil",
        fake.toString(), "-o", csv.toString()));
    String[] row = Files.readAllLines(csv).get(1).split(",");
    assertEquals(0.4567, Double.parseDouble(row[1]), 1e-9, "the table holds XFOIL's lift, not the embedded solver's");
  }

  private static double score(String csvRow) {
    String[] c = csvRow.split(",");
    return Math.max(Double.parseDouble(c[13]) / 0.02, Double.parseDouble(c[14]) / 0.03);
  }

  @Test
  void designWritesRankedReSimulatedShapesAndWarnsOutOfRange() throws Exception {
    Path model = untrainedModel("untrained.inn", null);
    Path out = dir.resolve("family");
    assertEquals(0, run("airfoil", "design", model.toString(), "--cl", "0.5", "--ld", "200", "--alpha", "2",
        "--re", "1e6", "--min-thickness", "0.05", "-n", "6", "--top", "2", "--out", out.toString(), "--threads", "1"));
    assertTrue(Files.exists(out.resolve("candidates.csv")));
    assertTrue(Files.exists(out.resolve("design-01.dat")));
    assertTrue(Files.exists(out.resolve("family.png")));
    assertTrue(Files.exists(out.resolve("pressure.png")), "C_p of the best designs");
    List<String> rows = Files.readAllLines(out.resolve("candidates.csv"));
    for (int i = 2; i < rows.size(); i++) {
      assertTrue(score(rows.get(i - 1)) <= score(rows.get(i)), "ranked by re-simulation score: " + rows);
    }
    assertDesignPolars(out, rows, 2, 1e6, 2);
    assertEquals(2, run("airfoil", "design", model.toString(), "--cl", "0.5", "--ld", "200", "--out", out.toString()),
        "an existing output folder needs --force");
    assertEquals(2, run("airfoil", "design", dir.resolve("missing.inn").toString(), "--cl", "0.5", "--ld", "90",
        "--out", dir.resolve("x").toString()));
  }

  /**
   * polars.csv holds, for each exported design in rank order, the default angles (the design angle −4° … +6°) and the
   * polar of that rank's coefficients in candidates.csv, recomputed here with the default solver to the last digit
   * written; polars.png exists.
   */
  private static void assertDesignPolars(Path out, List<String> candidates, double alpha, double re, int top)
      throws IOException {
    List<String> rows = Files.readAllLines(out.resolve("polars.csv"));
    assertEquals("rank,alpha,cl,cd,cm,ld,converged", rows.get(0));
    int designs = Math.min(top, candidates.size() - 1);
    assertEquals(1 + 11 * designs, rows.size(), "11 angles per exported design: " + rows);
    List<String> header = List.of(candidates.get(0).split(","));
    int d = header.indexOf("cl") - 1;
    int upper = (int) header.stream().filter(h -> h.startsWith("au")).count();
    List<Double> angles = new java.util.ArrayList<>();
    for (int k = -4; k <= 6; k++) {
      angles.add(alpha + k);
    }
    ViscousPanelSolver solver = new ViscousPanelSolver(SolverConfig.defaults());
    for (int rank = 1; rank <= designs; rank++) {
      double[] row = java.util.Arrays.stream(candidates.get(rank).split(",")).mapToDouble(Double::parseDouble).toArray();
      double[] coefficients = java.util.Arrays.copyOfRange(row, 1, 1 + d);
      List<AeroResult> polar = solver.polar(new org.inversesuite.airfoil.design.DesignPoint(coefficients, upper, alpha,
          re, DesignSpace.defaults().trailingEdgeThickness()).airfoil("check"), re, angles).points();
      for (int k = 0; k < angles.size(); k++) {
        String[] c = rows.get(1 + (rank - 1) * angles.size() + k).split(",");
        assertEquals(rank, Double.parseDouble(c[0]), "rank column");
        assertEquals(angles.get(k), Double.parseDouble(c[1]), 0, "angle column");
        AeroResult r = polar.get(k);
        assertEquals(r.converged() ? 1 : 0, Double.parseDouble(c[6]), "converged column, rank " + rank + ", " + angles.get(k));
        if (r.converged()) {
          assertEquals(r.cl(), Double.parseDouble(c[2]), 1e-12, "C_l of rank " + rank + " at " + angles.get(k));
          assertEquals(r.cd(), Double.parseDouble(c[3]), 1e-14, "C_d of rank " + rank + " at " + angles.get(k));
        }
      }
    }
    assertTrue(Files.size(out.resolve("polars.png")) > 10_000, "the polars against the target");
  }

  @Test
  void designPolarAnglesAreCheckedBeforeAnythingIsWritten() throws Exception {
    Path model = untrainedModel("untrained-polar.inn", null);
    Path out = dir.resolve("no-family");
    String tooSteep = runRefused("airfoil", "design", model.toString(), "--cl", "0.5", "--ld", "80", "--polar-alpha",
        "0:30:5", "--out", out.toString());
    assertTrue(tooSteep.contains("--polar-alpha") && tooSteep.contains("25.0"), tooSteep);
    assertTrue(runRefused("airfoil", "design", model.toString(), "--cl", "0.5", "--ld", "80", "--polar-alpha", "abc",
        "--out", out.toString()).contains("--polar-alpha"));
    assertFalse(Files.exists(out), "nothing written");
  }

  /**
   * What a designer does with an exported design: runs {@code polar} on the .dat file at the design condition.
   * It must give the C_l and L/D that {@code design} reported for that rank, to the last bit (session 14's
   * files held 7 decimals and re-simulated to another solution, docs/airfoil.md session 15); the re-check of
   * each file is in robustness.csv.
   */
  @Test
  void exportedDesignsReSimulateThroughPolarToTheReportedValues() throws Exception {
    Path model = untrainedModel("untrained.inn", null);
    Path out = dir.resolve("family");
    assertEquals(0, run("airfoil", "design", model.toString(), "--cl", "0.5", "--ld", "80", "--alpha", "2",
        "--re", "1e6", "--min-thickness", "0.05", "-n", "6", "--top", "3", "--robustness-copies", "2",
        "--out", out.toString(), "--threads", "1"));
    List<String> candidates = Files.readAllLines(out.resolve("candidates.csv"));
    List<String> header = List.of(candidates.get(0).split(","));
    List<String> checked = Files.readAllLines(out.resolve("robustness.csv"));
    assertEquals("rank,reproduced,direct_mode,cl,ld,copies,converged,direct_copies,cl_min,cl_max,ld_min,ld_max,robust",
        checked.get(0));
    int files = 0;
    for (int rank = 1; rank <= 3 && rank < candidates.size(); rank++, files++) {
      Path polar = dir.resolve("polar-" + rank + ".csv");
      assertEquals(0, run("airfoil", "polar", out.resolve(String.format("design-%02d.dat", rank)).toString(),
          "--re", "1e6", "--alpha", "2", "-o", polar.toString()));
      String[] p = Files.readAllLines(polar).get(1).split(",");
      String[] c = candidates.get(rank).split(",");
      assertEquals(Double.parseDouble(c[header.indexOf("cl")]), Double.parseDouble(p[1]), "C_l of rank " + rank);
      assertEquals(Double.parseDouble(c[header.indexOf("ld")]), Double.parseDouble(p[4]), "L/D of rank " + rank);
      String[] r = checked.get(rank).split(",");
      assertEquals(1.0, Double.parseDouble(r[1]), "robustness.csv: rank " + rank + " reproduced");
      assertEquals(Double.parseDouble(p[1]), Double.parseDouble(r[3]), "robustness.csv holds the file's C_l");
    }
    assertTrue(files > 0, "at least one design exported");
    assertEquals(files + 1, checked.size(), "one robustness row per exported file");
    Path unchecked = dir.resolve("unchecked");
    assertEquals(0, run("airfoil", "design", model.toString(), "--cl", "0.5", "--ld", "80", "--alpha", "2",
        "--re", "1e6", "--min-thickness", "0.05", "-n", "6", "--top", "1", "--robustness-copies", "0",
        "--out", unchecked.toString(), "--threads", "1"));
    assertTrue(Files.exists(unchecked.resolve("design-01.dat")));
    assertFalse(Files.exists(unchecked.resolve("robustness.csv")), "--robustness-copies 0 skips the check");
    assertTrue(runRefused("airfoil", "design", model.toString(), "--cl", "0.5", "--ld", "80",
        "--robustness-copies", "-1", "--out", dir.resolve("neg").toString()).contains("--robustness-copies"));
  }

  @Test
  void designOnTheOrderFiveSpaceWritesTwelveCoefficientsAndReadableDatFiles() throws Exception {
    DesignSpace five = DesignSpaceFile.read(ORDER_FIVE);
    Path model = untrainedModel("five.inn", null, five);
    Path out = dir.resolve("family5");
    assertEquals(0, run("airfoil", "design", model.toString(), "--cl", "0.5", "--ld", "80", "--alpha", "2",
        "--re", "1e6", "--min-thickness", "0.05", "-n", "6", "--top", "2", "--out", out.toString(), "--threads", "1"));
    List<String> header = List.of(Files.readAllLines(out.resolve("candidates.csv")).get(0).split(","));
    assertEquals(List.of("au0", "au1", "au2", "au3", "au4", "au5", "al0", "al1", "al2", "al3", "al4", "al5"),
        header.subList(1, 13), "six coefficients per surface: " + header);
    assertEquals("cl", header.get(13));
    double[] best = java.util.Arrays.stream(Files.readAllLines(out.resolve("candidates.csv")).get(1).split(","))
        .mapToDouble(Double::parseDouble).toArray();
    assertEquals(header.size(), best.length, "a full row");
    org.inversesuite.airfoil.shape.Airfoil written = AirfoilFiles.read(out.resolve("design-01.dat"));
    org.inversesuite.airfoil.shape.CstShape shape = new org.inversesuite.airfoil.design.DesignPoint(
        java.util.Arrays.copyOfRange(best, 1, 13), 6, 2, 1e6, five.trailingEdgeThickness()).shape();
    double worst = 0;
    for (int i = 0; i < written.size(); i++) {
      double x = written.x(i);
      double y = written.y(i);
      boolean upper = i < written.leadingEdgeIndex();
      worst = Math.max(worst, Math.abs(y - (upper ? shape.upperY(x) : shape.lowerY(x))));
    }
    assertTrue(worst < 2e-5, "the .dat file holds the order-5 shape of rank 1, off by " + worst);
    assertTrue(Files.exists(out.resolve("family.png")));
    assertTrue(Files.exists(out.resolve("pressure.png")));
  }

  @Test
  void compareDrawsItsTargetsFromAnotherSpaceWhenAsked() throws Exception {
    DesignSpace five = DesignSpaceFile.read(ORDER_FIVE);
    Path model3 = untrainedModel("ridge3.inn", ridgeOnlyRun());
    Path model5 = untrainedModel("ridge5.inn", ridgeOnlyRun(five.shapeDimension()), five);
    List<String> own5 = compareRows(model5, "own5", "--warmup", "0");
    List<String> own3 = compareRows(model3, "own3", "--warmup", "0");
    List<String> from5 = compareRows(model3, "from5", "--warmup", "0", "--targets-from", ORDER_FIVE.toString());
    assertEquals(2, own5.size());
    assertEquals(own5.stream().map(AirfoilCommandTest::targetOnly).toList(),
        from5.stream().map(AirfoilCommandTest::targetOnly).toList(), "the order-5 box's targets, posed to an order-3 model");
    assertFalse(own3.stream().map(AirfoilCommandTest::targetOnly).toList()
        .equals(from5.stream().map(AirfoilCommandTest::targetOnly).toList()), "other targets than the model's own");
    assertTrue(Files.readString(dir.resolve("from5").resolve("compare.md")).contains("Targets drawn from "
        + ORDER_FIVE + " (12 shape coefficients), not from the model's box (8)"));
    assertTrue(Files.readString(dir.resolve("own3").resolve("compare.md")).contains("Note: 2 targets are few for a "
        + "mean speed-up"), "a two-target run says its mean is anecdotal");
    assertTrue(CompareCommand.fewTargetsNote(CompareCommand.CLAIM_TARGETS).isEmpty());
    assertTrue(CompareCommand.fewTargetsNote(CompareCommand.CLAIM_TARGETS - 1).isPresent());
    List<String> fromDefault = compareRows(model5, "from3", "--warmup", "0", "--targets-from", "default");
    assertEquals(own3.stream().map(AirfoilCommandTest::targetOnly).toList(),
        fromDefault.stream().map(AirfoilCommandTest::targetOnly).toList(), "'default' is the built-in box");
    String message = runRefused("airfoil", "compare", model3.toString(), "--targets-from",
        dir.resolve("nowhere.json").toString(), "--out", dir.resolve("cmpx").toString());
    assertTrue(message.contains("nowhere.json") && message.contains("not found"), message);
    assertFalse(Files.exists(dir.resolve("cmpx")), "nothing written");
  }

  @Test
  void datasetOnTheOrderFiveSpaceKeepsItsOrderAndNamesBadSpaceFiles() throws Exception {
    Path data = dir.resolve("data5");
    assertEquals(0, run("airfoil", "dataset", "--rows", "2", "--chunk", "2", "--threads", "1", "-q", "--space",
        ORDER_FIVE.toString(), "--out", data.toString()));
    assertEquals(6, Json.mapper().readTree(data.resolve("manifest.json").toFile()).path("space").path("lowerHigh")
        .size());
    Files.writeString(dir.resolve("missing.json"), "{\"upperLow\": [0.1], \"upperHigh\": [0.3], \"lowerLow\": [-0.1], "
        + "\"lowerHigh\": [0.0]}");
    Files.writeString(dir.resolve("cut.json"), "{\"upperLow\": [0.1");
    Files.writeString(dir.resolve("typo.json"), "{\"upperLo\": [0.1]}");
    Files.writeString(dir.resolve("empty.json"), Files.readString(ORDER_FIVE).replace("\"alphaHigh\": 6",
        "\"alphaHigh\": 0"));
    for (String[] bad : List.of(new String[] {"missing.json", "alphaLow"}, new String[] {"cut.json", "not valid JSON"},
        new String[] {"typo.json", "upperLo"}, new String[] {"empty.json", "alpha"},
        new String[] {"nowhere.json", "not found"})) {
      Path out = dir.resolve("out-" + bad[0]);
      String message = runRefused("airfoil", "dataset", "--rows", "2", "-q", "--space",
          dir.resolve(bad[0]).toString(), "--out", out.toString());
      assertTrue(message.contains(bad[0]) && message.contains(bad[1]), message);
      assertEquals(1, message.strip().lines().filter(l -> !l.startsWith("(run with")).count(), "one line: " + message);
      assertFalse(Files.exists(out.resolve("manifest.json")), "nothing written for " + bad[0]);
    }
  }

  @Test
  void compareOnAModelFileFromBeforeTheMlpSurrogateSaysWhatToDo() throws Exception {
    ObjectNode run = ridgeOnlyRun();
    Path model = untrainedModel("ridge-only.inn", run);
    String message = runRefused("airfoil", "compare", model.toString(), "--targets", "1", "--out",
        dir.resolve("cmp").toString());
    assertTrue(message.contains("holds no mlp forward surrogate") && message.contains("--data"), message);
    assertFalse(Files.exists(dir.resolve("cmp")), "nothing written");
  }

  @Test
  void anUnknownCmaesGoalIsNamedInOneLineBeforeAnyWork() {
    String message = runRefused("airfoil", "compare", dir.resolve("missing.inn").toString(), "--cmaes-goal",
        "tolerance,closest", "--out", dir.resolve("cmp").toString());
    assertTrue(message.contains("--cmaes-goal") && message.contains("'closest'") && message.contains("cinn-error"),
        message);
    assertFalse(message.contains("at org."), "no stack trace: " + message);
    assertFalse(Files.exists(dir.resolve("cmp")), "nothing written");
  }

  @Test
  void compareWarmsUpOnATargetOfItsOwnAndMeasuresTheSameTargets() throws Exception {
    ObjectNode run = ridgeOnlyRun();
    Path model = untrainedModel("ridge.inn", run);
    List<String> without = compareRows(model, "0");
    List<String> with = compareRows(model, "1");
    assertEquals(2, without.size());
    assertEquals(without.stream().map(AirfoilCommandTest::targetAndCalls).toList(),
        with.stream().map(AirfoilCommandTest::targetAndCalls).toList(), "warm-up changes no measured target or count");
    String report = Files.readString(dir.resolve("cmp1").resolve("compare.md"));
    assertTrue(report.contains("Warm-up (untimed, before the first timed search): 1 target(s)")
        && report.contains("every cINN search of this run " + CompareCommand.WARMUP_CINN_REPEATS + " times")
        && report.contains("CMA-ES for 10 solver calls"), report);
    assertFalse(Files.readString(dir.resolve("cmp0").resolve("compare.md")).contains("Warm-up"));
    String message = runRefused("airfoil", "compare", model.toString(), "--warmup", "-1", "--out",
        dir.resolve("cmpx").toString());
    assertTrue(message.contains("--warmup must be >= 0, got -1"), message);
    assertFalse(Files.exists(dir.resolve("cmpx")), "nothing written");
  }

  /** The target rows of a small compare run with {@code --warmup w}, written to folder cmp{w}. */
  private List<String> compareRows(Path model, String w) throws Exception {
    return compareRows(model, "cmp" + w, "--warmup", w);
  }

  /** The target rows of a small compare run into {@code dir/name}, with {@code extra} options. */
  private List<String> compareRows(Path model, String name, String... extra) throws Exception {
    Path out = dir.resolve(name);
    List<String> args = new java.util.ArrayList<>(List.of("airfoil", "compare", model.toString(), "--targets", "2",
        "--pool", "2", "-n", "2", "--budget", "10", "--surrogate", "RIDGE", "--no-family", "--no-orders",
        "--no-parallel", "--out", out.toString()));
    args.addAll(List.of(extra));
    assertEquals(0, run(args.toArray(String[]::new)));
    return Files.readAllLines(out.resolve("compare.md")).stream().filter(l -> l.matches("\\| \\d+ \\|.*")).toList();
  }

  /** The first three cells of a compare row: target number, C_l and L/D. */
  private static String targetOnly(String row) {
    String[] cells = row.split("\\|");
    return cells[1] + cells[2] + cells[3];
  }

  /** A row's target number, C_l, L/D and the solver calls of its cells, without the wall times. */
  private static String targetAndCalls(String row) {
    String[] cells = row.split("\\|");
    StringBuilder out = new StringBuilder(cells[1] + cells[2] + cells[3]);
    for (int i = 4; i < cells.length; i++) {
      java.util.regex.Matcher calls = java.util.regex.Pattern.compile("\\((> )?\\d+\\)").matcher(cells[i]);
      out.append(calls.find() ? calls.group() : "-");
    }
    return out.toString();
  }

  /** Run metadata holding only a linear ridge surrogate of a made-up lift and drag. */
  private static ObjectNode ridgeOnlyRun() {
    return ridgeOnlyRun(DesignSpace.defaults().shapeDimension());
  }

  private static ObjectNode ridgeOnlyRun(int shapeDimension) {
    int n = 40;
    double[][] x = new double[n][shapeDimension + 2];
    double[] cl = new double[n];
    double[] cd = new double[n];
    Rng rng = new Rng(3);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < x[i].length; j++) {
        x[i][j] = rng.uniform();
      }
      cl[i] = x[i][0];
      cd[i] = 0.01 + 0.01 * x[i][1];
    }
    ObjectNode run = Json.mapper().createObjectNode();
    run.set(SurrogateKind.RIDGE.metadataKey(), Json.mapper().valueToTree(ForwardSurrogate.fit(x, cl, cd, 1, 1e-6)));
    return run;
  }

  /** An untrained design model on the default space, saved with {@code run} as its metadata (may be null). */
  private Path untrainedModel(String name, ObjectNode run) {
    return untrainedModel(name, run, DesignSpace.defaults());
  }

  private Path untrainedModel(String name, ObjectNode run, DesignSpace space) {
    Flow flow = Flow.build(DesignModel.defaultFlow(space.shapeDimension()), Precision.FLOAT32, new Rng(1), true);
    TrainingRange range = new TrainingRange(DesignTarget.conditionNames(), new double[] {0, 6, 0, 0, 0.05},
        new double[] {6, 6.5, 1.2, 120, 0.2});
    Path model = dir.resolve(name);
    try (Cinn cinn = new Cinn(flow, ParameterSpace.of(space.shapeSupport()), Standardization.identity(5), 1)) {
      new DesignModel(cinn, space, range).save(model, run);
    }
    return model;
  }
}
