import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
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
 * The lower-surface laminar layer of this solver marched on a prescribed edge speed
 * (docs/airfoil-validation.md, "Lower-surface trailing-edge layer (session 12)"): separates the
 * laminar closure from the viscous-inviscid coupling. Reads XFOIL's DUMP at ALPHA, takes its
 * lower-surface U_e(s) (s from XFOIL's stagnation point, where U_e changes sign) and marches this
 * solver's own interval functions over it (package-private, called by reflection):
 * LaminarTwoEquation.step (direct, Drela &amp; Giles 1987 closures) from the Hiemenz start
 * θ² = 0.075 s/(U_e Re), H = 2.216, until Re_θ C_f &lt; 0, then either SeparatedLaminar.step
 * (the solver's direct march past separation, "sep") or InverseLaminar.step with XFOIL's mass
 * defect U_e δ* prescribed ("inv": prints the edge speed this solver's closure needs for XFOIL's
 * δ*; the march ignores transition, and where the layer never reaches C_f = 0 this column repeats XFOIL's U_e). Each
 * XFOIL interval is split into SUB equal parts (U_e linear). A second table marches both H* fits by RK4 (1987 and XFOIL's
 * HSL) from XFOIL's state at X0 on XFOIL's U_e and from this solver's state on its own U_e. The control march uses this
 * solver's own coupled U_e (polar -4..ALPHA, edge model EDGE) and must reproduce its coupled layer.
 * Run from the repository root (class path as for AirfoilValidationTables):
 *   java --add-modules=jdk.incubator.vector -cp "..." docs/scripts/AirfoilLowerLayerPrescribed.java DAT RE ALPHA XFOIL_DUMP X0 [SUB [EDGE]]
 */
public class AirfoilLowerLayerPrescribed {
  static Method lam;
  static Method sep;
  static Method inv;
  static Method friction;

  public static void main(String[] args) throws Exception {
    if (args.length < 5 || args.length > 7) {
      System.err.println("usage: AirfoilLowerLayerPrescribed DAT RE ALPHA XFOIL_DUMP X0 [SUB [OPENED|XFOIL_SHARP]]");
      System.exit(2);
    }
    double re = Double.parseDouble(args[1]);
    double alpha = Double.parseDouble(args[2]);
    double x0 = Double.parseDouble(args[4]);
    int sub = args.length > 5 ? Integer.parseInt(args[5]) : 1;
    TrailingEdgeModel edge = args.length > 6 ? TrailingEdgeModel.valueOf(args[6]) : TrailingEdgeModel.OPENED;
    String pkg = "org.inversesuite.airfoil.solver.";
    lam = Class.forName(pkg + "LaminarTwoEquation").getDeclaredMethod("step", double[].class, double.class, double.class,
        double.class, double.class);
    sep = Class.forName(pkg + "SeparatedLaminar").getDeclaredMethod("step", double[].class, double.class, double.class,
        double.class, double.class);
    inv = Class.forName(pkg + "InverseLaminar").getDeclaredMethod("step", double[].class, double.class, double.class,
        double.class, double.class, double.class);
    friction = Class.forName(pkg + "FalknerSkanClosure").getDeclaredMethod("friction", double.class);
    for (Method m : new Method[] {lam, sep, inv, friction}) m.setAccessible(true);

    // XFOIL: lower surface from the stagnation point to the edge (s, x, U, δ*, θ, C_f, H)
    List<double[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[3]))) {
      String[] f = line.trim().split("\\s+");
      if (line.trim().startsWith("#") || f.length < 12) continue;
      double[] v = new double[8];
      for (int j = 0; j < 8; j++) v[j] = Double.parseDouble(f[j]);
      rows.add(v);
    }
    int first = -1;
    for (int i = 1; i < rows.size(); i++) {
      if (rows.get(i - 1)[3] > 0 && rows.get(i)[3] <= 0) {
        first = i;
        break;
      }
    }
    double[] a = rows.get(first - 1);
    double[] b = rows.get(first);
    double sStag = a[0] + a[3] / (a[3] - b[3]) * (b[0] - a[0]);
    List<double[]> xf = new ArrayList<>();
    for (int i = first; i < rows.size() && rows.get(i)[3] <= 0; i++) {
      double[] v = rows.get(i);
      xf.add(new double[] {v[0] - sStag, v[1], -v[3], v[4], v[5], v[6], v[7]});
    }
    double[] s = new double[xf.size()];
    double[] u = new double[xf.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = xf.get(i)[0];
      u[i] = xf.get(i)[2];
    }
    double[][] onX = march(s, u, re, sub, null);
    double[] mass = new double[s.length];
    for (int i = 0; i < s.length; i++) mass[i] = xf.get(i)[2] * xf.get(i)[3];
    double[][] onXinv = march(s, u, re, sub, mass);

    // control: this solver's coupled lower surface and the same march on its U_e
    List<Double> alphas = new ArrayList<>();
    for (int d = -4; d <= (int) alpha; d++) alphas.add((double) d);
    AeroResult r = new ViscousPanelSolver(SolverConfig.defaults(), edge).polar(AirfoilFiles.read(Path.of(args[0])), re, alphas)
        .points().stream().filter(p -> p.condition().alphaDegrees() == alpha).findFirst().orElseThrow();
    SurfaceDistribution d = r.surface();
    int n = d.size();
    int st = 0;
    int le = 0;
    for (int i = 1; i < n; i++) if (d.x()[i] < d.x()[le]) le = i;
    st = le;
    for (int i = Math.max(0, le - 10); i < Math.min(n, le + 10); i++) if (d.edgeSpeed()[i] < d.edgeSpeed()[st]) st = i;
    List<double[]> ours = new ArrayList<>();
    double arc = 0;
    for (int i = st + 1; i < n; i++) {
      arc += Math.hypot(d.x()[i] - d.x()[i - 1], d.y()[i] - d.y()[i - 1]);
      ours.add(new double[] {arc, d.x()[i], d.edgeSpeed()[i], d.displacementThickness()[i], d.momentumThickness()[i],
          d.shapeFactor()[i]});
    }
    double[] so = new double[ours.size()];
    double[] uo = new double[ours.size()];
    for (int i = 0; i < so.length; i++) {
      so[i] = ours.get(i)[0];
      uo[i] = ours.get(i)[2];
    }
    double[][] onO = march(so, uo, re, sub, null);
    System.out.printf(Locale.ROOT, "this solver (%s): C_l %.4f; XFOIL stagnation s %.5f; %d lower stations, SUB %d%n", edge,
        r.cl(), sStag, s.length, sub);
    System.out.printf(Locale.ROOT, "Re_θ C_f = 0 on XFOIL's U_e at x/c %.4f, on ours at x/c %.4f; N at the edge %.2f / %.2f%n%n",
        sepX(onX, xf), sepXo(onO, ours), onX[s.length - 1][2], onO[so.length - 1][2]);
    System.out.println("| x/c | U_e XFOIL / ours coupled | H XFOIL / march on XFOIL U_e / ours coupled / march on our U_e "
        + "| 10³θ (same order) | 10³δ* (same order) | U_e for XFOIL's δ* (inverse) |");
    System.out.println("|---:|---|---|---|---|---:|");
    for (int i = 0; i < s.length; i++) {
      double[] v = xf.get(i);
      if (v[1] < x0) continue;
      double x = v[1];
      double[] m = onX[i];
      double hc = at(ours, x, 5);
      double tc = at(ours, x, 4);
      double[] mo = interp(onO, ours, x);
      System.out.printf(Locale.ROOT,
          "| %.3f | %.3f / %.3f | %.2f / %.2f / %.2f / %.2f | %.3f / %.3f / %.3f / %.3f | %.2f / %.2f / %.2f / %.2f | %.4f |%n",
          x, v[2], at(ours, x, 2), v[6], m[1], hc, mo[1], 1e3 * v[4], 1e3 * m[0], 1e3 * tc, 1e3 * mo[0], 1e3 * v[3],
          1e3 * m[0] * m[1], 1e3 * at(ours, x, 3), 1e3 * mo[0] * mo[1], onXinv[i][3]);
    }

    // closure test: from XFOIL's state at the first station x >= X0, XFOIL's U_e, RK4 (100 steps per interval) with the
    // 1987 H* fit (this solver) and with XFOIL 6.99's HSL; C_f and C_D fits are the same in both codes
    int i0 = 0;
    while (xf.get(i0)[1] < x0) i0++;
    double[][] ref87 = reference(s, u, re, i0, xf.get(i0)[4], xf.get(i0)[6], false);
    double[][] refXf = reference(s, u, re, i0, xf.get(i0)[4], xf.get(i0)[6], true);
    // the same two closures on this solver's coupled U_e, from its own state at the first station x >= X0
    int j0 = 0;
    while (j0 + 1 < ours.size() && ours.get(j0 + 1)[1] <= x0) j0++;
    double[][] oRef87 = reference(so, uo, re, j0, ours.get(j0)[4], ours.get(j0)[5], false);
    double[][] oRefXf = reference(so, uo, re, j0, ours.get(j0)[4], ours.get(j0)[5], true);
    System.out.println();
    System.out.println("| x/c | H XFOIL / RK4 1987 H* / RK4 XFOIL HSL | 10³θ | 10³δ* | on our U_e: H RK4 1987 / RK4 HSL |");
    System.out.println("|---:|---|---|---|---|");
    for (int i = i0; i < s.length; i++) {
      double[] v = xf.get(i);
      double[] o87 = interp(oRef87, ours, v[1]);
      double[] oXf = interp(oRefXf, ours, v[1]);
      System.out.printf(Locale.ROOT, "| %.3f | %.2f / %s / %s | %.3f / %.3f / %.3f | %.2f / %.2f / %.2f | %s / %s |%n", v[1], v[6],
          fmt(ref87[i][1]), fmt(refXf[i][1]), 1e3 * v[4], 1e3 * ref87[i][0], 1e3 * refXf[i][0], 1e3 * v[3],
          1e3 * ref87[i][0] * ref87[i][1], 1e3 * refXf[i][0] * refXf[i][1], fmt(o87[1]), fmt(oXf[1]));
    }
  }

  /**
   * Marches (θ, H, N) over the stations; row i = {θ, H, N, U (inverse), separated flag}. With
   * {@code mass} non-null the separated part runs in inverse mode on the given U_e δ*.
   */
  static double[][] march(double[] s, double[] u, double re, int sub, double[] mass) throws Exception {
    double[][] out = new double[s.length][5];
    double[] y = {Math.sqrt(0.075 * s[0] / (u[0] * re)), 2.216, 0};
    out[0] = new double[] {y[0], y[1], y[2], u[0], 0};
    boolean separated = false;
    double uPrev = u[0];
    for (int i = 1; i < s.length; i++) {
      double ds = (s[i] - s[i - 1]) / sub;
      double uNow = uPrev;
      for (int j = 1; j <= sub; j++) {
        double ua = j == 1 ? uPrev : u[i - 1] + (j - 1) * (u[i] - u[i - 1]) / sub;
        double ub = u[i - 1] + j * (u[i] - u[i - 1]) / sub;
        if (!separated && (double) friction.invoke(null, y[1]) < 0) separated = true;
        if (separated && mass != null) {
          // mass defect linear in s between XFOIL's stations
          double mb = mass[i - 1] + j * (mass[i] - mass[i - 1]) / sub;
          uNow = (double) inv.invoke(null, y, j == 1 ? uPrev : uNow, mb, j == 1 ? uPrev : uNow, ds, re);
        } else if (separated) {
          sep.invoke(null, y, ua, ub, ds, re);
          uNow = ub;
        } else {
          lam.invoke(null, y, ua, ub, ds, re);
          uNow = ub;
        }
      }
      uPrev = uNow;
      out[i] = new double[] {y[0], y[1], y[2], uNow, separated ? 1 : 0};
    }
    return out;
  }

  static String fmt(double h) {
    return Double.isNaN(h) ? "sep." : String.format(Locale.ROOT, "%.2f", h);
  }

  /** H*(H): the 1987 fit (Drela &amp; Giles eq. 16, this solver) or XFOIL 6.99's HSL (xblsys.f). */
  static double hStar(double h, boolean xfoil) {
    if (!xfoil) {
      double d = 4 - h;
      return h < 4 ? 1.515 + 0.076 * d * d / h : 1.515 + 0.040 * d * d / h;
    }
    if (h < 4.35) {
      double t = h - 4.35;
      return 0.0111 * t * t / (h + 1) - 0.0278 * t * t * t / (h + 1) + 1.528 - 0.0002 * (t * h) * (t * h);
    }
    return 1.528 + 0.015 * (h - 4.35) * (h - 4.35) / h;
  }

  /** (dθ/ds, dH/ds) of the two-equation laminar layer, C_f and 2C_D/H* as FalknerSkanClosure (H &lt; 5.5, H &lt; 4 branches). */
  static double[] rates(double t, double h, double uu, double g, double re, boolean xfoil) {
    double rt = uu * t * re;
    double d = 5.5 - h;
    double cf2 = 0.5 * (-0.07 + 0.0727 * d * d * d / (h + 1)) / rt;
    double hs = hStar(h, xfoil);
    double di = h < 4 ? 0.207 + 0.00205 * Math.pow(4 - h, 5.5) : 0.207 - 0.0016 * (h - 4) * (h - 4) / (1 + 0.02 * (h - 4) * (h - 4));
    double cd2 = hs * di / rt;
    double pg = t * g / uu;
    double dhs = (cd2 - hs * cf2 + hs * (h - 1) * pg) / t;
    double e = 1e-6;
    double slope = (hStar(h + e, xfoil) - hStar(h - e, xfoil)) / (2 * e);
    return new double[] {cf2 - (h + 2) * pg, dhs / slope, slope};
  }

  /** Classical RK4 in (θ, H) from station i0; NaN rows once dH*&#47;dH &gt; -0.002 (the direct march's Goldstein point: separation). */
  static double[][] reference(double[] s, double[] u, double re, int i0, double theta, double h, boolean xfoil) {
    double[][] out = new double[s.length][2];
    double t = theta;
    boolean separated = false;
    out[i0] = new double[] {t, h};
    for (int i = i0 + 1; i < s.length; i++) {
      int n = 100;
      double ds = (s[i] - s[i - 1]) / n;
      double g = (u[i] - u[i - 1]) / (s[i] - s[i - 1]);
      for (int j = 0; j < n && !separated; j++) {
        double ua = u[i - 1] + j * ds * g;
        double[] k1 = rates(t, h, ua, g, re, xfoil);
        double[] k2 = rates(t + 0.5 * ds * k1[0], h + 0.5 * ds * k1[1], ua + 0.5 * ds * g, g, re, xfoil);
        double[] k3 = rates(t + 0.5 * ds * k2[0], h + 0.5 * ds * k2[1], ua + 0.5 * ds * g, g, re, xfoil);
        double[] k4 = rates(t + ds * k3[0], h + ds * k3[1], ua + ds * g, g, re, xfoil);
        t += ds / 6 * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]);
        h += ds / 6 * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1]);
        separated = rates(t, h, ua + ds * g, g, re, xfoil)[2] > -0.002;
      }
      out[i] = separated ? new double[] {Double.NaN, Double.NaN} : new double[] {t, h};
    }
    return out;
  }

  static double sepX(double[][] m, List<double[]> xf) {
    for (int i = 1; i < m.length; i++) if (m[i][4] > 0) return xf.get(i - 1)[1];
    return Double.NaN;
  }

  static double sepXo(double[][] m, List<double[]> ours) {
    for (int i = 1; i < m.length; i++) if (m[i][4] > 0) return ours.get(i - 1)[1];
    return Double.NaN;
  }

  static double[] interp(double[][] m, List<double[]> ours, double x) {
    for (int i = 1; i < ours.size(); i++) {
      double xa = ours.get(i - 1)[1];
      double xb = ours.get(i)[1];
      if (x >= xa && x <= xb) {
        double f = xb == xa ? 0 : (x - xa) / (xb - xa);
        return new double[] {m[i - 1][0] + f * (m[i][0] - m[i - 1][0]), m[i - 1][1] + f * (m[i][1] - m[i - 1][1])};
      }
    }
    return m[m.length - 1];
  }

  /** Column c at x/c = x, linear in x between the neighbouring rows (rows ordered by increasing x). */
  static double at(List<double[]> rows, double x, int c) {
    for (int i = 1; i < rows.size(); i++) {
      double[] a = rows.get(i - 1);
      double[] b = rows.get(i);
      if (x >= a[1] && x <= b[1]) {
        return b[1] == a[1] ? b[c] : a[c] + (x - a[1]) / (b[1] - a[1]) * (b[c] - a[c]);
      }
    }
    return rows.get(rows.size() - 1)[c];
  }
}
