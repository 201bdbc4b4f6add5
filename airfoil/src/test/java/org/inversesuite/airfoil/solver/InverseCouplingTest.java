package org.inversesuite.airfoil.solver;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.airfoil.shape.Airfoil;
import org.junit.jupiter.api.Test;

/**
 * The coupled Newton system with mass-defect unknowns at separated laminar stations
 * ({@link ViscousIteration}, {@link InverseLaminar}): NACA 0012 at Re = 10⁶, α = 3°, where the
 * lower layer separates laminar ahead of the trailing edge (4° until MODEL_VERSION ibl-8; with ibl-9's
 * continuation of Head's H₁(H) that angle converges without mass-defect unknowns).
 */
class InverseCouplingTest {
  private static final double RE = 1e6;

  @Test
  void separatedStationsAreSolvedInInverseModeAndTheJacobianMatchesFiniteDifferences() {
    SolverConfig config = SolverConfig.defaults();
    Airfoil foil = SolverInput.unitChord(XfoilPolar.airfoil("naca0012"));
    PanelMethod pm = PanelMethod.of(foil, config.panels());
    double[] response = SourceResponse.response(pm, pm.geometry, true);
    CoupledSystem sys = new CoupledSystem(pm, response, Math.toRadians(3), config.panels() / 8 + 2, 1.0);
    ViscousIteration iteration = new ViscousIteration(pm, sys, RE, config);
    ViscousIteration.State solved = iteration.solve(sys.qInviscid, null);
    assertTrue(solved.converged, "converged: " + solved.failure);
    boolean[] inverse = iteration.inverseNodes();
    int n = sys.size;
    int lowerInverse = -1;
    for (int i = sys.airfoilNodes / 2; i < sys.airfoilNodes; i++) {
      if (inverse[i]) {
        lowerInverse = i;
      }
    }
    assertTrue(lowerInverse > 0, "the separating lower layer has mass-defect unknowns");
    double[] x = solved.x.clone();
    NewtonSystem newton = new NewtonSystem(sys);
    ViscousIteration.State at = iteration.marchAt(x, inverse, solved.q, true);
    double[] sign = new double[n];
    double[] r0 = new double[n];
    newton.residual(at.q, at, new double[n], sign, null, r0);
    // the solver's Newton matrix (reverse mode; AdjointNewtonMatrixTest compares it with the forward-mode one)
    double[] jacobian = newton.adjointJacobian(sign, at);
    for (int j : new int[] {lowerInverse - 3, lowerInverse - 1, lowerInverse, lowerInverse + 1, 10}) {
      double h = inverse[j] ? 1e-5 * Math.abs(x[j]) : 1e-6;
      double[] xp = x.clone();
      xp[j] += h;
      ViscousIteration.State pert = iteration.marchAt(xp, inverse, solved.q, false);
      double[] r1 = new double[n];
      newton.residual(pert.q, pert, new double[n], new double[n], null, r1);
      double scale = 0;
      double error = 0;
      for (int i = 0; i < n; i++) {
        double fd = -(r1[i] - r0[i]) / h;
        scale = Math.max(scale, Math.abs(jacobian[i * n + j]));
        error = Math.max(error, Math.abs(fd - jacobian[i * n + j]));
      }
      assertTrue(error < 1e-3 * scale, "column " + j + (inverse[j] ? " (mass defect)" : " (speed)")
          + ": |FD − J| = " + error + " against |J| = " + scale);
    }
  }
}
