package org.inversesuite.core.block;

import org.inversesuite.core.nn.Mlp;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;

/**
 * Two-sided coupling (Dinh et al. 2015, NICE; 2017, RealNVP): split {@code x = [x₁, x₂]} with
 * {@code d₁ = ⌈D/2⌉}, then
 * \[ z_1 = T(x_1;\, g_A([x_2, c])), \qquad z_2 = T(x_2;\, g_B([z_1, c])) \]
 * where T is an element-wise invertible map whose coefficients come from the subnets. The
 * inverse runs the halves in reverse order: {@code x₂ = T⁻¹(z₂; g_B([z₁, c]))}, then
 * {@code x₁ = T⁻¹(z₁; g_A([x₂, c]))}. The log-determinant is the sum of both halves'. This is
 * FrEIA's two-sided layout (GLOWCouplingBlock, RNVPCouplingBlock, NICECouplingBlock).
 *
 * <p>Subclasses supply T, T⁻¹ and the backward pass of T through the four {@code transform*}
 * methods; this class does the splitting, the subnets and the chain rule between halves.
 */
public abstract class CouplingBlock implements InvertibleBlock, SharedConditionInverse {
  private final Parameters parameters;
  private final int dimension;
  private final int conditionDimension;
  private final int d1;
  private final int d2;
  private final Conditioner conditionerA;
  private final Conditioner conditionerB;

  /**
   * @param subnetWidths factory of the conditioner output widths for an active half of width d
   *     (e.g. {2d} for one subnet giving s and t, {d, d} for separate s and t subnets)
   */
  protected CouplingBlock(Parameters parameters, String name, int dimension, int conditionDimension, MlpConfig subnet,
      java.util.function.IntFunction<int[]> subnetWidths) {
    if (dimension < 2) {
      throw new IllegalArgumentException("a coupling block needs dimension >= 2 to split, got " + dimension);
    }
    if (conditionDimension < 0) {
      throw new IllegalArgumentException("condition dimension must be >= 0, got " + conditionDimension);
    }
    this.parameters = parameters;
    this.dimension = dimension;
    this.conditionDimension = conditionDimension;
    this.d1 = dimension - dimension / 2;
    this.d2 = dimension / 2;
    // FrEIA creates subnet1 (for the second half) first; we keep that order of allocation.
    this.conditionerB = new Conditioner(parameters, name + ".subnetB", d1 + conditionDimension, subnetWidths.apply(d2), subnet);
    this.conditionerA = new Conditioner(parameters, name + ".subnetA", d2 + conditionDimension, subnetWidths.apply(d1), subnet);
  }

  @Override
  public final int dimension() {
    return dimension;
  }

  @Override
  public final int conditionDimension() {
    return conditionDimension;
  }

  @Override
  public final Parameters parameters() {
    return parameters;
  }

  /** @return the subnet(s) of the first half, g_A([x₂, c]) */
  final Conditioner conditionerA() {
    return conditionerA;
  }

  /** @return the subnet(s) of the second half, g_B([z₁, c]) */
  final Conditioner conditionerB() {
    return conditionerB;
  }

  /** out[:, oc..oc+d) = T(in[:, ic..ic+d); raw), and logDet += log|det ∂T/∂in| per row. */
  protected abstract void transformForward(Matrix raw, Matrix in, int inCol, Matrix out, int outCol, int d, double[] logDet);

  /** out = T⁻¹(in; raw), and logDet += log|det ∂T⁻¹/∂in| per row. */
  protected abstract void transformInverse(Matrix raw, Matrix in, int inCol, Matrix out, int outCol, int d, double[] logDet);

  /**
   * Backward of {@link #transformForward} at input x: given dOut = ∂L/∂out and dLogDet, writes
   * dx = ∂L/∂x into dx[:, dxCol..) and ∂L/∂raw into dRaw (all columns).
   */
  protected abstract void transformBackward(Matrix raw, Matrix x, int xCol, Matrix dOut, int dOutCol, double[] dLogDet,
      Matrix dx, int dxCol, Matrix dRaw, int d);

