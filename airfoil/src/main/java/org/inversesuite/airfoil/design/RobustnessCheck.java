package org.inversesuite.airfoil.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inversesuite.airfoil.shape.Airfoil;
import org.inversesuite.airfoil.solver.AeroResult;
import org.inversesuite.airfoil.solver.AirfoilSolver;
import org.inversesuite.airfoil.solver.FlowCondition;
import org.inversesuite.core.random.Rng;

/**
 * Re-checks a design before it is exported: solves the contour as read back from its file, which must
 * give the reported C_l and C_d bit for bit, and copies of it whose coordinates are moved by tiny amounts,
 * which must give the same answer to within {@link Robustness#CL_SPREAD} and {@link Robustness#LD_SPREAD}.
 * The copies are
 *
 * <pre>
 *   copy 1:      x_i, y_i rounded to 7 decimals (a common .dat precision, the exporter's before session 15)
 *   copies 2…K:  x_i + u, y_i + v,  u, v ~ U(−δ, δ) independently,  δ = 5·10⁻⁸ chord by default
 * </pre>
 *
 * at every point but the two trailing-edge points (so a sharp edge stays closed). Whether the file and the
 * copies converged in the solver's direct-mode fallback is counted, since that is the most frequent second
 * answer (docs/airfoil.md, session 15). A change of 10⁻⁷ chord
 * is far below any manufacturing tolerance; if the answer moves by more than the spreads, the solver has
 * several solutions for this shape (at laminar-bubble angles: transition frozen at different points,
 * {@code ViscousIteration}; docs/airfoil.md, "Exported designs re-simulate to what was reported (session
 * 15)"), and the reported values are one of them, not a property of the shape.
 */
public final class RobustnessCheck {
  /** Default δ: half the last digit of a 7-decimal file. */
  public static final double DEFAULT_SIZE = 5e-8;

  private final AirfoilSolver solver;
  private final int copies;
  private final double size;
  private final int threads;

  /**
   * @param solver the solver the design was ranked with
   * @param copies perturbed copies K ≥ 1 (the first is the 7-decimal one)
   * @param size δ, chords, in (0, 10⁻³]
   * @param threads solver threads ≥ 1
   */
  public RobustnessCheck(AirfoilSolver solver, int copies, double size, int threads) {
    if (copies < 1 || !(size > 0 && size <= 1e-3) || threads < 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "robustness check needs copies >= 1, 0 < size <= 1e-3 and threads >= 1, got %d, %g, %d", copies, size, threads));
    }
    this.solver = solver;
    this.copies = copies;
    this.size = size;
    this.threads = threads;
  }

  /**
   * @param reread the contour as parsed back from the exported file's text
   * @param reported the converged result the design was reported with
   * @param rng source of the random copies (same stream, same copies)
   * @return what the file and its copies re-simulate to
   */
  public Robustness check(Airfoil reread, DesignCase reported, Rng rng) {
    FlowCondition at = reported.point().condition();
    List<Airfoil> contours = new ArrayList<>(copies + 1);
    contours.add(reread);
    contours.addAll(copies(reread, rng));
    List<Callable<AeroResult>> tasks = new ArrayList<>();
    for (Airfoil a : contours) {
      tasks.add(() -> solveOrNull(a, at));
    }
    List<AeroResult> results = SolverPool.runAll("robustness check", threads, tasks);
    AeroResult file = results.get(0);
    boolean fileConverged = file != null && file.converged();
    boolean reproduced = fileConverged && file.cl() == reported.cl() && file.cd() == reported.cd();
    double cl = fileConverged ? file.cl() : Double.NaN;
    double ld = fileConverged ? file.cl() / file.cd() : Double.NaN;
    double clMin = cl;
    double clMax = cl;
    double ldMin = ld;
    double ldMax = ld;
    int converged = 0;
    int direct = 0;
    for (AeroResult r : results.subList(1, results.size())) {
      if (r == null || !r.converged()) {
        continue;
      }
      converged++;
      direct += r.directMode() ? 1 : 0;
      clMin = Math.min(clMin, r.cl());
      clMax = Math.max(clMax, r.cl());
      ldMin = Math.min(ldMin, r.cl() / r.cd());
      ldMax = Math.max(ldMax, r.cl() / r.cd());
    }
    return new Robustness(reproduced, fileConverged && file.directMode(), cl, ld, copies, converged, direct, clMin,
        clMax, ldMin, ldMax, size);
  }

  /** @return the K copies: the 7-decimal one, then the random ones from {@code rng}'s numbered streams */
  List<Airfoil> copies(Airfoil a, Rng rng) {
    List<Airfoil> out = new ArrayList<>(copies);
    int n = a.size();
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = sevenDecimals(a.x(i));
      y[i] = sevenDecimals(a.y(i));
    }
    out.add(new Airfoil(a.name(), x, y));
    for (int k = 1; k < copies; k++) {
      Rng r = rng.stream(k);
      double[] xs = a.xs();
      double[] ys = a.ys();
      for (int i = 1; i < n - 1; i++) {
        xs[i] += r.uniform(-size, size);
        ys[i] += r.uniform(-size, size);
      }
      out.add(new Airfoil(a.name(), xs, ys));
    }
    return out;
  }

  private static double sevenDecimals(double v) {
    return Double.parseDouble(String.format(Locale.ROOT, "%.7f", v));
  }

  /** @return the result, or null when the solver refuses the contour (a copy that fails the shape checks) */
  private AeroResult solveOrNull(Airfoil a, FlowCondition at) {
    try {
      return solver.solve(a, at);
    } catch (IllegalArgumentException | ArithmeticException e) {
      return null;
    }
  }
}
