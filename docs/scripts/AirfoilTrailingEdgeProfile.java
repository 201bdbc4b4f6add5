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
import org.inversesuite.airfoil.solver.ViscousPanelSolver;

/**
 * The boundary layer near the trailing edge, this solver against an XFOIL boundary-layer dump
 * (docs/airfoil-validation.md, "Sharp trailing edge: where XFOIL and the solver diverge"). Solves
 * the polar alpha -4..10 deg (default settings, the path of AirfoilValidationTables), takes the point
 * at ALPHA and prints, per surface, U_e, 10^3 delta*, 10^3 theta and H at x/c = 0.90 ... 1.00,
 * "XFOIL / this solver", both linearly interpolated in x/c; then C_l of both.
 * Run from the repository root after compiling the airfoil module (class path as for
 * AirfoilValidationTables):
 *   java --add-modules=jdk.incubator.vector -cp "..." docs/scripts/AirfoilTrailingEdgeProfile.java DAT RE ALPHA XFOIL_DUMP [EDGE]
 * EDGE: the solver's TrailingEdgeModel, OPENED (default) or XFOIL_SHARP.
 * XFOIL_DUMP: the file of XFOIL's DUMP command after the same angle (columns s x y Ue/Vinf Dstar Theta Cf H ...).
 */
public class AirfoilTrailingEdgeProfile {
  static final double[] X = {0.90, 0.92, 0.94, 0.96, 0.98, 0.99, 0.995, 1.0};

  public static void main(String[] args) throws IOException {
    if (args.length != 4 && args.length != 5) {
      System.err.println("usage: AirfoilTrailingEdgeProfile DAT RE ALPHA XFOIL_DUMP [OPENED|XFOIL_SHARP]");
      System.exit(2);
    }
    double re = Double.parseDouble(args[1]);
    double alpha = Double.parseDouble(args[2]);
    List<Double> alphas = new ArrayList<>();
    for (int a = -4; a <= 10; a++) alphas.add((double) a);
    TrailingEdgeModel edge = args.length > 4 ? TrailingEdgeModel.valueOf(args[4]) : TrailingEdgeModel.OPENED;
    ViscousPanelSolver solver = new ViscousPanelSolver(SolverConfig.defaults(), edge);
    AeroResult r = solver.polar(AirfoilFiles.read(Path.of(args[0])), re, alphas).points().stream()
        .filter(p -> p.condition().alphaDegrees() == alpha).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("alpha " + alpha + " is not a whole degree in -4..10"));
    SurfaceDistribution d = r.surface();
    int n = d.size();
    int le = 0;
    for (int i = 1; i < n; i++) if (d.x()[i] < d.x()[le]) le = i;
    // XFOIL dump rows: upper surface TE -> LE, lower LE -> TE (14 columns), then the wake (8 columns)
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
    System.out.printf(Locale.ROOT, "C_l XFOIL dump's run: see its log; this solver: %.4f (%s)%n%n", r.cl(), r.status());
    for (boolean upper : new boolean[] {true, false}) {
      System.out.printf("%s surface%n%n| x/c | U_e XFOIL / ours | 10³δ* XFOIL / ours | 10³θ XFOIL / ours | H XFOIL / ours |%n|---:|---|---|---|---|%n",
          upper ? "Upper" : "Lower");
      List<double[]> ours = new ArrayList<>();
      for (int i = le; upper ? i >= 0 : i < n; i += upper ? -1 : 1) {
        ours.add(new double[] {d.x()[i], d.edgeSpeed()[i], d.displacementThickness()[i], d.momentumThickness()[i], d.shapeFactor()[i]});
      }
      List<double[]> ref = new ArrayList<>();
      for (int i = xle; upper ? i >= 0 : i < rows.size(); i += upper ? -1 : 1) {
        double[] v = rows.get(i);
        ref.add(new double[] {v[1], Math.abs(v[3]), v[4], v[5], v[7]});
      }
      for (double x : X) {
        System.out.printf(Locale.ROOT, "| %.3f | %.3f / %.3f | %.2f / %.2f | %.3f / %.3f | %.2f / %.2f |%n", x,
            at(ref, x, 1), at(ours, x, 1), 1e3 * at(ref, x, 2), 1e3 * at(ours, x, 2), 1e3 * at(ref, x, 3),
            1e3 * at(ours, x, 3), at(ref, x, 4), at(ours, x, 4));
      }
      System.out.println();
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
