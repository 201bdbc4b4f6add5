import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inversesuite.airfoil.io.AirfoilFiles;
import org.inversesuite.airfoil.solver.AeroResult;
import org.inversesuite.airfoil.solver.SolverConfig;
import org.inversesuite.airfoil.solver.SurfaceDistribution;
import org.inversesuite.airfoil.solver.TrailingEdgeModel;
import org.inversesuite.airfoil.solver.TurbulentModel;
import org.inversesuite.airfoil.solver.ViscousPanelSolver;

/**
 * The upper-surface boundary layer from transition to the trailing edge, this solver against an
 * XFOIL boundary-layer dump (docs/airfoil-validation.md, "Turbulent layer after a laminar bubble").
 * Solves the polar alpha -4..10 deg (default settings, the path of AirfoilValidationTables), takes
 * the point at ALPHA and prints, at XFOIL's upper-surface nodes from X0 to the edge, U_e, 10^3
 * delta*, 10^3 theta, H and 10^3 C_f (both on the free-stream dynamic pressure), "XFOIL / this
 * solver", ours linearly interpolated in x/c; then C_l and transition of this solver.
 * Run from the repository root after compiling the airfoil module (class path as for
 * AirfoilValidationTables):
 *   java --add-modules=jdk.incubator.vector -cp "..." docs/scripts/AirfoilBubbleProfile.java DAT RE ALPHA XFOIL_DUMP X0 [EDGE [TURB [SURFACE]]]
 * SURFACE: upper (default) or lower (XFOIL's dump rows after its leading edge, wake rows x/c > 1 left out).
 * EDGE: the solver's TrailingEdgeModel, OPENED (default) or XFOIL_SHARP; TURB: its TurbulentModel, HEAD (default) or HEAD_LAGGED.
 * XFOIL_DUMP: the file of XFOIL's DUMP command after the same angle (columns s x y Ue/Vinf Dstar Theta Cf H ...).
 */
public class AirfoilBubbleProfile {
  public static void main(String[] args) throws IOException {
    if (args.length < 5 || args.length > 8) {
      System.err.println("usage: AirfoilBubbleProfile DAT RE ALPHA XFOIL_DUMP X0 [OPENED|XFOIL_SHARP [HEAD|HEAD_LAGGED [upper|lower]]]");
      System.exit(2);
    }
    double re = Double.parseDouble(args[1]);
    double alpha = Double.parseDouble(args[2]);
    double x0 = Double.parseDouble(args[4]);
    List<Double> alphas = new ArrayList<>();
    for (int a = -4; a <= 10; a++) alphas.add((double) a);
    TrailingEdgeModel edge = args.length > 5 ? TrailingEdgeModel.valueOf(args[5]) : TrailingEdgeModel.OPENED;
    SolverConfig config = SolverConfig.defaults();
    if (args.length > 6) config = config.withTurbulentModel(TurbulentModel.valueOf(args[6]));
    ViscousPanelSolver solver = new ViscousPanelSolver(config, edge);
    AeroResult r = solver.polar(AirfoilFiles.read(Path.of(args[0])), re, alphas).points().stream()
        .filter(p -> p.condition().alphaDegrees() == alpha).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("alpha " + alpha + " is not a whole degree in -4..10"));
    SurfaceDistribution d = r.surface();
    int n = d.size();
    int le = 0;
    for (int i = 1; i < n; i++) if (d.x()[i] < d.x()[le]) le = i;
    List<double[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[3]))) {
      String[] f = line.trim().split("\\s+");
      if (line.startsWith("#") || f.length < 12) continue;
      double[] v = new double[8];
      for (int j = 0; j < 8; j++) v[j] = Double.parseDouble(f[j]);
      rows.add(v);
    }
    int xle = 0;
    for (int i = 1; i < rows.size(); i++) if (rows.get(i)[1] < rows.get(xle)[1]) xle = i;
    System.out.printf(Locale.ROOT, "this solver (%s, %s): C_l %.4f, C_d %.5f, x_tr upper %.3f (%s)%n%n", edge, config.turbulentModel(), r.cl(), r.cd(),
        r.transitionUpper(), r.status());
    List<double[]> ours = new ArrayList<>();
    boolean lower = args.length > 7 && args[7].equals("lower");
    for (int i = le; lower ? i < n : i >= 0; i += lower ? 1 : -1) {
      double u = d.edgeSpeed()[i];
      ours.add(new double[] {d.x()[i], u, d.displacementThickness()[i], d.momentumThickness()[i], d.shapeFactor()[i],
          d.skinFriction()[i] * u * u});
    }
    System.out.println("| x/c | U_e XFOIL / ours | 10³δ* | 10³θ | H | 10³C_f |");
    System.out.println("|---:|---|---|---|---|---|");
    for (int i = xle; lower ? i < rows.size() : i >= 0; i += lower ? 1 : -1) {
      double[] v = rows.get(i);
      double x = v[1];
      if (x < x0 || lower && (x > 1.0001 || i > xle && x < rows.get(i - 1)[1])) continue;
      System.out.printf(Locale.ROOT, "| %.3f | %.3f / %.3f | %.2f / %.2f | %.3f / %.3f | %.2f / %.2f | %.2f / %.2f |%n", x,
          Math.abs(v[3]), at(ours, x, 1), 1e3 * v[4], 1e3 * at(ours, x, 2), 1e3 * v[5], 1e3 * at(ours, x, 3), v[7],
          at(ours, x, 4), 1e3 * v[6], 1e3 * at(ours, x, 5));
    }
  }

  /** Column c at x/c = x, linear in x between the neighbouring rows (rows ordered by increasing x). */
  static double at(List<double[]> rows, double x, int c) {
    for (int i = 1; i < rows.size(); i++) {
      double[] a = rows.get(i - 1);
      double[] b = rows.get(i);
      if (x >= a[0] && x <= b[0]) {
        return b[0] == a[0] ? b[c] : a[c] + (x - a[0]) / (b[0] - a[0]) * (b[c] - a[c]);
      }
    }
    return rows.get(rows.size() - 1)[c];
  }
}
