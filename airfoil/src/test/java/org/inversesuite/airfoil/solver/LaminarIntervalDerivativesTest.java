package org.inversesuite.airfoil.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.inversesuite.airfoil.shape.NacaFourDigit;
import org.inversesuite.airfoil.shape.TrailingEdge;
import org.junit.jupiter.api.Test;

/**
 * The analytic partials of the two-equation laminar interval (implicit function theorem,
 * {@link LaminarIntervalDerivatives}) against differences of the interval itself: per interval
 * against central differences (Richardson-extrapolated, entry by entry to 10⁻⁶ of the entry, where a dropped or
 * wrong term is off by far more), and per march against the forward-difference march that was
 * the solver's Jacobian before (the reference, {@link BoundaryLayerMarch#finiteDifferenceLaminar}).
 */
class LaminarIntervalDerivativesTest {
  private static final int[] INPUTS = {0, 1, 2, 4, 5};
  private static final String[] NAMES = {"theta_a", "H_a", "N_a", "", "U_a", "U_b"};

  @Test
  void intervalPartialsMatchCentralDifferencesEntryByEntry() {
    Random r = new Random(17);
    int checked = 0;
    int kinks = 0;
    int implicitWeight = 0;
    int rampPartial = 0;
    int rampFull = 0;
    int adverse = 0;
    double worst = 0;
    for (int c = 0; c < 3000; c++) {
      double s1 = 0.01 + 0.2 * r.nextDouble();
      double ds = Math.exp(Math.log(2e-4) + r.nextDouble() * Math.log(300));
      double[] s = {0, s1, s1 + ds, s1 + 2 * ds};
      double re = Math.pow(10, 5 + 2 * r.nextDouble());
      double ua = 0.6 + 1.2 * r.nextDouble();
      // Re_θ from 20 (near stagnation, implicit weights) to 3000 (past the e^N ramp)
      double theta = Math.exp(Math.log(20) + r.nextDouble() * Math.log(150)) / (ua * re);
      double h = 2.3 + 1.3 * r.nextDouble();
      double ub = ua * (1 + 0.03 * r.nextGaussian());
      double[] in = {theta, h, 6 * r.nextDouble(), 0, ua, ub, 0};
      StationStep step = new StationStep(re, 9, LaminarModel.TWO_EQUATION, s, new double[4], 2, Double.NaN);
      double[] out = new double[6];
      step.evaluate(2, StationStep.Kind.LAMINAR, null, 1, in, out);
      double[][] analytic = new double[7][6];
      if (!step.laminarPartials(2, in, out, analytic)) {
        continue;
      }
      boolean kink = false;
      double[][] central = new double[7][6];
      for (int v : INPUTS) {
        // central differences with steps ε, ε/2, ε/4 (ε = 10⁻⁴ of the input), Richardson-extrapolated
        // in pairs; where the two extrapolations disagree the differences do not resolve the
        // derivative (a kink of the interval, or rounding of a stiff one): not compared
        double eps = 1e-4 * Math.abs(in[v]) + (v == 2 ? 1e-4 : 0);
        double[] c1 = centralDifference(step, in, v, eps);
        double[] c2 = centralDifference(step, in, v, eps / 2);
        double[] c4 = centralDifference(step, in, v, eps / 4);
        for (int o = 0; o < 5; o++) {
          double r1 = (4 * c2[o] - c1[o]) / 3;
          double r2 = (4 * c4[o] - c2[o]) / 3;
          central[v][o] = r2;
          if (Math.abs(r1 - r2) > 1e-6 * (Math.abs(r2) + scale(out[o], in[v]))) {
            kink = true;
          }
        }
      }
      if (kink) {
        kinks++;
        continue;
      }
      for (int v : INPUTS) {
        for (int o = 0; o < 5; o++) {
          double tol = 1e-6 * (Math.abs(central[v][o]) + scale(out[o], in[v]));
          double err = Math.abs(analytic[v][o] - central[v][o]);
          worst = Math.max(worst, err / tol);
          assertEquals(central[v][o], analytic[v][o], tol, "d out" + o + "/d " + NAMES[v] + ", case " + c);
        }
      }
      checked++;
      double reTheta = ua * theta * re;
      double kd = 3 / (Math.max(reTheta, 1) * theta) * ds;
      implicitWeight += kd > 2 ? 1 : 0;
      double rate = Amplification.rate(out[1], out[0], ub * out[0] * re);
      double[] g = new double[3];
      Amplification.rateGradient(out[1], out[0], ub * out[0] * re, g);
      rampPartial += rate > 0 && g[2] != 0 ? 1 : 0;
      rampFull += rate > 0 && g[2] == 0 ? 1 : 0;
      adverse += ub < ua ? 1 : 0;
    }
    // every regime of the interval was checked, and unresolved cases are rare
    // measured: 2228 of 3000 checked, 33 unresolved, the largest error 6 % of the tolerance
    assertTrue(checked > 1500, "checked " + checked + ", unresolved " + kinks);
    assertTrue(kinks < checked / 10, "unresolved " + kinks + " of " + checked);
    assertTrue(implicitWeight > 100, "implicit weights " + implicitWeight);
    assertTrue(rampPartial > 20, "cases on the e^N ramp " + rampPartial);
    assertTrue(rampFull > 100, "cases past the ramp " + rampFull);
    assertTrue(adverse > 500, "adverse gradients " + adverse);
    assertTrue(worst < 1, "worst error / tolerance " + worst);
  }

