package org.inversesuite.astro.rv;

import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * The draws a mixture answer keeps, remembered by where they are (round, row, period) in the order they are kept,
 * and written once, straight to their shuffled places: with the permutation σ drawn after the last round, row r of
 * the answer is kept draw σ(r), which is what filling the kept rows in order and then copying row σ(r) to row r
 * gave, without the second n × 7 copy (docs/astro.md run 24 item 5, run 26).
 */
final class KeptDraws {
  /**
   * One round's draws of the flow, with the angles of {@link AngleCoordinate#ANGLE_PAIRS} mapped back over all of
   * its rows ({@link PairAngles}; null for the other coordinates).
   */
  record Round(Matrix q, PairAngles pairs) {
  }

  /** Writes kept draw (round, row) with its period as row {@code to} of {@code out}. */
  interface RowCopy {
    void copy(Round from, int row, double period, DoubleMatrix out, int to);
  }

  private final Round[] rounds;
  private final int[] rows;
  private final double[] periods;
  private int size;

  KeptDraws(int n) {
    rounds = new Round[n];
    rows = new int[n];
    periods = new double[n];
  }

  void add(Round from, int row, double period) {
    rounds[size] = from;
    rows[size] = row;
    periods[size] = period;
    size++;
  }

  int size() {
    return size;
  }

  /**
   * @param order a permutation σ of the kept draws
   * @return the answer whose row r is kept draw σ(r)
   */
  DoubleMatrix inOrder(int[] order, RowCopy copy) {
    if (order.length != size) {
      throw new IllegalArgumentException("a permutation of " + order.length + " for " + size + " kept draws");
    }
    DoubleMatrix out = new DoubleMatrix(size, RvParameters.DIMENSION);
    for (int r = 0; r < size; r++) {
      int i = order[r];
      copy.copy(rounds[i], rows[i], periods[i], out, r);
    }
    return out;
  }
}
