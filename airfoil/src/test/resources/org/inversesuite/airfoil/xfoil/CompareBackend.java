import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.inversesuite.airfoil.io.AirfoilFiles;
import org.inversesuite.airfoil.shape.Airfoil;
import org.inversesuite.airfoil.solver.AeroResult;
import org.inversesuite.airfoil.solver.XfoilConfig;
import org.inversesuite.airfoil.solver.XfoilGraphics;
import org.inversesuite.airfoil.solver.XfoilSolver;

/**
 * Runs XfoilSolver (a real XFOIL under xvfb-run) on the fixture sections and prints how far it is
 * from the committed CSV fixtures. Not a test (it needs xfoil and xvfb-run); a single-file program,
 * run from the repository root as README.md in this directory shows.
 */
public class CompareBackend {
  public static void main(String[] args) throws Exception {
    String dir = "airfoil/src/test/resources/org/inversesuite/airfoil/xfoil/";
    XfoilSolver solver = new XfoilSolver(XfoilConfig.defaults().withLauncher(List.of("xvfb-run", "-a"))
        .withGraphics(XfoilGraphics.ON));
    System.out.println("| section | Re | angles in fixture | converged by XfoilSolver | compared | max abs dCl"
        + " | max rel dCd | s per polar |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    for (String section : List.of("naca0012", "naca2412", "naca4415", "cst-a", "cst-b")) {
      Airfoil airfoil = AirfoilFiles.read(Path.of(dir + section + ".dat"));
      for (String re : List.of("1e6", "3e6")) {
        Map<Double, double[]> fixture = new TreeMap<>();
        List<String> lines = Files.readAllLines(Path.of(dir + section + "-" + re + ".csv"));
        for (String line : lines.subList(1, lines.size())) {
          String[] p = line.split(",");
          fixture.put(Double.parseDouble(p[0]), new double[] {Double.parseDouble(p[1]), Double.parseDouble(p[2])});
        }
        // as the fixtures: a sweep up from 2 degrees and one down from 1 degree, whole degrees
        List<Double> up = new ArrayList<>();
        List<Double> down = new ArrayList<>();
        for (int i = 2; i <= 10; i++) {
          up.add((double) i);
        }
        for (int i = 1; i >= -4; i--) {
          down.add((double) i);
        }
        long t0 = System.nanoTime();
        List<AeroResult> results = new ArrayList<>(solver.polar(airfoil, Double.parseDouble(re), up).points());
        results.addAll(solver.polar(airfoil, Double.parseDouble(re), down).points());
        double seconds = (System.nanoTime() - t0) / 2e9;
        int converged = 0;
        int compared = 0;
        double dcl = 0;
        double dcd = 0;
        for (AeroResult r : results) {
          double[] f = r.converged() ? fixture.get(r.condition().alphaDegrees()) : null;
          converged += r.converged() ? 1 : 0;
          if (f != null) {
            compared++;
            dcl = Math.max(dcl, Math.abs(r.cl() - f[0]));
            dcd = Math.max(dcd, Math.abs(r.cd() - f[1]) / f[1]);
          }
        }
        System.out.printf("| %s | %s | %d | %d / 15 | %d | %.4f | %.1f %% | %.1f |%n", section, re, fixture.size(),
            converged, compared, dcl, 100 * dcd, seconds);
      }
    }
  }
}