  /**
   * Backward of {@link #transformInverse} at its input z: given dOut = ∂L/∂out (the inverse's
   * output) and dLogDet (of the inverse), writes ∂L/∂z into dz[:, dzCol..) and ∂L/∂raw into
   * dRaw. Blocks without it throw; see {@link #inverseBackward}.
   */
  protected void transformInverseBackward(Matrix raw, Matrix z, int zCol, Matrix dOut, int dOutCol, double[] dLogDet,
      Matrix dz, int dzCol, Matrix dRaw, int d) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " has no backward pass of its inverse");
  }

  private Matrix subnetInput(int index, Matrix half, int halfCol, int width, Matrix c, Workspace ws) {
    Matrix in = ws.buffer(this, index, half.rows(), width + conditionDimension);
    in.copyColumns(half, halfCol, 0, width);
    if (conditionDimension > 0) {
      in.copyColumns(c, 0, width, conditionDimension);
    }
    return in;
  }

  @Override
  public void forward(Matrix x, Matrix c, Matrix z, double[] logDet, Workspace ws) {
    BlockInputs.check(this, x, c, logDet);
    Matrix inA = subnetInput(0, x, d1, d2, c, ws);
    transformForward(conditionerA.forward(inA, ws), x, 0, z, 0, d1, logDet);
    Matrix inB = subnetInput(1, z, 0, d1, c, ws);
    transformForward(conditionerB.forward(inB, ws), x, d1, z, d1, d2, logDet);
  }

  @Override
  public void inverse(Matrix z, Matrix c, Matrix x, double[] logDet, Workspace ws) {
    BlockInputs.check(this, z, c, logDet);
    Matrix inB = subnetInput(1, z, 0, d1, c, ws);
    transformInverse(conditionerB.forward(inB, ws), z, d1, x, d1, d2, logDet);
    Matrix inA = subnetInput(0, x, d1, d2, c, ws);
    transformInverse(conditionerA.forward(inA, ws), z, 0, x, 0, d1, logDet);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Each subnet's first layer takes c's contribution once per call ({@link Mlp#forwardSharedTail}),
   * so per row it multiplies only the passive half. {@link #inverseBackward} must not follow
   * this pass (it needs the subnet inputs that {@link #inverse} keeps).
   */
  @Override
  public void inverseSharedCondition(Matrix z, Matrix c, Matrix x, double[] logDet, Workspace ws) {
    if (conditionDimension == 0) {
      inverse(z, null, x, logDet, ws);
      return;
    }
    SharedConditionInverse.check(this, z, c, logDet);
    Matrix halfB = ws.buffer(this, 6, z.rows(), d1);
    halfB.copyColumns(z, 0, 0, d1);
    transformInverse(conditionerB.forwardShared(halfB, c, ws), z, d1, x, d1, d2, logDet);
    Matrix halfA = ws.buffer(this, 7, z.rows(), d2);
    halfA.copyColumns(x, d1, 0, d2);
    transformInverse(conditionerA.forwardShared(halfA, c, ws), z, 0, x, 0, d1, logDet);
  }

  @Override
  public void backward(Matrix x, Matrix c, Matrix dz, double[] dLogDet, Matrix dx, Matrix dc, Workspace ws) {
    int n = x.rows();
    Matrix inA = ws.buffer(this, 0, n, d2 + conditionDimension);
    Matrix inB = ws.buffer(this, 1, n, d1 + conditionDimension);
    // Half B: z2 = T(x2; gB([z1, c])).
    Matrix dRawB = ws.buffer(this, 2, n, conditionerB.outputWidth());
    Matrix dInB = ws.buffer(this, 3, n, d1 + conditionDimension);
    transformBackward(conditionerB.output(n, ws), x, d1, dz, d1, dLogDet, dx, d1, dRawB, d2);
    throughSubnet(conditionerB, inB, dRawB, dInB, dz, 0, d1, dc, ws);
    // Half A: z1 = T(x1; gA([x2, c])), with dz1 now including the path through half B.
    Matrix dRawA = ws.buffer(this, 4, n, conditionerA.outputWidth());
    Matrix dInA = ws.buffer(this, 5, n, d2 + conditionDimension);
    transformBackward(conditionerA.output(n, ws), x, 0, dz, 0, dLogDet, dx, 0, dRawA, d1);
    throughSubnet(conditionerA, inA, dRawA, dInA, dx, d1, d2, dc, ws);
  }

  /**
   * Backward pass of {@link #inverse}, for losses on x = f⁻¹(z) (the INN's inverse-direction
   * losses, Ardizzone et al. 2019): called after {@code inverse} on the same z, c and workspace,
   * turns dx = ∂L/∂x (clobbered) and dLogDet = ∂L/∂(log-det of the inverse) into dz = ∂L/∂z
   * (overwritten), adds ∂L/∂c to dc (if not null) and the parameter gradients to
   * {@code ws.gradients()}. The chain rule runs the inverse's two halves in reverse: first
   * x₁ = T⁻¹(z₁; g_A([x₂, c])), then x₂ = T⁻¹(z₂; g_B([z₁, c])).
   *
   * @throws UnsupportedOperationException if the element-wise map has no inverse backward
   */
  public void inverseBackward(Matrix z, Matrix c, Matrix dx, double[] dLogDet, Matrix dz, Matrix dc, Workspace ws) {
    int n = z.rows();
    Matrix inA = ws.buffer(this, 0, n, d2 + conditionDimension);
    Matrix inB = ws.buffer(this, 1, n, d1 + conditionDimension);
    Matrix dRawA = ws.buffer(this, 4, n, conditionerA.outputWidth());
    Matrix dInA = ws.buffer(this, 5, n, d2 + conditionDimension);
    transformInverseBackward(conditionerA.output(n, ws), z, 0, dx, 0, dLogDet, dz, 0, dRawA, d1);
    throughSubnet(conditionerA, inA, dRawA, dInA, dx, d1, d2, dc, ws);
    Matrix dRawB = ws.buffer(this, 2, n, conditionerB.outputWidth());
    Matrix dInB = ws.buffer(this, 3, n, d1 + conditionDimension);
    transformInverseBackward(conditionerB.output(n, ws), z, d1, dx, d1, dLogDet, dz, d1, dRawB, d2);
    throughSubnet(conditionerB, inB, dRawB, dInB, dz, 0, d1, dc, ws);
  }

  /**
   * Back-propagates dRaw through a subnet whose input was [passive half, c]: the passive half's
   * gradient is added to target[:, targetCol..targetCol + width), the condition's to dc.
   */
  private void throughSubnet(Conditioner conditioner, Matrix in, Matrix dRaw, Matrix dIn, Matrix target, int targetCol,
      int width, Matrix dc, Workspace ws) {
    conditioner.backward(in, dRaw, dIn, ws);
    addColumns(dIn, 0, target, targetCol, width);
    addCondition(dIn, width, dc);
  }

  private void addCondition(Matrix dIn, int fromCol, Matrix dc) {
    if (dc != null && conditionDimension > 0) {
      addColumns(dIn, fromCol, dc, 0, conditionDimension);
    }
  }

  /** target[:, targetCol + j] += source[:, sourceCol + j] for j &lt; width. */
  static void addColumns(Matrix source, int sourceCol, Matrix target, int targetCol, int width) {
    int sc = source.cols();
    int tc = target.cols();
    for (int r = 0, n = source.rows(); r < n; r++) {
      for (int j = 0; j < width; j++) {
        target.add(r * tc + targetCol + j, source.get(r * sc + sourceCol + j));
      }
    }
  }
}
