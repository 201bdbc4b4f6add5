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
 */
final class SearchTally {
  private final String name;
  private final List<Double> seconds = new ArrayList<>();
  private final List<Integer> calls = new ArrayList<>();

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

  /** Records a CMA-ES run and returns its table cell "s (calls)". */
  String add(OptimizationResult r) {
    return add(r.seconds(), r.solverCalls(), r.reachedTolerance() ? "" : " not reached");
  }

  private String add(double s, int c, String note) {
    seconds.add(s);
    calls.add(c);
    return String.format(Locale.ROOT, "%.2f (%d)%s", s, c, note);
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
    int[] c = calls.stream().mapToInt(Integer::intValue).sorted().toArray();
    if (c.length == 0) {
      return Double.NaN;
    }
    int k = c.length / 2;
    return c.length % 2 == 1 ? c[k] : 0.5 * (c[k - 1] + c[k]);
  }

  /** @return "name: mean s (mean calls, median calls)" */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s %.2f s (%.1f calls, median %.1f)", name, meanSeconds(), meanCalls(),
        medianCalls());
  }
}
