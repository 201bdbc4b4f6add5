package org.inversesuite.airfoil.solver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.inversesuite.airfoil.io.AirfoilFiles;
import org.inversesuite.airfoil.shape.Airfoil;

/**
 * The interaction law alone, this solver's against XFOIL's (docs/airfoil-validation.md, "Lower-surface
 * trailing-edge layer (session 13)"): the edge speeds q = q_inv + D mu for mass defects mu = U_e delta*
 * taken from XFOIL's boundary-layer dump, from this solver's converged solution, or from this solver's
 * with parts replaced by XFOIL's (lower surface aft of X0, upper surface aft of X0, the wake), and the
 * lift of each from the pressure integral. If XFOIL's own mass defects give XFOIL's lift through this
 * solver's D, the coupling is the same in both codes and a lift difference is a boundary-layer difference.
 *
 * <p>In the package of the solver (it needs the package-private system); compile and run with the class
 * path of AirfoilValidationTables:
 *   javac -d target/scratch -cp "$CP" docs/scripts/AirfoilImposedDisplacement.java
 *   java --add-modules=jdk.incubator.vector -cp "target/scratch:$CP" org.inversesuite.airfoil.solver.AirfoilImposedDisplacement DAT RE ALPHA XFOIL_DUMP [EDGE [TURB [X0]]]
 * The polar is solved from -4 deg up to ALPHA in whole degrees as PolarSweep does going up (warm start,
 * inviscid start, direct mode). XFOIL_DUMP: the file of XFOIL's DUMP command at ALPHA.
 */
