package org.inversesuite.airfoil.solver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inversesuite.airfoil.io.AirfoilFiles;
import org.inversesuite.airfoil.io.CoordinateFormat;
import org.inversesuite.airfoil.shape.Airfoil;

/**
 * Optional backend that runs an external XFOIL program (M. Drela, "XFOIL: an analysis and
 * design system for low Reynolds number airfoils", Lecture Notes in Engineering 54, 1989)
 * behind the {@link AirfoilSolver} interface, for users who have it installed; the suite never
 * needs it ({@link ViscousPanelSolver} is the embedded solver).
 *
 * <p>One XFOIL process per polar: the airfoil, scaled to unit chord, is written as a Selig file
 * into a fresh temporary directory, the commands of {@link XfoilScript} go to XFOIL's standard
 * input (160 panel nodes, free transition with N_crit = 9, incompressible), XFOIL accumulates a
 * polar file with {@code PACC}, and {@link XfoilPolarFile} reads it back. Each requested angle is
 * matched to the polar row printed for it (angles are passed to XFOIL rounded to 0.001°):
 * <ul>
 *   <li>{@link SolverStatus#CONVERGED} when XFOIL wrote the point. C_l, C_d, C_m and the
 *       transition positions are XFOIL's; the friction drag is {@code CD − CDp}; separation
 *       positions are NaN and the iteration count is 0, since XFOIL's polar file reports neither;
 *       {@link AeroResult#surface()} is {@code null} (no surface distributions).</li>
 *   <li>{@link SolverStatus#NOT_CONVERGED} with reason "xfoil did not converge at alpha=…" when
 *       the point is missing from the polar file (XFOIL omits points whose Newton iteration
 *       failed), with the exit status and last output added when XFOIL stopped abnormally
 *       (and, with graphics off, a hint to run it with graphics on under {@code xvfb-run});
 *       coefficients are NaN.</li>
 *   <li>every angle {@link SolverStatus#NOT_CONVERGED} when the polar exceeds
 *       {@link XfoilConfig#timeout()}: the process and its children are killed.</li>
 * </ul>
 * The temporary directory is deleted in every case. Stateless; concurrent calls each run their
 * own process.
 */
public final class XfoilSolver implements AirfoilSolver {
  private static final String AIRFOIL_FILE = "airfoil.dat";
  private static final String POLAR_FILE = "polar.txt";
  private static final double ANGLE_MATCH = 5e-4;

  private final XfoilConfig config;

  /** @param config where XFOIL is and how to run it; {@link XfoilConfig#defaults()} for xfoil on PATH */
  public XfoilSolver(XfoilConfig config) {
    if (config == null) {
      throw new IllegalArgumentException("config is required; use XfoilConfig.defaults()");
    }
    this.config = config;
  }

  /** @return the settings */
  public XfoilConfig config() {
    return config;
  }

  /**
   * Finds the XFOIL program now, so a caller can refuse a missing one before any work starts.
   *
   * @return the absolute path of the executable
   * @throws IllegalStateException naming the executable when it is not found or not executable
   */
  public java.nio.file.Path executable() {
    return XfoilProcess.resolve(config.executable());
  }

  /**
   * @throws IllegalStateException if the XFOIL executable is missing (the message names it)
   */
  @Override
  public AeroResult solve(Airfoil airfoil, FlowCondition condition) {
    return polar(airfoil, condition.reynolds(), List.of(condition.alphaDegrees())).points().get(0);
  }

  /**
   * Runs one XFOIL process for all angles, in the given order (each starts from XFOIL's previous
   * solution).
   *
   * @throws IllegalStateException if the XFOIL executable is missing (the message names it) or
   *     cannot be started
   */
  @Override
  public Polar polar(Airfoil airfoil, double reynolds, List<Double> alphasDegrees) {
    List<FlowCondition> conditions = SolverInput.conditions(reynolds, alphasDegrees);
    Airfoil normalized = SolverInput.unitChord(airfoil);
    Path executable = XfoilProcess.resolve(config.executable());
    try (XfoilWorkDir dir = XfoilWorkDir.create()) {
      Path work = dir.path();
      AirfoilFiles.write(work.resolve(AIRFOIL_FILE), normalized, CoordinateFormat.SELIG);
      List<String> script = XfoilScript.lines(config.graphics(), AIRFOIL_FILE, POLAR_FILE, reynolds,
          config.iterations(), alphasDegrees);
      Path stdin = write(work.resolve("commands.txt"), script);
      XfoilProcess.Outcome outcome = XfoilProcess.run(config, executable, work, stdin, work.resolve("xfoil.log"));
      List<AeroResult> points = new ArrayList<>(conditions.size());
      if (outcome.timedOut()) {
        String reason = "xfoil timed out after " + config.timeout().toMillis() / 1000.0 + " s on the polar at Re="
            + reynolds + " and was killed";
        conditions.forEach(c -> points.add(failed(c, reason)));
      } else {
        List<XfoilPolarFile.Row> rows = rows(work.resolve(POLAR_FILE));
        for (FlowCondition c : conditions) {
          XfoilPolarFile.Row row = find(rows, c.alphaDegrees());
          points.add(row != null ? converged(c, row) : failed(c, missing(c, outcome)));
        }
      }
      return new Polar(airfoil.name(), reynolds, points);
    }
  }

  private String missing(FlowCondition c, XfoilProcess.Outcome outcome) {
    String reason = "xfoil did not converge at alpha=" + XfoilScript.angle(c.alphaDegrees());
    if (outcome.exitCode() != 0) {
      reason += " (xfoil exited with status " + outcome.exitCode() + ", last output: '" + outcome.lastOutput() + "'"
          + (config.graphics() == XfoilGraphics.OFF ? "; builds that fail with graphics off, such as Debian's 6.99, "
              + "run with XfoilGraphics.ON and the launcher xvfb-run -a" : "") + ")";
    }
    return reason;
  }

  private static XfoilPolarFile.Row find(List<XfoilPolarFile.Row> rows, double alpha) {
    double target = Double.parseDouble(XfoilScript.angle(alpha));
    XfoilPolarFile.Row found = null;
    for (XfoilPolarFile.Row r : rows) {
      if (Math.abs(r.alpha() - target) < ANGLE_MATCH) {
        found = r; // the last one: XFOIL appends
      }
    }
    return found;
  }

  private static AeroResult converged(FlowCondition c, XfoilPolarFile.Row r) {
    return new AeroResult(c, SolverStatus.CONVERGED, "", r.cl(), r.cd(), r.cd() - r.cdp(), r.cm(), r.xtrTop(),
        r.xtrBottom(), Double.NaN, Double.NaN, 0, null);
  }

  private static AeroResult failed(FlowCondition c, String reason) {
    return new AeroResult(c, SolverStatus.NOT_CONVERGED, reason, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
        Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, null);
  }

  private static List<XfoilPolarFile.Row> rows(Path polar) {
    if (!Files.exists(polar)) {
      return List.of();
    }
    try {
      return XfoilPolarFile.parse("xfoil polar file", Files.readAllLines(polar, StandardCharsets.ISO_8859_1));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read xfoil's polar file " + polar + ": " + e.getMessage(), e);
    }
  }

  private static Path write(Path file, List<String> lines) {
    try {
      return Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write xfoil commands to " + file + ": " + e.getMessage(), e);
    }
  }
}
