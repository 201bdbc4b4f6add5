import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.inversesuite.airfoil.design.DesignCandidate;
import org.inversesuite.airfoil.design.DesignCase;
import org.inversesuite.airfoil.design.DesignPoint;
import org.inversesuite.airfoil.design.Robustness;
import org.inversesuite.airfoil.design.RobustnessCheck;
import org.inversesuite.airfoil.io.AirfoilFiles;
import org.inversesuite.airfoil.io.CoordinateFormat;
import org.inversesuite.airfoil.solver.SolverConfig;
import org.inversesuite.airfoil.solver.ViscousPanelSolver;
import org.inversesuite.core.random.Rng;

/**
 * How many of a design family's ranked shapes would survive the export re-check (docs/airfoil.md, "Exported
 * designs re-simulate to what was reported (session 15)"): for every row of a design folder's candidates.csv,
 * rebuild the CST contour (sharp trailing edge), re-simulate it, export it as Selig text, parse it back, and run
 * {@link RobustnessCheck} with K copies moved by at most SIZE chord. Prints one line per rank and a summary.
 * Run from the repository root after the build:
 *   java --add-modules=jdk.incubator.vector -cp "cli/target/inverse/lib/*" docs/scripts/AirfoilExportRobustness.java \
 *     CANDIDATES.csv ALPHA RE K SIZE THREADS
 */
public class AirfoilExportRobustness {
  public static void main(String[] args) throws IOException {
    if (args.length != 6) {
      System.err.println("usage: AirfoilExportRobustness CANDIDATES.csv ALPHA RE K SIZE THREADS");
      System.exit(2);
    }
    List<String> lines = Files.readAllLines(Path.of(args[0]));
    double alpha = Double.parseDouble(args[1]);
    double re = Double.parseDouble(args[2]);
    int copies = Integer.parseInt(args[3]);
    double size = Double.parseDouble(args[4]);
    int threads = Integer.parseInt(args[5]);
    List<String> header = Arrays.asList(lines.get(0).split(","));
    int upper = (int) header.stream().filter(h -> h.startsWith("au")).count();
    int d = upper + (int) header.stream().filter(h -> h.startsWith("al")).count();
    ViscousPanelSolver solver = new ViscousPanelSolver(SolverConfig.defaults());
    RobustnessCheck check = new RobustnessCheck(solver, copies, size, threads);
    int rows = 0, robust = 0, reproduced = 0, meeting = 0, meetingRobust = 0, topHalf = 0, topHalfRobust = 0;
    int direct = 0, directRobust = 0;
    int ranked = lines.size() - 1;
    List<Double> clSpread = new ArrayList<>();
    for (int row = 1; row < lines.size(); row++) {
      String[] v = lines.get(row).split(",");
      double[] x = new double[d];
      for (int j = 0; j < d; j++) x[j] = Double.parseDouble(v[1 + j]);
      DesignPoint p = new DesignPoint(x, upper, alpha, re, 0);
      DesignCase c = DesignCase.evaluate(p, solver);
      if (!c.usable()) {
        System.out.printf(Locale.ROOT, "rank %2d: %s%n", row, c.reason());
        continue;
      }
      double reportedCl = Double.parseDouble(v[header.indexOf("cl")]);
      List<String> text = AirfoilFiles.format(p.airfoil("design"), CoordinateFormat.SELIG);
      Robustness r = check.check(AirfoilFiles.parse("design.dat", text, CoordinateFormat.SELIG), c, new Rng(1).stream(row));
      boolean meets = Double.parseDouble(v[header.indexOf("cl_error")]) <= DesignCandidate.CL_TOLERANCE
          && Double.parseDouble(v[header.indexOf("ld_rel_error")]) <= DesignCandidate.LD_TOLERANCE;
      rows++;
      robust += r.robust() ? 1 : 0;
      direct += r.directMode() ? 1 : 0;
      directRobust += r.directMode() && r.robust() ? 1 : 0;
      reproduced += r.reproduced() && c.cl() == reportedCl ? 1 : 0;
      meeting += meets ? 1 : 0;
      meetingRobust += meets && r.robust() ? 1 : 0;
      if (row <= (ranked + 1) / 2) {
        topHalf++;
        topHalfRobust += r.robust() ? 1 : 0;
      }
      clSpread.add(r.clMax() - r.clMin());
      System.out.printf(Locale.ROOT, "rank %2d: reported C_l %.4f, file %.4f%s%s; %s%s%n", row, reportedCl, r.cl(),
          c.cl() == reportedCl && r.reproduced() ? " (bit for bit)" : " (DIFFERS)", r.directMode() ? " direct mode" : "",
          r.summary(), meets ? "; meets both tolerances" : "");
    }
    clSpread.sort(null);
    System.out.printf(Locale.ROOT, "%d rows: %d re-simulate bit for bit; %d robust (%.0f %%), top half %d of %d; meeting both "
        + "tolerances %d, of which robust %d; C_l spread of the copies: median %.4f, max %.4f; reported values from the "
        + "direct-mode fallback %d, of which robust %d%n", rows, reproduced, robust,
        100.0 * robust / rows, topHalfRobust, topHalf, meeting, meetingRobust, clSpread.get(clSpread.size() / 2),
        clSpread.get(clSpread.size() - 1), direct, directRobust);
  }
}
