import java.io.IOException;
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
 * Does an answer depend on the polar path (warm start)? Solves one polar along the given angles, in
 * the given order, and prints per angle C_l, C_d, the transition points and the lower surface's
 * shape factor and 10^3 delta* at the trailing edge (docs/airfoil-validation.md, "Lower-surface
 * trailing-edge layer (session 12)"). Run from the repository root, class path as for AirfoilValidationTables:
 *   java --add-modules=jdk.incubator.vector -cp "..." docs/scripts/AirfoilPolarPath.java DAT RE EDGE A1,A2,...
 * EDGE: OPENED or XFOIL_SHARP (TrailingEdgeModel).
 */
public class AirfoilPolarPath {
  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: AirfoilPolarPath DAT RE OPENED|XFOIL_SHARP A1,A2,...");
      System.exit(2);
    }
    double re = Double.parseDouble(args[1]);
    TrailingEdgeModel edge = TrailingEdgeModel.valueOf(args[2]);
    List<Double> alphas = new ArrayList<>();
    for (String t : args[3].split(",")) alphas.add(Double.parseDouble(t));
    for (AeroResult r : new ViscousPanelSolver(SolverConfig.defaults(), edge).polar(AirfoilFiles.read(Path.of(args[0])), re, alphas)
        .points()) {
      SurfaceDistribution d = r.surface();
      int last = d.size() - 1;
      System.out.printf(Locale.ROOT, "%s alpha %.2f C_l %.4f C_d %.5f x_tr upper %.3f lower %.3f, lower edge H %.2f 10^3 delta* %.2f (%s)%n",
          edge, r.condition().alphaDegrees(), r.cl(), r.cd(), r.transitionUpper(), r.transitionLower(), d.shapeFactor()[last],
          1e3 * d.displacementThickness()[last], r.status());
    }
  }
}
