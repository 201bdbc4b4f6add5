import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inversesuite.airfoil.design.DesignPoint;
import org.inversesuite.airfoil.design.DesignSpace;
import org.inversesuite.airfoil.shape.Airfoil;
import org.inversesuite.airfoil.shape.ShapeAnalysis;
import org.inversesuite.airfoil.solver.AeroResult;
import org.inversesuite.airfoil.solver.Polar;
import org.inversesuite.airfoil.solver.SolverConfig;
import org.inversesuite.airfoil.solver.SolverStatus;
import org.inversesuite.airfoil.solver.ViscousPanelSolver;
import org.inversesuite.core.random.Rng;

/**
 * Cost of ten-angle polars (-2..7 deg) of designs drawn from the default design space, each at its
 * drawn Reynolds number: the unit of a polar data set. CPU time of one thread after JIT warm-up
 * (5 polars of other designs). Prints CPU per polar, polars/s per core, converged points and a
 * checksum, and writes every point (design, Re, angle, status, C_l, C_d, Newton iterations of the
 * last attempt) to OUT so that two builds
 * can be compared point by point (docs/airfoil.md, session 9); TURB: the TurbulentModel (default HEAD):
 *   java --add-modules=jdk.incubator.vector -cp CLASSPATH docs/scripts/AirfoilPolarSetCost.java DESIGNS PANELS OUT [TURB]
 */
public class AirfoilPolarSetCost {
  public static void main(String[] a) throws Exception {
    int designs = Integer.parseInt(a[0]);
    SolverConfig config = SolverConfig.defaults().withPanels(Integer.parseInt(a[1]));
    if (a.length > 3) config = config.withTurbulentModel(org.inversesuite.airfoil.solver.TurbulentModel.valueOf(a[3]));
    ViscousPanelSolver solver = new ViscousPanelSolver(config);
    List<Double> alphas = new ArrayList<>();
    for (int i = -2; i <= 7; i++) alphas.add((double) i);
    DesignSpace space = DesignSpace.defaults();
    Rng rng = new Rng(5);
    for (int i = 0; i < 5; i++) {
      DesignPoint p = space.sample(rng.stream("warm").stream(i));
      solver.polar(p.airfoil("w"), p.reynolds(), alphas);
    }
    var cpu = ManagementFactory.getThreadMXBean();
    double sum = 0;
    int conv = 0;
    int points = 0;
    long iterations = 0;
    double seconds = 0;
    try (PrintWriter out = new PrintWriter(a[2])) {
      for (int i = 0; i < designs; i++) {
        DesignPoint p = space.sample(rng.stream("design").stream(i));
        Airfoil f = p.airfoil("d" + i);
        if (!ShapeAnalysis.analyse(f).valid()) continue;
        long t0 = cpu.getCurrentThreadCpuTime();
        Polar polar = solver.polar(f, p.reynolds(), alphas);
        seconds += (cpu.getCurrentThreadCpuTime() - t0) / 1e9;
        for (AeroResult x : polar.points()) {
          points++;
          boolean ok = x.status() == SolverStatus.CONVERGED;
          if (ok) { conv++; sum += x.cl() * 1e3 + x.cd() * 1e5; }
          iterations += x.iterations();
          out.printf(Locale.ROOT, "%d %.0f %.0f %s %.6f %.7f %d%n", i, p.reynolds(), x.condition().alphaDegrees(), x.status(), x.cl(), x.cd(), x.iterations());
        }
      }
    }
    int polars = points / alphas.size();
    System.out.printf(Locale.ROOT, "%d polars: %.4f s CPU per ten-angle polar, %.3f polars/s per core, converged %d / %d points, checksum %.10f, %.2f Newton iterations per point (last attempt)%n",
        polars, seconds / polars, polars / seconds, conv, points, sum, iterations / (double) points);
  }
}
