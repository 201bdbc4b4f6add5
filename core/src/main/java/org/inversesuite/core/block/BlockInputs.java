package org.inversesuite.core.block;

import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.ShapeMismatchException;

/** Argument checks shared by all blocks: shapes named in the message, both expected and actual. */
public final class BlockInputs {
  private BlockInputs() {}

  /** Checks x against the block's dimension and c against its condition dimension. */
  public static void check(InvertibleBlock block, Matrix x, Matrix c, double[] logDet) {
    int n = x.rows();
    if (x.cols() != block.dimension()) {
      throw new ShapeMismatchException("input has " + x.cols() + " columns, block expects " + block.dimension(),
          new int[] {n, block.dimension()}, new int[] {n, x.cols()});
    }
    int cd = block.conditionDimension();
    if (cd > 0) {
      if (c == null) {
        throw new IllegalArgumentException("block expects a condition with " + cd + " columns, got none");
      }
      if (c.cols() != cd || c.rows() != n) {
        throw new ShapeMismatchException("condition has shape [" + c.rows() + ", " + c.cols() + "], block expects ["
            + n + ", " + cd + "]", new int[] {n, cd}, new int[] {c.rows(), c.cols()});
      }
    }
    if (logDet.length != n) {
      throw new ShapeMismatchException("logDet has length " + logDet.length + ", batch has " + n + " rows",
          new int[] {n}, new int[] {logDet.length});
    }
  }
}
