import java.util.Locale;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.inversesuite.airfoil.design.DesignCase;
import org.inversesuite.airfoil.design.DesignPoint;
import org.inversesuite.airfoil.design.DesignSpace;
import org.inversesuite.airfoil.solver.AeroResult;
import org.inversesuite.airfoil.solver.AirfoilSolver;
import org.inversesuite.airfoil.solver.SolverConfig;
import org.inversesuite.airfoil.solver.ViscousPanelSolver;
import org.inversesuite.core.random.Rng;

/**
 * How smooth the solver's answer is in the shape: for each of N shapes drawn from the default design
 * box (at their drawn α and Re), 24 converged shapes within ±h of it in every CST coefficient are
 * solved and a linear model in the perturbation is fitted by least squares to C_l and to ln C_d. The
 * residual rms is what no smooth surrogate can predict at that scale (a smooth solver leaves only
 * the curvature, ~10⁻⁴ in C_l at h = 0.003). Also counts the shapes the solver's direct-mode fallback
 * (model ibl-2) solved; with a shape index as third argument it lists that shape's 24 results.
 *
 * <pre>
 *   java --add-modules=jdk.incubator.vector -cp "cli/target/inverse/lib/*" \
 *     docs/scripts/AirfoilLocalSmoothness.java 0.003 30 [SHAPE]
 * </pre>
 */
public class AirfoilLocalSmoothness {
  public static void main(String[] a) {
    DesignSpace space = DesignSpace.defaults();
    AirfoilSolver solver = new ViscousPanelSolver(SolverConfig.defaults());
    double h = Double.parseDouble(a[0]);
    int shapes = Integer.parseInt(a[1]);
    int show = a.length > 2 ? Integer.parseInt(a[2]) : -1;
    int m = 24;
    Rng rng = new Rng(5);
    double sumL = 0;
    double sumD = 0;
    int count = 0;
    int solved = 0;
    int fallback = 0;
    for (int s = 0; s < shapes; s++) {
      DesignPoint base = space.sample(rng.stream("b").stream(s));
      DesignCase c0 = DesignCase.evaluate(base, solver);
      if (!c0.usable()) {
        continue;
      }
      int d = base.coefficients().length;
      double[][] x = new double[m][d + 1];
      double[] yl = new double[m];
      double[] yd = new double[m];
      Random r = new Random(s);
      for (int k = 0; k < m; ) {
        double[] c = base.coefficients().clone();
        double[] dx = new double[d];
        for (int j = 0; j < d; j++) {
          dx[j] = h * (2 * r.nextDouble() - 1);
          c[j] += dx[j];
        }
        DesignPoint p = new DesignPoint(c, base.upperCount(), base.alphaDegrees(), base.reynolds(),
            base.trailingEdgeThickness());
        AeroResult ar = solver.solve(p.airfoil("p"), p.condition());
        if (!ar.converged()) {
          continue;
        }
        solved++;
        fallback += ar.directMode() ? 1 : 0;
        if (s == show) {
          System.out.printf(Locale.ROOT, "  C_l %.5f C_d %.6f transition %.4f %.4f laminar separation %.4f %.4f "
              + "iterations %d %s%n", ar.cl(), ar.cd(), ar.transitionUpper(), ar.transitionLower(), ar.separationUpper(),
              ar.separationLower(), ar.iterations(), ar.reason());
        }
        x[k][0] = 1;
        for (int j = 0; j < d; j++) {
          x[k][j + 1] = dx[j] / h;
        }
        yl[k] = ar.cl();
        yd[k] = Math.log(ar.cd());
        k++;
      }
      double rl = residual(x, yl);
      double rd = residual(x, yd);
      System.out.printf(Locale.ROOT, "shape %d: alpha %.2f, Re %.2e, C_l %.3f, C_d %.5f: residual rms C_l %.5f, "
          + "ln C_d %.4f%n", s, base.alphaDegrees(), base.reynolds(), c0.cl(), c0.cd(), rl, rd);
      sumL += rl * rl;
      sumD += rd * rd;
      count++;
    }
    System.out.printf(Locale.ROOT, "h %.4f: residual rms over %d shapes: C_l %.5f, ln C_d %.4f; %d of %d perturbed "
        + "shapes solved by the direct-mode fallback%n", h, count, Math.sqrt(sumL / count), Math.sqrt(sumD / count),
        fallback, solved);
  }

  static double residual(double[][] x, double[] y) {
    RealMatrix a = new Array2DRowRealMatrix(x);
    RealVector b = new ArrayRealVector(y);
    RealVector beta = new QRDecomposition(a).getSolver().solve(b);
    RealVector res = b.subtract(a.operate(beta));
    return Math.sqrt(res.dotProduct(res) / (x.length - x[0].length));
  }
}
