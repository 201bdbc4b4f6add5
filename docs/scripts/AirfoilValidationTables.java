import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inversesuite.airfoil.io.AirfoilFiles;
import org.inversesuite.airfoil.solver.AeroResult;
import org.inversesuite.airfoil.solver.Polar;
import org.inversesuite.airfoil.solver.SolverConfig;
import org.inversesuite.airfoil.solver.TrailingEdgeModel;
import org.inversesuite.airfoil.solver.TurbulentModel;
import org.inversesuite.airfoil.solver.SolverStatus;
import org.inversesuite.airfoil.solver.ViscousPanelSolver;

/**
 * The comparison tables of docs/airfoil-validation.md: the embedded solver (default settings) on the
 * five validation sections at Re 1e6 and 3e6, alpha -4..10 deg in one polar each, against the committed
 * XFOIL fixtures. Prints the summary table, then one table per section and Reynolds number (markdown).
 * Errors: dCl relative to max(|Cl_xfoil|, 0.2), dCd relative to Cd_xfoil; maxima over CONVERGED points.
 * Run from the repository root after compiling the airfoil module:
 *   mvn -o -q -pl airfoil -am compile && mvn -o -q -pl airfoil dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 *   java --add-modules=jdk.incubator.vector -cp "airfoil/target/classes:core/target/classes:data/target/classes:$(cat airfoil/target/cp.txt)" \
 *     docs/scripts/AirfoilValidationTables.java [PANELS [EDGE]]
 * (PANELS: the solver's panel count, default that of SolverConfig.defaults(); EDGE: OPENED, the
 * default, or XFOIL_SHARP, TrailingEdgeModel).
 */
public class AirfoilValidationTables {
  static final Path FIXTURES = Path.of("airfoil/src/test/resources/org/inversesuite/airfoil/xfoil");
  static final String[] SECTIONS = {"naca0012", "naca2412", "naca4415", "cst-a", "cst-b"};
  static final String[] NAMES = {"NACA 0012", "NACA 2412", "NACA 4415", "CST-A", "CST-B"};

  public static void main(String[] args) throws IOException {
    SolverConfig config = args.length > 0 ? SolverConfig.defaults().withPanels(Integer.parseInt(args[0])) : SolverConfig.defaults();
    if (args.length > 2) config = config.withTurbulentModel(TurbulentModel.valueOf(args[2]));
    TrailingEdgeModel edge = args.length > 1 ? TrailingEdgeModel.valueOf(args[1]) : TrailingEdgeModel.OPENED;
    ViscousPanelSolver solver = new ViscousPanelSolver(config, edge);
    List<Double> alphas = new ArrayList<>();
    for (int a = -4; a <= 10; a++) alphas.add((double) a);
    StringBuilder summary = new StringBuilder();
    StringBuilder tables = new StringBuilder();
    summary.append("| section | Re | max \\|ΔC_l\\| −4°…6° | max \\|ΔC_d\\| −4°…6° | max \\|ΔC_l\\| 7°…10° | max \\|ΔC_d\\| 7°…10° "
        + "| not converged (this solver) | target met (−4°…6°) |\n|---|---|---|---|---|---|---|---|\n");
    for (int i = 0; i < SECTIONS.length; i++) {
      for (String re : new String[] {"1e6", "3e6"}) {
        Map<Double, double[]> ref = fixture(SECTIONS[i] + "-" + re + ".csv");
        Polar polar = solver.polar(AirfoilFiles.read(FIXTURES.resolve(SECTIONS[i] + ".dat")), Double.parseDouble(re), alphas);
        double[] max = new double[4];
        List<String> notConverged = new ArrayList<>();
        List<String> separated = new ArrayList<>();
        tables.append(String.format(Locale.ROOT, "### %s, Re = %s%n%n", NAMES[i], re));
        tables.append("| α | status | C_l | C_l XFOIL | ΔC_l | C_d | C_d XFOIL | ΔC_d | C_m | C_m XFOIL | x_tr upper (XFOIL) | x_tr lower (XFOIL) |\n");
        tables.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (AeroResult r : polar.points()) {
          double a = r.condition().alphaDegrees();
          if (r.status() == SolverStatus.NOT_CONVERGED) notConverged.add(String.format(Locale.ROOT, "%.0f°", a));
          if (r.status() == SolverStatus.SEPARATED) separated.add(String.format(Locale.ROOT, "%.0f°", a));
          double[] p = ref.get(a);
          if (p == null) {
            tables.append(String.format(Locale.ROOT, "| %.0f | %s | %.4f | – | – | %.5f | – | – | | | | |%n", a, r.status(), r.cl(), r.cd()));
            continue;
          }
          double dcl = (r.cl() - p[1]) / Math.max(Math.abs(p[1]), 0.2);
          double dcd = (r.cd() - p[2]) / p[2];
          tables.append(String.format(Locale.ROOT,
              "| %.0f | %s | %.4f | %.4f | %+.1f %% | %.5f | %.5f | %+.1f %% | %.4f | %.4f | %.3f (%.3f) | %.3f (%.3f) |%n",
              a, r.status(), r.cl(), p[1], 100 * dcl, r.cd(), p[2], 100 * dcd, r.cm(), p[4],
              r.transitionUpper(), p[5], r.transitionLower(), p[6]));
          if (r.status() == SolverStatus.CONVERGED) {
            int o = a <= 6 ? 0 : 2;
            max[o] = Math.max(max[o], Math.abs(dcl));
            max[o + 1] = Math.max(max[o + 1], Math.abs(dcd));
          }
        }
        tables.append('\n');
        String nc = notConverged.isEmpty() && separated.isEmpty() ? "—" : String.join(", ", notConverged)
            + (separated.isEmpty() ? "" : (notConverged.isEmpty() ? "" : " ") + "(separated: " + String.join(", ", separated) + ")");
        boolean met = max[0] <= 0.03 && max[1] <= 0.10;
        summary.append(String.format(Locale.ROOT, "| %s | %s | %.1f %% | %.1f %% | %.1f %% | %.1f %% | %s | %s |%n",
            NAMES[i], re, 100 * max[0], 100 * max[1], 100 * max[2], 100 * max[3], nc, met ? "yes" : "no"));
      }
    }
    System.out.println(summary);
    System.out.println(tables);
  }

  /** alpha -> {alpha, cl, cd, cdp, cm, xtr_top, xtr_bot} */
  static Map<Double, double[]> fixture(String name) throws IOException {
    Map<Double, double[]> out = new HashMap<>();
    List<String> rows = Files.readAllLines(FIXTURES.resolve(name));
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",");
      double[] v = new double[f.length];
      for (int j = 0; j < f.length; j++) v[j] = Double.parseDouble(f[j]);
      out.put(v[0], v);
    }
    return out;
  }
}
