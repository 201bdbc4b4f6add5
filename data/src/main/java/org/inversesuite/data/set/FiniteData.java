package org.inversesuite.data.set;

import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.Dataset;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.NonFiniteException;

/** Checks that a {@link Dataset} holds only finite numbers, before training meets a NaN. */
public final class FiniteData {
  private static final int CHUNK = 4096;

  private FiniteData() {}

  /**
   * Reads every row of {@code data}, in chunks of rows, and throws at a NaN or infinity: the
   * first in row order within a chunk, x checked before y.
   *
   * @param <D> the type of the data set
   * @param data the data set to check
   * @param name what the data set is, for the message, e.g. "training data"
   * @return {@code data}, for chaining
   * @throws NonFiniteException naming "NAME x" or "NAME y", the 0-based row of the data set and
   *     the 0-based column
   */
  public static <D extends Dataset> D requireFinite(D data, String name) {
    int n = data.size();
    for (int start = 0; start < n; start += CHUNK) {
      int count = Math.min(CHUNK, n - start);
      int[] rows = new int[count];
      for (int i = 0; i < count; i++) {
        rows[i] = start + i;
      }
      Batch batch = data.batch(rows);
      check(batch.x(), start, name + " x");
      check(batch.y(), start, name + " y");
    }
    return data;
  }

  private static void check(Matrix m, int firstRow, String where) {
    for (int i = 0, size = m.size(); i < size; i++) {
      double v = m.get(i);
      if (!Double.isFinite(v)) {
        throw new NonFiniteException(where, firstRow + i / m.cols(), i % m.cols(), v);
      }
    }
  }
}
