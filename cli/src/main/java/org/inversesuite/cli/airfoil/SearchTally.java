package org.inversesuite.cli.airfoil;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inversesuite.airfoil.design.InverseDesigner;
import org.inversesuite.airfoil.design.OptimizationResult;

/**
 * One search of {@code inverse airfoil compare} (a cINN order or CMA-ES) over all targets: wall
 * time and solver calls to one valid design per target, with their means and the median of the
 * calls (solver calls do not depend on the machine's load; wall times do).
 *
 * <p>A CMA-ES run that spent its budget without reaching its goal is never counted as a success:
 * its cell reads "&gt; s (&gt; calls)", and it enters the means and medians with the time and
 * calls it spent, so CMA-ES's means, and every speed-up over it, are lower bounds when any
 * target hit the budget ({@link #budgetSpent()} counts them).
 */
final class SearchTally {
  private final String name;
  private final List<Double> seconds = new ArrayList<>();
  private final List<Integer> calls = new ArrayList<>();
  private final List<Boolean> open = new ArrayList<>();

  /** @param name the column header, e.g. "cINN ridge order, 1 core" */
  SearchTally(String name) {
    this.name = name;
  }

  String name() {
    return name;
  }

  /** Records a cINN search and returns its table cell "s (calls)". */
  String add(InverseDesigner.FirstDesign f) {
    return add(f.seconds(), f.simulated(), f.design() == null ? " none" : "");
  }

  /** Records a CMA-ES run and returns its table cell: "s (calls)", or "&gt; s (&gt; calls)" at the budget. */
  String add(OptimizationResult r) {
    if (r.reachedTolerance()) {
      return add(r.seconds(), r.solverCalls(), "");
    }
    seconds.add(r.seconds());
    calls.add(r.solverCalls());
    open.add(true);
    return String.format(Locale.ROOT, "> %.3f (> %d)", r.seconds(), r.solverCalls());
  }

  private String add(double s, int c, String note) {
    seconds.add(s);
    calls.add(c);
    open.add(false);
    return String.format(Locale.ROOT, "%.3f (%d)%s", s, c, note);
  }

  /** @return true when the last target spent the budget without reaching the goal */
  boolean lastSpent() {
    return open.get(open.size() - 1);
  }

  /** @return targets that spent the budget without reaching the goal */
  long budgetSpent() {
    return open.stream().filter(Boolean::booleanValue).count();
  }

  /** @return the per-target speed-up cell of this CMA-ES search over {@code cinn}, "&gt; ..." at the budget */
  String lastSpeedUp(SearchTally cinn) {
    return String.format(Locale.ROOT, "%s%.0fx", lastSpent() ? "> " : "", lastSeconds() / cinn.lastSeconds());
  }

  /**
   * @param cinn the cINN search on the same targets
   * @return the median over targets of this search's wall time over the cINN's
   */
  double medianSpeedUp(SearchTally cinn) {
    if (cinn.seconds.size() != seconds.size()) {
      throw new IllegalStateException("tallies over different targets: " + cinn.seconds.size() + " and "
          + seconds.size());
    }
    double[] r = new double[seconds.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = seconds.get(i) / cinn.seconds.get(i);
    }
    return median(r);
  }

  /** @return wall time of the last target */
  double lastSeconds() {
    return seconds.get(seconds.size() - 1);
  }

  /** @return mean wall time per target */
  double meanSeconds() {
    return seconds.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  /** @return mean solver calls per target */
  double meanCalls() {
    return calls.stream().mapToInt(Integer::intValue).average().orElse(Double.NaN);
  }

  /** @return median solver calls per target */
  double medianCalls() {
    return median(calls.stream().mapToDouble(Integer::doubleValue).toArray());
  }

  private static double median(double[] v) {
    if (v.length == 0) {
      return Double.NaN;
    }
    double[] c = v.clone();
    java.util.Arrays.sort(c);
    int k = c.length / 2;
    return c.length % 2 == 1 ? c[k] : 0.5 * (c[k - 1] + c[k]);
  }

  /** @return "name: mean s (mean calls, median calls)", and the targets at the budget if any */
  @Override
  public String toString() {
    long spent = budgetSpent();
    return String.format(Locale.ROOT, "%s %.3f s (%.1f calls, median %.1f)", name, meanSeconds(), meanCalls(),
        medianCalls()) + (spent == 0 ? "" : String.format(Locale.ROOT, "; %d of %d targets spent the budget without "
        + "reaching the goal (counted with the time and calls spent: mean and median are lower bounds)", spent,
        open.size()));
  }
}
