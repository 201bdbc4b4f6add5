package org.inversesuite.core.block;

import java.util.Arrays;
import java.util.List;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;

/**
 * Fixed permutation of the dimensions, {@code z_i = x_{π(i)}}, log-determinant 0; inverse
 * {@code x_{π(i)} = z_i}. Mixes the halves between coupling blocks (FrEIA PermuteRandom). It has no
 * parameters and ignores the condition.
 */
public final class PermutationBlock implements InvertibleBlock, SharedConditionInverse {
  private final int[] order;
  private final Parameters parameters;
  private final int conditionDimension;

  /**
   * @param order π, a permutation of 0..D-1
   * @param conditionDimension width of the (ignored) condition, for shape checks
   */
  public PermutationBlock(int[] order, Parameters parameters, int conditionDimension) {
    requirePermutation(order);
    this.order = order.clone();
    this.parameters = parameters;
    this.conditionDimension = conditionDimension;
  }

  /** Throws IllegalArgumentException unless {@code order} is a permutation of 0..n-1. */
  static void requirePermutation(int[] order) {
    boolean[] seen = new boolean[order.length];
    for (int v : order) {
      if (v < 0 || v >= order.length || seen[v]) {
        throw new IllegalArgumentException("not a permutation of 0.." + (order.length - 1) + ": " + Arrays.toString(order));
      }
      seen[v] = true;
    }
  }

  @Override
  public int dimension() {
    return order.length;
  }

  @Override
  public int conditionDimension() {
    return conditionDimension;
  }

  @Override
  public Parameters parameters() {
    return parameters;
  }

  @Override
  public BlockConfig config() {
    return new PermutationConfig(Arrays.stream(order).boxed().toList());
  }

  /** @return π as a list */
  public List<Integer> order() {
    return Arrays.stream(order).boxed().toList();
  }

  @Override
  public void forward(Matrix x, Matrix c, Matrix z, double[] logDet, Workspace ws) {
    BlockInputs.check(this, x, c, logDet);
    gather(x, z);
  }

  @Override
  public void inverse(Matrix z, Matrix c, Matrix x, double[] logDet, Workspace ws) {
    BlockInputs.check(this, z, c, logDet);
    scatter(z, x);
  }

  /** {@inheritDoc} The condition is ignored, so the shared row is only checked, never repeated per row. */
  @Override
  public void inverseSharedCondition(Matrix z, Matrix c, Matrix x, double[] logDet, Workspace ws) {
    SharedConditionInverse.check(this, z, c, logDet);
    scatter(z, x);
  }

  @Override
  public void backward(Matrix x, Matrix c, Matrix dz, double[] dLogDet, Matrix dx, Matrix dc, Workspace ws) {
    scatter(dz, dx);
  }

  private void gather(Matrix in, Matrix out) {
    int d = order.length;
    for (int r = 0, n = in.rows(); r < n; r++) {
      for (int i = 0; i < d; i++) {
        out.set(r * d + i, in.get(r * d + order[i]));
      }
    }
  }

  private void scatter(Matrix in, Matrix out) {
    int d = order.length;
    for (int r = 0, n = in.rows(); r < n; r++) {
      for (int i = 0; i < d; i++) {
        out.set(r * d + order[i], in.get(r * d + i));
      }
    }
  }
}
