package org.inversesuite.data.benchmark;

import org.inversesuite.core.problem.ForwardModel;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * Forward map of the planar robot arm of the inverse-kinematics benchmark of Kruse et al.
 * 2021, "Benchmarking invertible architectures on inverse problems" (arXiv:2101.10763).
 *
 * <p>The arm starts at height x₁ on a vertical rail and has three segments of lengths
 * l₁, l₂, l₃ joined at angles θ₁, θ₂, θ₃ (each relative to the previous segment). With
 * x = (x₁, θ₁, θ₂, θ₃), the end-effector position y = f(x) = (y_h, y_v) is
 *
 * <pre>
 *   y_h =      l₁ cos θ₁ + l₂ cos(θ₁ + θ₂) + l₃ cos(θ₁ + θ₂ + θ₃)
 *   y_v = x₁ + l₁ sin θ₁ + l₂ sin(θ₁ + θ₂) + l₃ sin(θ₁ + θ₂ + θ₃)
 * </pre>
 *
 * <p>All arithmetic is float64 (the input may be either precision). Immutable and
 * thread-safe.
 */
public final class ArmForwardModel implements ForwardModel {
  /** Segment lengths (l₁, l₂, l₃) = (0.5, 0.5, 1.0) of Kruse et al. 2021. */
  private static final double[] KRUSE_2021_LENGTHS = {0.5, 0.5, 1.0};

  private final double l1;
  private final double l2;
  private final double l3;

  /**
   * @param l1 length of the first segment, finite and &gt; 0
   * @param l2 length of the second segment, finite and &gt; 0
   * @param l3 length of the third segment, finite and &gt; 0
   */
  public ArmForwardModel(double l1, double l2, double l3) {
    this.l1 = requireLength(l1, 1);
    this.l2 = requireLength(l2, 2);
    this.l3 = requireLength(l3, 3);
  }

  /** @return the arm of Kruse et al. 2021, segment lengths (0.5, 0.5, 1.0) */
  public static ArmForwardModel kruse2021() {
    return new ArmForwardModel(KRUSE_2021_LENGTHS[0], KRUSE_2021_LENGTHS[1], KRUSE_2021_LENGTHS[2]);
  }

  private static double requireLength(double l, int segment) {
    if (!(l > 0) || !Double.isFinite(l)) {
      throw new IllegalArgumentException("segment length l" + segment + " must be finite and > 0, got " + l);
    }
    return l;
  }

  /** @return (l₁, l₂, l₃), a copy */
  public double[] segmentLengths() {
    return new double[] {l1, l2, l3};
  }

  /** @return 4: (x₁, θ₁, θ₂, θ₃) */
  @Override
  public int inputDimension() {
    return 4;
  }

  /** @return 2: (y_h, y_v) */
  @Override
  public int outputDimension() {
    return 2;
  }

  /**
   * @param x shape [n, 4], rows (x₁, θ₁, θ₂, θ₃), either precision
   * @return shape [n, 2], rows (y_h, y_v), float64
   */
  @Override
  public Matrix apply(Matrix x) {
    x.requireShape(x.rows(), 4, "arm parameters x");
    int n = x.rows();
    double[] y = new double[2 * n];
    if (x instanceof DoubleMatrix dm) {
      double[] in = dm.data();
      for (int r = 0; r < n; r++) {
        position(in[4 * r], in[4 * r + 1], in[4 * r + 2], in[4 * r + 3], y, 2 * r);
      }
    } else {
      for (int r = 0; r < n; r++) {
        position(x.get(4 * r), x.get(4 * r + 1), x.get(4 * r + 2), x.get(4 * r + 3), y, 2 * r);
      }
    }
    return new DoubleMatrix(n, 2, y);
  }

  private void position(double x1, double t1, double t2, double t3, double[] out, int at) {
    double a1 = t1;
    double a2 = a1 + t2;
    double a3 = a2 + t3;
    out[at] = l1 * Math.cos(a1) + l2 * Math.cos(a2) + l3 * Math.cos(a3);
    out[at + 1] = x1 + l1 * Math.sin(a1) + l2 * Math.sin(a2) + l3 * Math.sin(a3);
  }

  @Override
  public String toString() {
    return "ArmForwardModel[l=(" + l1 + ", " + l2 + ", " + l3 + ")]";
  }
}