  /**
   * Part of the tolerance for entries near zero and for the differences' rounding: 10⁻³ |out/in|,
   * 10⁻⁹ of the partials' natural scale once multiplied by the 10⁻⁶ of the tolerance (the interval's
   * Newton solve leaves ~10⁻¹⁴ of its output, which a step of 2·10⁻⁵ of the input turns into
   * ~5·10⁻¹⁰ |out/in|).
   */
  private static double scale(double out, double in) {
    return 1e-3 * Math.abs(out) / Math.max(Math.abs(in), 1e-12);
  }

  private static double[] centralDifference(StationStep step, double[] in, int v, double eps) {
    double[] plus = perturbed(step, in, v, eps);
    double[] minus = perturbed(step, in, v, -eps);
    double[] d = new double[plus.length];
    for (int o = 0; o < d.length; o++) {
      d[o] = (plus[o] - minus[o]) / (2 * eps);
    }
    return d;
  }

  private static double[] perturbed(StationStep step, double[] in, int v, double eps) {
    double[] p = in.clone();
    p[v] += eps;
    double[] o = new double[6];
    step.evaluate(2, StationStep.Kind.LAMINAR, null, 1, p, o);
    return o;
  }

  @Test
  void marchJacobianMatchesTheFiniteDifferenceMarchEntryByEntry() {
    SolverConfig config = SolverConfig.defaults().withPanels(120);
    PanelMethod pm = PanelMethod.of(NacaFourDigit.of("2412", TrailingEdge.OPEN).toAirfoil(121), 120);
    for (double alpha : new double[] {-2, 2, 6}) {
      CoupledSystem sys = new CoupledSystem(pm, SourceResponse.response(pm, pm.geometry, true), Math.toRadians(alpha),
          17, 1.0);
      double[] q = sys.qInviscid;
      int ks = Stations.stagnationPanel(q, sys.airfoilNodes, pm.paneled.leadingEdgeIndex());
      for (boolean upper : new boolean[] {true, false}) {
        double re = 1e6;
        SideResult a = BoundaryLayerMarch.withJacobian(re, config, sys.size)
            .surface(upper ? Stations.upper(pm.geometry, q, ks) : Stations.lower(pm.geometry, q, ks), 2, true, Double.NaN);
        SideResult b = BoundaryLayerMarch.withJacobian(re, config, sys.size).finiteDifferenceLaminar()
            .surface(upper ? Stations.upper(pm.geometry, q, ks) : Stations.lower(pm.geometry, q, ks), 2, true, Double.NaN);
        int laminar = 0;
        for (int k = 2; k < a.mass.length; k++) {
          laminar += a.turbulent[k] ? 0 : 1;
        }
        assertTrue(laminar > 5, "a laminar run");
        int differing = 0;
        for (int k = 1; k < a.mass.length; k++) {
          assertEquals(Double.doubleToRawLongBits(b.mass[k]), Double.doubleToRawLongBits(a.mass[k]), "values unchanged");
          double rowScale = 0;
          for (double x : b.massGradient[k]) {
            rowScale = Math.max(rowScale, Math.abs(x));
          }
          for (int i = 0; i < sys.size; i++) {
            double fd = b.massGradient[k][i];
            double an = a.massGradient[k][i];
            // the forward differences (step 1e-6) of stiff laminar intervals, chained, err by up to
            // 1e-3 of the row's largest entry (against central differences of the whole march the
            // analytic entries are the closer ones, docs/airfoil.md session 11); a wrong or dropped
            // term of the analytic partials is off by the size of the term
            assertEquals(fd, an, 3e-3 * rowScale + 1e-12,
                "dm_" + k + "/dU_" + i + (upper ? " upper" : " lower") + ", alpha " + alpha);
            differing += fd != an ? 1 : 0;
          }
        }
        // the analytic path was taken
        assertTrue(differing > 10, "entries that differ from the reference " + differing);
      }
    }
  }
}
