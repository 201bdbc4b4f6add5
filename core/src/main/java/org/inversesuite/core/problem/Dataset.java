package org.inversesuite.core.problem;

/** A fixed set of (x, y) pairs: the offline data source of training. */
public interface Dataset {
  /** @return number of rows */
  int size();

  /** @return dimension of x */
  int xDimension();

  /** @return dimension of y */
  int yDimension();

  /** @return the rows with the given indices, in that order */
  Batch batch(int[] rows);
}