public class AirfoilImposedDisplacement {
  public static void main(String[] args) throws IOException {
    if (args.length < 4) {
      System.err.println("usage: AirfoilImposedDisplacement DAT RE ALPHA XFOIL_DUMP [OPENED|XFOIL_SHARP [HEAD|HEAD_LAGGED [X0]]]");
      System.exit(2);
    }
    double re = Double.parseDouble(args[1]);
    double alphaDeg = Double.parseDouble(args[2]);
    TrailingEdgeModel edge = args.length > 4 ? TrailingEdgeModel.valueOf(args[4]) : TrailingEdgeModel.OPENED;
    SolverConfig config = SolverConfig.defaults();
    if (args.length > 5) config = config.withTurbulentModel(TurbulentModel.valueOf(args[5]));
    double x0 = args.length > 6 ? Double.parseDouble(args[6]) : 0.9;
    Airfoil airfoil = SolverInput.unitChord(AirfoilFiles.read(Path.of(args[0])));
    PanelMethod pm = PanelMethod.of(airfoil, config.panels(), edge);
    double[] response = SourceResponse.response(pm, pm.geometry, true);
    int wakePanels = config.panels() / 8 + 2;
    ViscousIteration.State st = null;
    CoupledSystem sys = null;
    double[] prevQ = null, prevInv = null, olderQ = null, olderInv = null;
    double prevA = Double.NaN, olderA = Double.NaN;
    BroydenMatrix prevJ = null;
    for (double a = -4; a <= alphaDeg + 1e-9; a += 1) {
      sys = new CoupledSystem(pm, response, Math.toRadians(a), wakePanels, 1.0);
      ViscousIteration it = new ViscousIteration(pm, sys, re, config);
      ViscousIteration.State s = null;
      if (prevQ != null) {
        s = it.solve(WarmStart.predict(sys.qInviscid, prevQ, prevInv, prevA, olderQ, olderInv, olderA, a), prevJ);
      }
      if (s == null || !s.converged) {
        ViscousIteration.State cold = it.solve(sys.qInviscid, null);
        if (s == null || cold.converged) s = cold;
      }
      boolean fallback = false;
      if (!s.converged) {
        ViscousIteration.State d = it.solveDirect(sys.qInviscid);
        if (d.converged) {
          s = d;
          fallback = true;
        }
      }
      if (s.converged && !fallback) {
        olderQ = prevQ; olderInv = prevInv; olderA = prevA;
        prevQ = s.q; prevInv = sys.qInviscid; prevA = a;
        prevJ = s.jacobianInverse ? null : s.jacobian;
      }
      st = s;
    }
    double alpha = Math.toRadians(alphaDeg);
    int n = sys.size;
    int nodes = sys.airfoilNodes;
    NewtonSystem newton = new NewtonSystem(sys);
    double[] mu = new double[n];
    double[] sign = new double[n];
    double[] res = new double[n];
    double norm = newton.residual(st.q, st, mu, sign, null, res);
    System.out.printf(Locale.ROOT, "edge panels: upper %.5f lower %.5f chord%n", pm.geometry.length[0], pm.geometry.length[pm.geometry.panels - 1]);
    final ViscousIteration.State fin = st;
    System.out.println("failure: " + st.failure + ", inverse nodes: " + java.util.Arrays.toString(java.util.stream.IntStream.range(0, n).filter(i -> inverseOf(fin, i)).toArray()));
    int worst = 0;
    for (int i = 0; i < n; i++) if (Math.abs(res[i]) > Math.abs(res[worst])) worst = i;
    System.out.printf(Locale.ROOT, "this solver (%s, %s), %.1f deg: converged %s, C_l %.4f, residual %.1e (largest %.1e at node %d of %d, x %.4f), iterations %d%n", edge,
        config.turbulentModel(), alphaDeg, st.converged, cl(pm, st.q, alpha), norm, res[worst], worst, nodes,
        worst < nodes ? pm.geometry.x[worst] : Double.NaN, st.iterations);

    // XFOIL's dump: surface rows (upper from the edge to the nose, lower back to the edge), then the wake
    List<double[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[3]))) {
      String[] f = line.trim().split("\\s+");
      if (line.startsWith("#") || f.length < 8) continue;
      double[] v = new double[8];
      for (int j = 0; j < 8; j++) v[j] = Double.parseDouble(f[j]);
      rows.add(v);
    }
    int le = 0;
    int wake = rows.size();
    for (int i = 1; i < rows.size(); i++) {
      if (rows.get(i)[1] < rows.get(le)[1]) le = i;
      if (i > 1 && rows.get(i)[1] > 1.00001 && wake == rows.size()) wake = i;
    }
    List<double[]> upper = new ArrayList<>();  // x, U_e, delta*
    for (int i = le; i >= 0; i--) upper.add(new double[] {rows.get(i)[1], Math.abs(rows.get(i)[3]), rows.get(i)[4]});
    List<double[]> lower = new ArrayList<>();
    for (int i = le; i < wake; i++) lower.add(new double[] {rows.get(i)[1], Math.abs(rows.get(i)[3]), rows.get(i)[4]});
    List<double[]> wk = new ArrayList<>();  // s from the edge, U_e, delta*
    double s0 = rows.get(wake)[0];
    for (int i = wake; i < rows.size(); i++) wk.add(new double[] {rows.get(i)[0] - s0, Math.abs(rows.get(i)[3]), rows.get(i)[4]});

    // XFOIL's mass defects at this solver's nodes
    int ks = st.stagnationPanel;
    double[] muX = new double[n];
    double[] xs = pm.geometry.x;
    for (int i = 0; i < nodes; i++) {
      List<double[]> side = i <= ks ? upper : lower;
      double m = at(side, xs[i], 1) * at(side, xs[i], 2);
      muX[i] = (i <= ks ? -1 : 1) * m;
    }
    double sw = 0;
    for (int k = 1; k < n - nodes + 1; k++) {
      sw += sys.wake.panels.length[k - 1];
      muX[nodes - 1 + k] = at(wk, sw, 1) * at(wk, sw, 2);
    }
    String[] names = {"this solver's mu (check: its C_l)", "XFOIL's mu everywhere", "ours, lower x > X0 from XFOIL",
        "ours, lower x > X0 and wake from XFOIL", "ours, wake from XFOIL", "ours, upper x > X0 from XFOIL",
        "ours, both surfaces x > X0 and wake from XFOIL", "XFOIL's, lower x > X0 and wake from ours"};
    System.out.printf(Locale.ROOT, "XFOIL C_l from its CPWR: see its polar; X0 = %.2f%n%n", x0);
    System.out.println("| mass defects | C_l | U_e lower 0.90 / 0.95 / 0.98 / 1.00 |");
    System.out.println("|---|---:|---|");
    for (int c = 0; c < names.length; c++) {
      double[] m = mu.clone();
      for (int i = 0; i < n; i++) {
        boolean lowerTail = i > ks && i < nodes && xs[i] > x0;
        boolean upperTail = i <= ks && xs[i] > x0;
        boolean wakeNode = i >= nodes;
        boolean take = switch (c) {
          case 1 -> true;
          case 2 -> lowerTail;
          case 3 -> lowerTail || wakeNode;
          case 4 -> wakeNode;
          case 5 -> upperTail;
          case 6 -> lowerTail || upperTail || wakeNode;
          case 7 -> !(lowerTail || wakeNode);
          default -> false;
        };
        if (take) m[i] = muX[i];
      }
      double[] q = speeds(sys, m);
      System.out.printf(Locale.ROOT, "| %s | %.4f | %s |%n", names[c], cl(pm, q, alpha), lowerSpeeds(pm, q, ks, nodes));
    }
    System.out.printf(Locale.ROOT, "| XFOIL's dump | | %.3f / %.3f / %.3f / %.3f |%n", at(lower, 0.90, 1), at(lower, 0.95, 1),
        at(lower, 0.98, 1), at(lower, 1.0, 1));
    System.out.printf(Locale.ROOT, "| this solver's converged q | %.4f | %s |%n", cl(pm, st.q, alpha), lowerSpeeds(pm, st.q, ks, nodes));

    // this solver's boundary layer on XFOIL's state: speeds from XFOIL's dump at direct nodes, XFOIL's mass
    // defect at the lower nodes aft of X0 (inverse mode): the edge speed this solver's closure computes there
    double[] x = new double[n];
    boolean[] inverse = new boolean[n];
    for (int i = 0; i < nodes; i++) {
      List<double[]> side = i <= ks ? upper : lower;
      x[i] = (i <= ks ? -1 : 1) * at(side, xs[i], 1);
    }
    double sw2 = 0;
    for (int k = 1; k < n - nodes + 1; k++) {
      sw2 += sys.wake.panels.length[k - 1];
      x[nodes - 1 + k] = at(wk, sw2, 1);
    }
    double[] q0 = x.clone();
    for (int i = ks + 1; i < nodes; i++) {
      if (xs[i] > x0) {
        inverse[i] = true;
        x[i] = muX[i];
      }
    }
    ViscousIteration probe = new ViscousIteration(pm, sys, re, config);
    ViscousIteration.State direct = probe.marchAt(q0, new boolean[n], q0, false);
    ViscousIteration.State inv = probe.marchAt(x, inverse, q0, false);
    System.out.printf(Locale.ROOT, "%nthis solver's lower layer on XFOIL's state (direct: on XFOIL's U_e; inverse: XFOIL's m aft of %.2f)%n", x0);
    System.out.println("| x/c | U_e XFOIL / inverse | H XFOIL / direct / inverse | 10³δ* XFOIL / direct / inverse |");
    System.out.println("|---:|---|---|---|");
    for (int k = 1; k < inv.lowerStations.index.length; k++) {
      double xk = inv.lowerStations.x[k];
      if (xk < x0 - 0.05) continue;
      int kd = k + (direct.lowerStations.index.length - inv.lowerStations.index.length);
      System.out.printf(Locale.ROOT, "| %.3f | %.3f / %.3f | %.2f / %.2f / %.2f | %.2f / %.2f / %.2f |%n", xk, at(lower, xk, 1),
          inv.lowerStations.u[k], at(lower, xk, 2) / thetaAt(rows, le, wake, xk), direct.lower.h[kd], inv.lower.h[k],
          1e3 * at(lower, xk, 2), 1e3 * direct.lower.dstar[kd], 1e3 * inv.lower.dstar[k]);
    }

    // Newton from XFOIL's speeds (all unknowns direct at the start, the modes as the solver switches them)
    report("\nNewton from XFOIL's speeds", pm, new ViscousIteration(pm, sys, re, config).solve(q0, null), alpha);
  }

  static void report(String what, PanelMethod pm, ViscousIteration.State s, double alpha) {
    System.out.printf(Locale.ROOT, "%s: converged %s (%s), C_l %.4f, lower H at the edge %.2f, 10³δ* %.2f, iterations %d%n", what,
        s.converged, s.failure, s.upper == null ? Double.NaN : cl(pm, s.q, alpha),
        s.lower == null ? Double.NaN : s.lower.h[s.lower.last()],
        s.lower == null ? Double.NaN : 1e3 * s.lower.dstar[s.lower.last()], s.iterations);
  }

  static boolean inverseOf(ViscousIteration.State st, int i) {
    for (Stations s : new Stations[] {st.upperStations, st.lowerStations}) {
      if (s != null && s.inverse != null) for (int k = 0; k < s.index.length; k++) if (s.index[k] == i && s.inverse[k]) return true;
    }
    return false;
  }

  static double thetaAt(List<double[]> rows, int le, int wake, double x) {
    List<double[]> l = new ArrayList<>();
    for (int i = le; i < wake; i++) l.add(new double[] {rows.get(i)[1], rows.get(i)[5]});
    return at(l, x, 1);
  }

  /** q = q_inv + D mu (+ the dead-air gap's term of a blunt edge, by fixed-point iteration). */
  static double[] speeds(CoupledSystem sys, double[] mu) {
    int n = sys.size;
    double[] q = new double[n];
    for (int i = 0; i < n; i++) q[i] = sys.qInviscid[i] + VectorDot.dot(sys.d, i * n, mu, n);
    double[] base = q.clone();
    for (int it = 0; it < 50; it++) {
      double gapMass = 0.5 * (q[sys.airfoilNodes - 1] - q[0]) * sys.gap[0];
      for (int i = 0; i < n; i++) q[i] = base[i] + sys.gapColumn[i] * gapMass;
    }
    return q;
  }

  static double cl(PanelMethod pm, double[] q, double alpha) {
    return SurfaceForces.integrate(pm.geometry, Arrays.copyOf(q, pm.geometry.panels + 1), alpha).cl();
  }

  static String lowerSpeeds(PanelMethod pm, double[] q, int ks, int nodes) {
    List<double[]> l = new ArrayList<>();
    for (int i = ks + 1; i < nodes; i++) l.add(new double[] {pm.geometry.x[i], q[i]});
    return String.format(Locale.ROOT, "%.3f / %.3f / %.3f / %.3f", at(l, 0.90, 1), at(l, 0.95, 1), at(l, 0.98, 1), at(l, 1.0, 1));
  }

  /** Column c at abscissa x, linear between neighbouring rows (ordered by increasing column 0). */
  static double at(List<double[]> rows, double x, int c) {
    if (x <= rows.get(0)[0]) return rows.get(0)[c];
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
