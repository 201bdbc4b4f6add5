package org.inversesuite.core.baseline;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The observations y*_j of rejection ABC bucketed into cubes of side ε: every y* within distance
 * ε of a proposal's f(x) lies in one of the 3^dy cubes around f(x), so a proposal is compared
 * with the few observations there instead of all m. The acceptance test itself stays the exact
 * ‖f(x) − y*_j‖ &lt; ε of the caller; this only skips observations that cannot pass it.
 * A look-up of 3^dy cubes costs about as much as 30 brute-force distances per cube (hashing a
 * boxed key), so the grid is used from m ≥ 32·3^dy observations on (96 in 1-D, 288 in 2-D): the
 * 20 observations of the quick table keep the brute-force loop, the 1000 of the full table use the
 * grid. Cube coordinates are packed exactly into a long (21 bits per
 * dimension, dy ≤ 3), so {@link #of} declines observations too far from the origin.
 */
final class ObservationGrid {
  private static final int MAX_DIMENSION = 3;
  private static final int MIN_OBSERVATIONS_PER_CUBE = 32;
  private static final long RANGE = 1L << 19;
  private static final int BITS = 21;

  private final Map<Long, int[]> cells = new HashMap<>();
  private final double epsilon;
  private final int dy;

  private ObservationGrid(double[] yStar, int dy, double epsilon) {
    this.epsilon = epsilon;
    this.dy = dy;
    long[] cell = new long[dy];
    for (int j = 0; j < yStar.length / dy; j++) {
      cellOf(yStar, j * dy, cell);
      int[] list = cells.get(key(cell));
      int[] grown = list == null ? new int[1] : Arrays.copyOf(list, list.length + 1);
      grown[grown.length - 1] = j;
      cells.put(key(cell), grown);
    }
  }

  /**
   * @param yStar observations, row-major [m, dy]
   * @return the grid, or null when brute force is as fast (m &lt; 32·3^dy, dy &gt; 3) or an observation
   *     lies beyond 2^19 ε of the origin
   */
  static ObservationGrid of(double[] yStar, int dy, double epsilon) {
    int m = yStar.length / dy;
    if (dy > MAX_DIMENSION || m < MIN_OBSERVATIONS_PER_CUBE * Math.pow(3, dy)) {
      return null;
    }
    for (double v : yStar) {
      if (!(Math.abs(v / epsilon) < RANGE)) {
        return null;
      }
    }
    return new ObservationGrid(yStar, dy, epsilon);
  }

  /** Writes the cube coordinates of y[offset .. offset + dy) into {@code cell}; false if too far out. */
  private boolean cellOf(double[] y, int offset, long[] cell) {
    for (int c = 0; c < dy; c++) {
      double u = y[offset + c] / epsilon;
      if (!(Math.abs(u) < RANGE + 2)) {
        return false; // also NaN: no observation can be within ε
      }
      cell[c] = (long) Math.floor(u);
    }
    return true;
  }

  private long key(long[] cell) {
    long k = 0;
    for (int c = 0; c < dy; c++) {
      k = (k << BITS) | (cell[c] + 2 * RANGE);
    }
    return k;
  }

  /**
   * Collects the observations in the 3^dy cubes around y[offset .. offset + dy): a superset of
   * those within ε. Thread-safe (read-only after construction).
   *
   * @param out receives the observation indices, capacity ≥ m
   * @return how many were written
   */
  int candidates(double[] y, int offset, int[] out) {
    long[] centre = new long[dy];
    if (!cellOf(y, offset, centre)) {
      return 0;
    }
    long[] cell = new long[dy];
    int count = 0;
    int neighbours = (int) Math.pow(3, dy);
    for (int n = 0; n < neighbours; n++) {
      int rest = n;
      for (int c = 0; c < dy; c++) {
        cell[c] = centre[c] + rest % 3 - 1;
        rest /= 3;
      }
      int[] list = cells.get(key(cell));
      if (list != null) {
        System.arraycopy(list, 0, out, count, list.length);
        count += list.length;
      }
    }
    return count;
  }
}
