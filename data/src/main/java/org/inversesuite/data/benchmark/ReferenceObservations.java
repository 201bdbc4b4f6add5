package org.inversesuite.data.benchmark;

import java.util.Arrays;
import java.util.Objects;
import org.inversesuite.core.tensor.Matrix;

/**
 * Held-out observations of a benchmark together with the parameters that produced them,
 * y*_j = f(x_true,j), as published by a reference run.
 *
 * <p>Immutable: the matrices are copied on the way in and on the way out.
 *
 * @param source where the numbers come from (script, seed, output file)
 * @param yStar observations, shape [m, dy], float64
 * @param xTrue the parameters behind them, shape [m, dx], float64, row j belonging to row j
 *     of {@code yStar}
 */
public record ReferenceObservations(String source, Matrix yStar, Matrix xTrue) {
  /** Checks that both matrices have one row per observation and copies them. */
  public ReferenceObservations {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("reference observations need a non-blank source, got '" + source + "'");
    }
    if (yStar.rows() != xTrue.rows()) {
      throw new IllegalArgumentException("yStar has " + yStar.rows() + " rows but xTrue has " + xTrue.rows());
    }
    yStar = yStar.copy();
    xTrue = xTrue.copy();
  }

  /** @return the number of observations m */
  public int size() {
    return yStar.rows();
  }

  /** @return y*, shape [m, dy] (a copy) */
  @Override
  public Matrix yStar() {
    return yStar.copy();
  }

  /** @return x_true, shape [m, dx] (a copy) */
  @Override
  public Matrix xTrue() {
    return xTrue.copy();
  }

  /** @return y*_j as an array (a copy) */
  public double[] yStar(int j) {
    return row(yStar, j);
  }

  /** @return x_true,j as an array (a copy) */
  public double[] xTrue(int j) {
    return row(xTrue, j);
  }

  /** Equal if the sources are equal and the matrices hold the same values. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ReferenceObservations r && r.source.equals(source)
        && Arrays.deepEquals(r.yStar.toRows(), yStar.toRows()) && Arrays.deepEquals(r.xTrue.toRows(), xTrue.toRows());
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, Arrays.deepHashCode(yStar.toRows()), Arrays.deepHashCode(xTrue.toRows()));
  }

  @Override
  public String toString() {
    return "ReferenceObservations[" + size() + " observations, source=" + source + "]";
  }

  private static double[] row(Matrix m, int j) {
    if (j < 0 || j >= m.rows()) {
      throw new IllegalArgumentException("observation index must be in [0, " + m.rows() + "), got " + j);
    }
    double[] out = new double[m.cols()];
    for (int c = 0; c < out.length; c++) {
      out[c] = m.get(j, c);
    }
    return out;
  }
}
