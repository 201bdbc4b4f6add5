package org.inversesuite.cli.airfoil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.inversesuite.airfoil.design.DesignFamily;
import org.inversesuite.airfoil.design.DesignTarget;
import org.inversesuite.airfoil.design.SolverPool;
import org.inversesuite.airfoil.shape.Airfoil;
import org.inversesuite.airfoil.solver.AeroResult;
import org.inversesuite.airfoil.solver.AirfoilSolver;
import org.inversesuite.airfoil.solver.FlowCondition;
import org.inversesuite.airfoil.solver.Polar;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.data.table.CsvTable;
import org.inversesuite.data.table.CsvWriter;
import org.inversesuite.data.table.NonFinitePolicy;

/**
 * The polars of a design family's best shapes around the design point, against the target: how each design's
 * C_l(α), drag polar and L/D(α) pass the target (α_t, C_l,t, (L/D)_t), i.e. what the design does off its design
 * angle. Each polar is one warm-started sweep of the solver ({@link AirfoilSolver#polar}), so its point at the
 * design angle can differ from the single-angle re-simulation that ranked the design where the flow has two
 * laminar-bubble solutions.
 */
final class DesignPolars {
  /** The default angle spec: the design angle −4° … +6° in 1° steps, within the solver's range. */
  static final String AUTO = "auto";
  private static final int BELOW = 4;
  private static final int ABOVE = 6;

  private DesignPolars() {}

  /**
   * @param spec {@link #AUTO}, from:to:step or a list (as {@code polar --alpha})
   * @return the angles, each checked against the solver's range at the target's Reynolds number
   * @throws IllegalArgumentException naming --polar-alpha and the value, before any work is done
   */
  static List<Double> angles(String spec, DesignTarget target) {
    List<Double> angles = new ArrayList<>();
    if (AUTO.equals(spec)) {
      for (int k = -BELOW; k <= ABOVE; k++) {
        double a = target.alphaDegrees() + k;
        if (a >= FlowCondition.MIN_ALPHA && a <= FlowCondition.MAX_ALPHA) {
          angles.add(a);
        }
      }
      return angles;
    }
    angles = Sections.angles(spec, "--polar-alpha");
    for (double a : angles) {
      try {
        new FlowCondition(a, target.reynolds());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--polar-alpha: " + e.getMessage(), e);
      }
    }
    return angles;
  }

  /**
   * Solves the polars of the first {@code shown} ranked designs on {@code threads} threads (each polar is one
   * sweep, so the result does not depend on the thread count) and writes polars.csv (rank, alpha, cl, cd, cm,
   * ld, converged; NaN where not converged) and polars.png.
   */
  static void write(Path out, DesignFamily family, int shown, AirfoilSolver solver, List<Double> angles, int threads) {
    List<Callable<Polar>> tasks = new ArrayList<>();
    for (int i = 0; i < Math.min(shown, family.ranked().size()); i++) {
      Airfoil design = family.ranked().get(i).result().point().airfoil("design " + (i + 1));
      tasks.add(() -> solver.polar(design, family.target().reynolds(), angles));
    }
    List<Polar> polars = SolverPool.runAll("design polars", threads, tasks);
    int rows = polars.stream().mapToInt(p -> p.points().size()).sum();
    Matrix v = Matrix.zeros(Precision.FLOAT64, rows, 7);
    int row = 0;
    for (int i = 0; i < polars.size(); i++) {
      for (AeroResult r : polars.get(i).points()) {
        v.set(row, 0, i + 1);
        v.set(row, PolarColumns.put(v, row, 1, r), r.converged() ? 1 : 0);
        row++;
      }
    }
    List<String> columns = new ArrayList<>(List.of("rank"));
    columns.addAll(PolarColumns.NAMES);
    columns.add("converged");
    CsvWriter.defaults().withNonFinite(NonFinitePolicy.ALLOW).write(out.resolve("polars.csv"), new CsvTable(columns, v));
    if (polars.stream().anyMatch(p -> p.convergedCount() > 0)) {
      AirfoilPlots.designPolars(out.resolve("polars.png"), family.target(), polars);
    } else {
      System.out.println("no polar picture: no point of the designs' polars converged");
    }
  }
}
