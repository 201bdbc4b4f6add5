package org.inversesuite.cli.airfoil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inversesuite.airfoil.shape.Airfoil;
import org.inversesuite.airfoil.solver.AeroResult;
import org.inversesuite.airfoil.solver.Polar;
import org.inversesuite.airfoil.solver.AirfoilSolver;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.data.table.CsvTable;
import org.inversesuite.data.table.CsvWriter;
import org.inversesuite.data.table.NonFinitePolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inverse airfoil polar SECTION --re --alpha}: a polar with the embedded solver. */
@Command(name = "polar", mixinStandardHelpOptions = true,
    description = "Compute a polar (C_l, C_d, C_m, L/D, transition) with the embedded viscous panel solver "
        + "or, with --solver xfoil, an installed XFOIL.",
    footer = {"", "SECTION is a NACA designation (naca2412, 23012) or a Selig/Lednicer .dat file.",
        "Points that do not converge are shown with their status, never as numbers.", "", "Examples:",
        "  inverse airfoil polar naca4415 --re 3e6 --alpha -4:10:1 --plot polar.png",
        "  inverse airfoil polar my-section.dat --re 1e6 --alpha 0,2,4 -o polar.csv",
        "  inverse airfoil polar naca2412 --solver xfoil --xfoil-graphics on --xfoil-launcher \"xvfb-run -a\""})
final class PolarCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "SECTION", description = "NACA designation or coordinate file")
  String section;

  @Option(names = "--re", defaultValue = "1e6", description = "Reynolds number (default ${DEFAULT-VALUE})")
  double reynolds;

  @Option(names = "--alpha", defaultValue = "-4:10:1",
      description = "angles in degrees: a value, a list 0,2,4 or a range from:to:step (default ${DEFAULT-VALUE})")
  String alpha;

  @Mixin
  SolverOptions solverOptions;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the polar as CSV")
  Path output;

  @Option(names = "--plot", paramLabel = "PNG", description = "draw C_l-α, the drag polar and C_p")
  Path plot;

  @Option(names = "--force", description = "overwrite existing output files")
  boolean force;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  @Override
  public Integer call() {
    Outputs.checkWritable(output, force);
    Outputs.checkWritable(plot, force);
    Airfoil airfoil = Sections.section(section);
    List<Double> angles = Sections.angles(alpha);
    AirfoilSolver solver = solverOptions.create();
    long t = System.nanoTime();
    Polar polar = solver.polar(airfoil, reynolds, angles);
    double seconds = (System.nanoTime() - t) * 1e-9;
    System.out.printf(Locale.ROOT, "%s  Re = %.3g  %s  (%d points in %.2f s)%n", airfoil.name(), reynolds,
        solverOptions.describe(), angles.size(), seconds);
    System.out.printf(Locale.ROOT, "%7s %8s %9s %8s %8s %7s %7s  %s%n", "alpha", "Cl", "Cd", "Cm", "L/D", "xtr_u",
        "xtr_l", "status");
    Matrix values = Matrix.zeros(Precision.FLOAT64, angles.size(), 8);
    AeroResult middle = null;
    for (int i = 0; i < polar.points().size(); i++) {
      AeroResult r = polar.points().get(i);
      boolean ok = r.converged();
      System.out.printf(Locale.ROOT, "%7.2f %8s %9s %8s %8s %7s %7s  %s%n", r.condition().alphaDegrees(),
          num(ok, r.cl(), "%.4f"), num(ok, r.cd(), "%.5f"), num(ok, r.cm(), "%.4f"), num(ok, r.cl() / r.cd(), "%.1f"),
          num(ok, r.transitionUpper(), "%.3f"), num(ok, r.transitionLower(), "%.3f"),
          ok ? (r.directMode() ? "converged, " + AeroResult.DIRECT_MODE : "converged")
              : r.status().name().toLowerCase(Locale.ROOT) + ": " + r.reason());
      int j = PolarColumns.put(values, i, 0, r);
      values.set(i, j, r.transitionUpper());
      values.set(i, j + 1, r.transitionLower());
      values.set(i, j + 2, ok ? 1 : 0);
      if (ok && (middle == null || Math.abs(r.condition().alphaDegrees() - 4) < Math.abs(
          middle.condition().alphaDegrees() - 4))) {
        middle = r;
      }
    }
    if (output != null) {
      List<String> columns = new ArrayList<>(PolarColumns.NAMES);
      columns.addAll(List.of("xtr_upper", "xtr_lower", "converged"));
      CsvWriter.defaults().withNonFinite(NonFinitePolicy.ALLOW).write(output, new CsvTable(columns, values));
      System.out.println("wrote " + output);
    }
    if (plot != null) {
      AirfoilPlots.polar(plot, polar, middle);
      System.out.println("wrote " + plot);
    }
    return polar.convergedCount() == 0 ? 1 : 0;
  }

  private static String num(boolean ok, double v, String format) {
    return ok ? String.format(Locale.ROOT, format, v) : "-";
  }
}
