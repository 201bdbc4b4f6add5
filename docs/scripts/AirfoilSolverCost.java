import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.inversesuite.airfoil.design.DesignCase;
import org.inversesuite.airfoil.design.DesignSpace;
import org.inversesuite.airfoil.shape.Airfoil;
import org.inversesuite.airfoil.shape.CstShape;
import org.inversesuite.airfoil.shape.NacaFourDigit;
import org.inversesuite.airfoil.shape.TrailingEdge;
import org.inversesuite.airfoil.solver.AeroResult;
import org.inversesuite.airfoil.solver.Polar;
import org.inversesuite.airfoil.solver.SolverConfig;
import org.inversesuite.airfoil.solver.SolverStatus;
import org.inversesuite.airfoil.solver.ViscousPanelSolver;
import org.inversesuite.core.random.Rng;

/**
 * Cost of the embedded airfoil solver, in CPU time of one thread after JIT warm-up: 80 single-angle
 * designs drawn from the default design space (what 'inverse airfoil dataset' computes per row),
 * then ten-angle polars (-2..7 deg) of NACA 2412, CST-A and NACA 0012 at Re 1e6 and 3e6. Prints
 * checksums of all converged coefficients so two builds can be checked for identical results.
 * Run against a build's lib folder (docs/airfoil-validation.md, "Cost of a polar"):
 *   java --add-modules=jdk.incubator.vector -cp "cli/target/inverse/lib/*" docs/scripts/AirfoilSolverCost.java 2 [PANELS]
 * (PANELS: the solver's panel count, default that of SolverConfig.defaults()).
 */
public class AirfoilSolverCost {
  public static void main(String[] a) {
    SolverConfig config = a.length > 1 ? SolverConfig.defaults().withPanels(Integer.parseInt(a[1])) : SolverConfig.defaults();
    ViscousPanelSolver solver = new ViscousPanelSolver(config);
    List<Double> alphas = new ArrayList<>();
    for (int i = -2; i <= 7; i++) alphas.add((double) i);
    List<Airfoil> foils = List.of(NacaFourDigit.of("2412", TrailingEdge.OPEN).toAirfoil(121),
        CstShape.of(List.of(0.18, 0.20, 0.18, 0.20, 0.19), List.of(-0.15, -0.10, -0.10, -0.02, 0.02), 0.0025).toAirfoil("CST-A", 81),
        NacaFourDigit.of("0012", TrailingEdge.OPEN).toAirfoil(121));
    int rounds = Integer.parseInt(a[0]);
    var cpu = ManagementFactory.getThreadMXBean();
    DesignSpace space = DesignSpace.defaults();
    Rng rng = new Rng(5);
    for (int i = 0; i < 20; i++) DesignCase.evaluate(space.sample(rng.stream("warm").stream(i)), solver);
    long t0 = cpu.getCurrentThreadCpuTime();
    double dsum = 0; int dconv = 0; int designs = 80;
    for (int i = 0; i < designs; i++) {
      DesignCase c = DesignCase.evaluate(space.sample(rng.stream("design").stream(i)), solver);
      if (c.usable()) { dconv++; dsum += c.cl() * 1e3 + c.cd() * 1e5; }
    }
    double ds = (cpu.getCurrentThreadCpuTime() - t0) / 1e9;
    System.out.printf("%d single-angle designs: %.4f s CPU each, %.2f designs/s per core, converged %d, checksum %.10f; ", designs, ds / designs, designs / ds, dconv, dsum);
    double sum = 0; int conv = 0; int polars = 0;
    long start = 0;
    for (int r = -1; r < rounds; r++) {
      if (r == 0) start = cpu.getCurrentThreadCpuTime();
      for (Airfoil f : foils) for (double re : new double[] {1e6, 3e6}) {
        Polar p = solver.polar(f, re, alphas);
        if (r >= 0) { polars++; for (AeroResult x : p.points()) { if (x.status() == SolverStatus.CONVERGED) { conv++; sum += x.cl() * 1e3 + x.cd() * 1e5; } } }
      }
    }
    double s = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
    System.out.printf("%d polars, %.3f s CPU per ten-angle polar, %.2f polars/s per core, converged %d, checksum %.10f%n", polars, s / polars, polars / s, conv, sum);
  }
}
