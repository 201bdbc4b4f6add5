package org.inversesuite.airfoil.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.inversesuite.airfoil.io.AirfoilFiles;
import org.inversesuite.airfoil.shape.Airfoil;
import org.inversesuite.airfoil.shape.NacaFourDigit;
import org.inversesuite.airfoil.shape.TrailingEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link XfoilSolver} against {@link FakeXfoil} scripts: always runs, needs no XFOIL. */
class XfoilSolverTest {
  private static final List<Double> ALPHAS = List.of(-2.0, 0.0, 3.0, 5.5);

  @TempDir
  Path bin;
  @TempDir
  Path record;

  /** NACA 2412 at twice unit chord, shifted: the solver must hand XFOIL the unit-chord section. */
  private static Airfoil section() {
    Airfoil unit = NacaFourDigit.of("2412", TrailingEdge.OPEN).toAirfoil(61);
    double[] x = unit.xs();
    double[] y = unit.ys();
    for (int i = 0; i < x.length; i++) {
      x[i] = 2 * x[i] + 0.5;
      y[i] = 2 * y[i] - 0.1;
    }
    return new Airfoil("NACA 2412 big", x, y);
  }

  private XfoilSolver solver(Path executable) {
    return new XfoilSolver(XfoilConfig.defaults().withExecutable(executable.toString()));
  }

  @Test
  void parsesEveryWrittenPointAndReportsTheMissingOne() {
    Polar polar = solver(FakeXfoil.converging(bin, record, "3.000", "exit 0")).polar(section(), 1e6, ALPHAS);
    assertEquals("NACA 2412 big", polar.airfoil());
    assertEquals(1e6, polar.reynolds());
    assertEquals(4, polar.points().size());
    assertEquals(3, polar.convergedCount());
    for (int i = 0; i < ALPHAS.size(); i++) {
      AeroResult r = polar.points().get(i);
      double a = ALPHAS.get(i);
      assertEquals(new FlowCondition(a, 1e6), r.condition());
      assertNull(r.surface());
      if (a == 3.0) {
        assertEquals(SolverStatus.NOT_CONVERGED, r.status());
        assertEquals("xfoil did not converge at alpha=3.000", r.reason());
        assertTrue(Double.isNaN(r.cl()) && Double.isNaN(r.cd()) && Double.isNaN(r.cm()));
      } else {
        assertEquals(SolverStatus.CONVERGED, r.status(), r.reason());
        assertEquals("", r.reason());
        assertEquals(FakeXfoil.cl(a), r.cl(), 5e-5, "cl at " + a);
        assertEquals(FakeXfoil.cd(a), r.cd(), 5e-6, "cd at " + a);
        assertEquals(FakeXfoil.cd(a) - FakeXfoil.cdp(a), r.cdFriction(), 1e-5, "friction drag at " + a);
        assertEquals(FakeXfoil.cm(a), r.cm(), 5e-5, "cm at " + a);
        assertEquals(FakeXfoil.xtrTop(a), r.transitionUpper(), 5e-5);
        assertEquals(FakeXfoil.xtrBottom(a), r.transitionLower(), 5e-5);
        assertTrue(Double.isNaN(r.separationUpper()) && Double.isNaN(r.separationLower()));
      }
    }
  }

  @Test
  void feedsTheValidationCommandsAndTheUnitChordSectionThenDeletesItsFiles() {
    Airfoil section = section();
    solver(FakeXfoil.converging(bin, record, "none", "exit 0")).polar(section, 3e6, ALPHAS);
    List<String> stdin = FakeXfoil.recorded(record, "stdin.txt");
    assertEquals(List.of("PLOP", "G F", "", "LOAD airfoil.dat", "PANE", "OPER", "VISC 3000000", "ITER 300", "PACC",
        "polar.txt", "", "ALFA -2.000", "ALFA 0.000", "ALFA 3.000", "ALFA 5.500", "PACC", "", "QUIT"), stdin);

    Airfoil loaded = AirfoilFiles.read(record.resolve("loaded.dat"));
    Airfoil unit = section.scaledToUnitChord();
    assertEquals(unit.size(), loaded.size());
    assertEquals(0.0, loaded.x(loaded.leadingEdgeIndex()), 1e-7);
    for (int i = 0; i < unit.size(); i++) {
      assertEquals(unit.x(i), loaded.x(i), 1e-7);
      assertEquals(unit.y(i), loaded.y(i), 1e-7);
    }
    Path workDir = Path.of(FakeXfoil.recorded(record, "cwd.txt").get(0));
    assertFalse(Files.exists(workDir), "temporary directory " + workDir + " was left behind");
  }

