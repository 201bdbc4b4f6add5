package org.inversesuite.airfoil.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.inversesuite.airfoil.shape.Airfoil;
import org.inversesuite.airfoil.shape.CstShape;
import org.inversesuite.airfoil.shape.NacaFourDigit;
import org.inversesuite.airfoil.shape.TrailingEdge;
import org.junit.jupiter.api.Test;

/**
 * Cost of a ten-angle polar (−2° … 7°), the unit of the planned data set, in CPU time of the
 * calling thread after a warm-up polar; a speed figure, so it runs only with -Pbench
 * ({@code mvn -Pbench -pl airfoil -am test -Dtest=PolarTimingTest}); the figure is in docs/airfoil-validation.md.
 */
class PolarTimingTest {
  private static final Logger LOG = Logger.getLogger(PolarTimingTest.class.getName());

  @Test
  @org.junit.jupiter.api.Tag("benchmark")
  void tenAnglePolarCost() {
    ViscousPanelSolver solver = new ViscousPanelSolver(SolverConfig.defaults());
    List<Double> alphas = XfoilPolar.angles(-2, 7);
    List<Airfoil> foils = List.of(NacaFourDigit.of("2412", TrailingEdge.OPEN).toAirfoil(121),
        CstShape.of(List.of(0.18, 0.20, 0.18, 0.20, 0.19), List.of(-0.15, -0.10, -0.10, -0.02, 0.02), 0.0025)
            .toAirfoil("CST-A", 81));
    solver.polar(foils.get(0), 3e6, alphas);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long start = cpu.getCurrentThreadCpuTime();
    int converged = 0;
    for (Airfoil a : foils) {
      for (double re : new double[] {1e6, 3e6}) {
        converged += (int) solver.polar(a, re, alphas).convergedCount();
      }
    }
    double perPolar = (cpu.getCurrentThreadCpuTime() - start) / 1e9 / 4;
    LOG.info(String.format(Locale.ROOT, "ten-angle polar: %.3f s CPU (%d of 40 points converged)", perPolar, converged));
    assertEquals(40, converged);
  }
}
