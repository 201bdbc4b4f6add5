package org.inversesuite.airfoil.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The viscous–inviscid interaction law q = q_inv + D μ ({@link CoupledSystem}; Drela 1989, eq. 15) against
 * XFOIL's: the mass defects μ = U_e δ* of XFOIL's own converged boundary layer (its DUMP of CST-B at
 * Re = 10⁶, α = 4°, fixture {@code cst-b-1e6-4deg.dump}), put through this solver's D with
 * {@link TrailingEdgeModel#XFOIL_SHARP}, must give XFOIL's lift and lower-surface edge speeds. This is the
 * evidence that the coupling is not what separates the two codes' lift there (docs/airfoil-validation.md,
 * "Lower-surface trailing-edge layer: coupling, inverse mode, XFOIL's edge panel (session 13)").
 */
class InteractionLawTest {
  private static final double ALPHA = Math.toRadians(4);
  /** XFOIL 6.99's C_l at this point (fixture cst-b-1e6.csv). */
  private static final double XFOIL_CL = 0.6605;

  @Test
  void xfoilsMassDefectsGiveXfoilsLiftThroughThisSolversInteractionLaw() {
    PanelMethod pm = PanelMethod.of(SolverInput.unitChord(XfoilPolar.airfoil("cst-b")), 160, TrailingEdgeModel.XFOIL_SHARP);
    CoupledSystem sys = new CoupledSystem(pm, SourceResponse.response(pm, pm.geometry, true), ALPHA, 22, 1.0);
    assertEquals(0.0, sys.gap[0], 0.0, "a sharp edge has no dead-air gap");
    int nodes = sys.airfoilNodes;
    int ks = Stations.stagnationPanel(sys.qInviscid, nodes, pm.paneled.leadingEdgeIndex());
    Dump dump = Dump.read(XfoilPolar.lines("cst-b-1e6-4deg.dump"));
    double[] mu = new double[sys.size];
    for (int i = 0; i < nodes; i++) {
      double[][] side = i <= ks ? dump.upper : dump.lower;
      mu[i] = (i <= ks ? -1 : 1) * at(side, pm.geometry.x[i], 1) * at(side, pm.geometry.x[i], 2);
    }
    double s = 0;
    for (int k = 1; k < sys.size - nodes + 1; k++) {
      s += sys.wake.panels.length[k - 1];
      mu[nodes - 1 + k] = at(dump.wake, s, 1) * at(dump.wake, s, 2);
    }
    double[] q = sys.qInviscid.clone();
    for (int i = 0; i < sys.size; i++) {
      q[i] += VectorDot.dot(sys.d, i * sys.size, mu, sys.size);
    }
    double viscous = cl(pm, q);
    double inviscid = cl(pm, sys.qInviscid);
    // measured: 0.6616 against XFOIL's 0.6605 (+0.17 %); without the displacement (inviscid, 0.6809) and with this
    // solver's own converged mass defects (0.6392) the lift lies 3 % off, six times the tolerance
    assertEquals(XFOIL_CL, viscous, 0.005 * XFOIL_CL, "C_l from XFOIL's mass defects");
    assertTrue(inviscid - XFOIL_CL > 0.02 * XFOIL_CL, "inviscid C_l " + inviscid);
    List<double[]> lower = new ArrayList<>();
    for (int i = ks + 1; i < nodes; i++) {
      lower.add(new double[] {pm.geometry.x[i], q[i]});
    }
    double[][] ours = lower.toArray(new double[0][]);
    for (double x : new double[] {0.6, 0.8, 0.9, 0.95}) {
      assertEquals(at(dump.lower, x, 1), at(ours, x, 1), 0.003, "lower-surface U_e at x/c = " + x);
    }
  }

  private static double cl(PanelMethod pm, double[] q) {
    return SurfaceForces.integrate(pm.geometry, Arrays.copyOf(q, pm.geometry.panels + 1), ALPHA).cl();
  }

  /** Column c at abscissa x, linear between neighbouring rows ordered by increasing column 0. */
  private static double at(double[][] rows, double x, int c) {
    if (x <= rows[0][0]) {
      return rows[0][c];
    }
    for (int i = 1; i < rows.length; i++) {
      if (x <= rows[i][0]) {
        double f = (x - rows[i - 1][0]) / (rows[i][0] - rows[i - 1][0]);
        return rows[i - 1][c] + f * (rows[i][c] - rows[i - 1][c]);
      }
    }
    return rows[rows.length - 1][c];
  }

  /**
   * XFOIL's DUMP rows (s, x, y, U_e, δ*, θ, …) split into the upper surface (x, U_e, δ*) from the nose to
   * the edge, the lower surface likewise and the wake (arc length from the edge, U_e, δ*).
   */
  private record Dump(double[][] upper, double[][] lower, double[][] wake) {
    static Dump read(List<String> lines) {
      List<double[]> rows = new ArrayList<>();
      for (String line : lines) {
        String[] f = line.trim().split("\\s+");
        if (!line.startsWith("#") && f.length >= 8) {
          rows.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Math.abs(Double.parseDouble(f[3])),
              Double.parseDouble(f[4])});
        }
      }
      int nose = 0;
      int wake = rows.size();
      for (int i = 1; i < rows.size(); i++) {
        if (rows.get(i)[1] < rows.get(nose)[1]) {
          nose = i;
        }
        if (rows.get(i)[1] > 1.00001 && wake == rows.size()) {
          wake = i;
        }
      }
      List<double[]> upper = new ArrayList<>();
      for (int i = nose; i >= 0; i--) {
        upper.add(new double[] {rows.get(i)[1], rows.get(i)[2], rows.get(i)[3]});
      }
      List<double[]> lower = new ArrayList<>();
      for (int i = nose; i < wake; i++) {
        lower.add(new double[] {rows.get(i)[1], rows.get(i)[2], rows.get(i)[3]});
      }
      List<double[]> trail = new ArrayList<>();
      for (int i = wake; i < rows.size(); i++) {
        trail.add(new double[] {rows.get(i)[0] - rows.get(wake)[0], rows.get(i)[2], rows.get(i)[3]});
      }
      return new Dump(upper.toArray(new double[0][]), lower.toArray(new double[0][]), trail.toArray(new double[0][]));
    }
  }
}