  @Test
  void graphicsOnThroughALauncherSendsNoPlotCommands() {
    Path fake = FakeXfoil.converging(bin, record, "none", "exit 0");
    XfoilConfig config = XfoilConfig.defaults().withExecutable(fake.toString()).withLauncher(List.of("sh"))
        .withGraphics(XfoilGraphics.ON).withIterations(50);
    Polar polar = new XfoilSolver(config).polar(section(), 1e6, List.of(1.0));
    assertEquals(1, polar.convergedCount());
    List<String> stdin = FakeXfoil.recorded(record, "stdin.txt");
    assertEquals("LOAD airfoil.dat", stdin.get(0));
    assertTrue(stdin.contains("ITER 50"));
    assertFalse(stdin.contains("PLOP"));
  }

  @Test
  void abnormalExitIsNamedInTheReasonOfTheMissingPoints() {
    Path fake = FakeXfoil.converging(bin, record, "3.000",
        "echo 'Program received signal SIGFPE: Floating-point exception'\necho '#0  0x7f in ???'\nexit 136");
    AeroResult r = solver(fake).solve(section(), new FlowCondition(3.0, 1e6));
    assertEquals(SolverStatus.NOT_CONVERGED, r.status());
    assertTrue(r.reason().startsWith("xfoil did not converge at alpha=3.000 (xfoil exited with status 136, last output: "
        + "'Program received signal SIGFPE: Floating-point exception'; builds that fail with graphics off"), r.reason());
    assertTrue(r.reason().contains("XfoilGraphics.ON and the launcher xvfb-run -a"), r.reason());

    XfoilConfig on = XfoilConfig.defaults().withExecutable(fake.toString()).withGraphics(XfoilGraphics.ON);
    AeroResult withGraphics = new XfoilSolver(on).solve(section(), new FlowCondition(3.0, 1e6));
    assertEquals("xfoil did not converge at alpha=3.000 (xfoil exited with status 136, last output: "
        + "'Program received signal SIGFPE: Floating-point exception')", withGraphics.reason());
  }

  @Test
  void timeoutKillsXfoilAndReportsEveryAngleNotConverged() {
    Path fake = FakeXfoil.sleeping(bin, record);
    XfoilConfig config = XfoilConfig.defaults().withExecutable(fake.toString()).withTimeout(Duration.ofMillis(500));
    Polar polar = new XfoilSolver(config).polar(section(), 1e6, ALPHAS);
    assertEquals(0, polar.convergedCount());
    for (AeroResult r : polar.points()) {
      assertEquals(SolverStatus.NOT_CONVERGED, r.status());
      assertEquals("xfoil timed out after 0.5 s on the polar at Re=1000000.0 and was killed", r.reason());
    }
    Path workDir = Path.of(FakeXfoil.recorded(record, "cwd.txt").get(0));
    assertFalse(Files.exists(workDir), "temporary directory " + workDir + " was left behind");
  }

  @Test
  void missingExecutableNamesThePathAndTheEmbeddedSolver() {
    Path absent = bin.resolve("no-such-xfoil");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> solver(absent).solve(section(), new FlowCondition(0, 1e6)));
    assertTrue(e.getMessage().contains(absent.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("embedded ViscousPanelSolver needs no external program"), e.getMessage());

    XfoilSolver onPath = new XfoilSolver(XfoilConfig.defaults().withExecutable("xfoil-not-installed-here"));
    e = assertThrows(IllegalStateException.class, () -> onPath.solve(section(), new FlowCondition(0, 1e6)));
    assertTrue(e.getMessage().contains("'xfoil-not-installed-here' not found on PATH"), e.getMessage());
  }

  @Test
  void nonExecutableFileIsRejected() throws Exception {
    Path plain = Files.writeString(bin.resolve("xfoil.txt"), "not a program");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> solver(plain).solve(section(), new FlowCondition(0, 1e6)));
    assertTrue(e.getMessage().contains(plain + "' does not exist or is not executable"), e.getMessage());
  }

  @Test
  void outOfRangeConditionsAndBadSettingsAreRejectedBeforeXfoilRuns() {
    XfoilSolver s = solver(FakeXfoil.converging(bin, record, "none", "exit 0"));
    assertThrows(IllegalArgumentException.class, () -> s.polar(section(), 1e6, List.of(0.0, 25.0)));
    assertFalse(Files.exists(record.resolve("stdin.txt")), "xfoil ran for an invalid request");
    assertThrows(IllegalArgumentException.class, () -> XfoilConfig.defaults().withTimeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> XfoilConfig.defaults().withLauncher(List.of(" ")));
    assertThrows(IllegalArgumentException.class, () -> XfoilConfig.defaults().withIterations(0));
    assertThrows(IllegalArgumentException.class, () -> XfoilConfig.defaults().withExecutable(""));
  }
}
