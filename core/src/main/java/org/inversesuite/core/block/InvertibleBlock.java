package org.inversesuite.core.block;

import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;

/**
 * An invertible map {@code z = f(x; c)} of rows, with its log-determinant and an explicit
 * backward pass. The contract every block honours (and {@code InvertibleBlockContract} checks):
 *
 * <ul>
 *   <li>{@code forward} writes {@code z = f(x; c)} and <b>adds</b> {@code log|det ∂f/∂x|} of each
 *       row to {@code logDet}.
 *   <li>{@code inverse} writes {@code x = f⁻¹(z; c)} and adds {@code log|det ∂f⁻¹/∂z|}, which equals
 *       minus the forward log-determinant at that x.
 *   <li>{@code backward}, called after {@code forward} with the same x, c and workspace, turns
 *       {@code dz = ∂L/∂z} and {@code dLogDet = ∂L/∂logDet} into {@code dx = ∂L/∂x} (overwritten),
 *       adds {@code ∂L/∂c} to {@code dc} (if not null) and adds the parameter gradients to
 *       {@code ws.gradients()}. It may clobber {@code dz}.
 *   <li>Rows are independent: output row i depends only on input row i and {@code c[i]}.
 *   <li>Shapes: x, z, dx, dz are [n, dimension()]; c, dc are [n, conditionDimension()] (c may be
 *       null when conditionDimension() is 0); logDet and dLogDet have length n.
 * </ul>
 *
 * <p>Parameters live in the shared {@link Parameters} vector given at construction; a block
 * holds only offsets into it. The sign convention follows FrEIA (Ardizzone et al.,
 * "Framework for Easily Invertible Architectures"): forward is the data-to-latent direction.
 */
public interface InvertibleBlock {
  /** @return the number of columns of x and z */
  int dimension();

  /** @return the number of columns of the condition, 0 if unconditional */
  int conditionDimension();

  /** @return the parameter vector this block's weights live in */
  Parameters parameters();

  /** Forward pass; see the class contract. */
  void forward(Matrix x, Matrix c, Matrix z, double[] logDet, Workspace ws);

  /** Inverse pass; see the class contract. */
  void inverse(Matrix z, Matrix c, Matrix x, double[] logDet, Workspace ws);

  /** Backward pass of {@link #forward}; see the class contract. */
  void backward(Matrix x, Matrix c, Matrix dz, double[] dLogDet, Matrix dx, Matrix dc, Workspace ws);

  /** @return the configuration that rebuilds this block, with every random choice made explicit */
  BlockConfig config();
}
