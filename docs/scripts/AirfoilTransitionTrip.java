import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inversesuite.airfoil.io.AirfoilFiles;
import org.inversesuite.airfoil.solver.AeroResult;
import org.inversesuite.airfoil.solver.SolverConfig;
import org.inversesuite.airfoil.solver.TrailingEdgeModel;
import org.inversesuite.airfoil.solver.TurbulentModel;
import org.inversesuite.airfoil.solver.ViscousPanelSolver;

/**
 * Is a lift error caused by the transition location? Solves a section at one angle with free
 * transition and with the upper surface tripped at a given x/c (XFOIL's free-transition point),
 * each along the polar path −4° … ALPHA of AirfoilValidationTables (warm-started, whole degrees),
 * and prints C_l, C_d and the transition points of both (docs/airfoil-validation.md, "Transition
 * location (session 12)"). Run from the repository root, class path as for AirfoilValidationTables:
 *   java --add-modules=jdk.incubator.vector -cp "..." docs/scripts/AirfoilTransitionTrip.java DAT RE ALPHA XTR_UPPER [EDGE [TURB [XTR_LOWER]]]
 * EDGE: OPENED (default) or XFOIL_SHARP; TURB: HEAD (default) or HEAD_LAGGED; XTR_LOWER: also trip the lower surface
 * there (default 1: free; "Lower-surface trailing-edge layer (session 12)"). XTR_UPPER 1 leaves the upper surface free.
 */
public class AirfoilTransitionTrip {
  public static void main(String[] args) throws IOException {
    if (args.length < 4 || args.length > 7) {
      System.err.println("usage: AirfoilTransitionTrip DAT RE ALPHA XTR_UPPER [OPENED|XFOIL_SHARP [HEAD|HEAD_LAGGED [XTR_LOWER]]]");
      System.exit(2);
    }
    double re = Double.parseDouble(args[1]);
    double alpha = Double.parseDouble(args[2]);
    double trip = Double.parseDouble(args[3]);
    double tripLower = args.length > 6 ? Double.parseDouble(args[6]) : 1;
    TrailingEdgeModel edge = args.length > 4 ? TrailingEdgeModel.valueOf(args[4]) : TrailingEdgeModel.OPENED;
    List<Double> alphas = new ArrayList<>();
    for (int a = -4; a <= alpha; a++) alphas.add((double) a);
    SolverConfig free = SolverConfig.defaults();
    if (args.length > 5) free = free.withTurbulentModel(TurbulentModel.valueOf(args[5]));
    SolverConfig tripped = new SolverConfig(free.panels(), free.laminarModel(), free.transitionModel(),
        free.criticalAmplification(), trip, tripLower, free.maxIterations(), free.tolerance())
        .withTurbulentModel(free.turbulentModel());
    for (SolverConfig c : new SolverConfig[] {free, tripped}) {
      List<AeroResult> points = new ViscousPanelSolver(c, edge).polar(AirfoilFiles.read(Path.of(args[0])), re, alphas).points();
      AeroResult r = points.get(points.size() - 1);
      System.out.printf(Locale.ROOT, "%s: alpha %.1f C_l %.4f C_d %.5f x_tr upper %.3f lower %.3f (%s)%n",
          c == free ? "free" : "tripped at " + trip + " (upper), " + tripLower + " (lower)", r.condition().alphaDegrees(), r.cl(), r.cd(),
          r.transitionUpper(), r.transitionLower(), r.status());
    }
  }
}
