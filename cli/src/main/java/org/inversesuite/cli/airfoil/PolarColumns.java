package org.inversesuite.cli.airfoil;

import java.util.List;
import org.inversesuite.airfoil.solver.AeroResult;
import org.inversesuite.core.tensor.Matrix;

/** The columns a polar table gives each point: α, C_l, C_d, C_m and L/D, NaN where the point did not converge. */
final class PolarColumns {
  static final List<String> NAMES = List.of("alpha", "cl", "cd", "cm", "ld");

  private PolarColumns() {}

  /**
   * Writes the point's {@link #NAMES} into {@code m} at {@code row}, from {@code column} on.
   *
   * @return the column after them
   */
  static int put(Matrix m, int row, int column, AeroResult r) {
    boolean ok = r.converged();
    double[] values = {r.condition().alphaDegrees(), ok ? r.cl() : Double.NaN, ok ? r.cd() : Double.NaN,
        ok ? r.cm() : Double.NaN, ok ? r.cl() / r.cd() : Double.NaN};
    for (int j = 0; j < values.length; j++) {
      m.set(row, column + j, values[j]);
    }
    return column + values.length;
  }
}
