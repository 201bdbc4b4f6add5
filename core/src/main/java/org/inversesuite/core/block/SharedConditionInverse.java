package org.inversesuite.core.block;

import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.ShapeMismatchException;

/**
 * A block whose inverse can take one condition row shared by the whole batch, as when drawing
 * many samples of one posterior: {@code x_r = f⁻¹(z_r; c)} for every row r with the same c. The
 * result equals {@link InvertibleBlock#inverse} with c repeated in every row (up to the rounding
 * of the kernel's precision); the point is to do the work that depends on c alone once per call
 * instead of once per row. Blocks without it get the broadcast condition
 * ({@link org.inversesuite.core.flow.Flow#inverseSharedCondition}).
 */
public interface SharedConditionInverse {
  /**
   * @param z latent rows, shape [n, dimension()]
   * @param c the condition shared by every row, shape [1, conditionDimension()]
   * @param x receives the inverse, shape [n, dimension()]
   * @param logDet log|det ∂f⁻¹/∂z| is added per row
   */
  void inverseSharedCondition(Matrix z, Matrix c, Matrix x, double[] logDet, Workspace ws);

  /** Checks z against the block's dimension and c against one row of its condition. */
  static void check(InvertibleBlock block, Matrix z, Matrix c, double[] logDet) {
    int cd = block.conditionDimension();
    if (c == null || c.rows() != 1 || c.cols() != cd) {
      int[] got = c == null ? new int[] {0, 0} : new int[] {c.rows(), c.cols()};
      throw new ShapeMismatchException("shared condition has shape [" + got[0] + ", " + got[1] + "], block expects [1, "
          + cd + "]", new int[] {1, cd}, got);
    }
    if (z.cols() != block.dimension() || logDet.length != z.rows()) {
      throw new ShapeMismatchException("input has shape [" + z.rows() + ", " + z.cols() + "] and logDet length "
          + logDet.length + ", block expects [n, " + block.dimension() + "] and n",
          new int[] {z.rows(), block.dimension()}, new int[] {z.rows(), z.cols()});
    }
  }
}
