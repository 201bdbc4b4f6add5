package org.inversesuite.data.set;

import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.Dataset;

/**
 * A view of some rows of another {@link Dataset}: row i of the view is row {@code rows[i]} of
 * the parent. Holds the parent and an index array, no copy of the data.
 */
public final class RowSubset implements Dataset {
  private final Dataset parent;
  private final int[] rows;

  /**
   * @param parent the data set viewed
   * @param rows the parent's rows, in the view's order
   * @throws IndexOutOfBoundsException naming the first index outside the parent
   */
  public RowSubset(Dataset parent, int[] rows) {
    this.parent = parent;
    this.rows = rows.clone();
    for (int i = 0; i < this.rows.length; i++) {
      if (this.rows[i] < 0 || this.rows[i] >= parent.size()) {
        throw new IndexOutOfBoundsException("row " + this.rows[i] + " (at position " + i + ") is outside the parent's [0, "
            + parent.size() + ")");
      }
    }
  }

  @Override
  public int size() {
    return rows.length;
  }

  @Override
  public int xDimension() {
    return parent.xDimension();
  }

  @Override
  public int yDimension() {
    return parent.yDimension();
  }

  /** @return the parent's rows behind the given rows of this view */
  @Override
  public Batch batch(int[] indices) {
    int[] mapped = new int[indices.length];
    for (int i = 0; i < indices.length; i++) {
      int r = indices[i];
      if (r < 0 || r >= rows.length) {
        throw new IndexOutOfBoundsException("row " + r + " (at position " + i + ") is outside [0, " + rows.length + ")");
      }
      mapped[i] = rows[r];
    }
    return parent.batch(mapped);
  }

  /** @return a copy of the parent's row indices, in this view's order */
  public int[] parentRows() {
    return rows.clone();
  }

  @Override
  public String toString() {
    return "RowSubset[" + rows.length + " of " + parent.size() + " rows]";
  }
}
