package org.inversesuite.core.nn;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.inversesuite.core.tensor.Matrix;

/**
 * {@link Mlp#sharedTailBias} of a float32 subnet over the double vector lanes: the first layer's bias with the shared
 * condition's part, {@code β_j = b_j + Σ_q c_q W[k + q][j]} (q in c's column order), 2L outputs j at a time. Each
 * β_j gets the same operations in the same order as the scalar loop (the float weight widened to double,
 * {@code β_j + c_q·w}, a multiply then an add, no fma), so the same bits; the lanes only do several j at once
 * (docs/astro.md run 30: a mixture answer prepares it for 12 subnets × 48 outputs × 32 condition columns per slot
 * drawn, ~3 slots, and the scalar loop's widening per weight kept it from vectorising). Only mul, add and the
 * exact float-to-double widening: the result does not depend on the JIT tier.
 *
 * <p>Only the preferred species, as everywhere else in the answer: one float vector of 2L weights widened into two
 * double vectors of L (parts 0 and 1). Fixed 256-bit doubles and 128-bit floats here put a second class beside
 * {@code Double512Vector} into the Vector API's shared type profiles on an AVX-512 machine, and the answer's other
 * double kernels (the period inverse, the periodogram) then compiled well or badly by the order the JIT met them:
 * 0.085-0.26 ms for the period inverse between JVMs (docs/astro.md run 35).
 */
public final class LaneSharedTailBias {
  private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
  private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;
  private static final int L = DOUBLES.length();
  private static final int FL = FLOATS.length();

  private LaneSharedTailBias() {
  }

  /**
   * @param mlp the subnet
   * @param p the float32 parameter vector's array
   * @param c the shared trailing columns of the input, shape [1, inputDimension() − k]
   * @param k the number of per-row leading columns
   * @return β, as {@link Mlp#sharedTailBias}{@code (values, c, k)} with {@code values} the matrix of p: the same bits
   */
  public static double[] of(Mlp mlp, float[] p, Matrix c, int k) {
    int h = mlp.width(1);
    double[] bias = new double[h];
    int b = mlp.biasOffset(0);
    for (int j = 0; j < h; j++) {
      bias[j] = p[b + j];
    }
    int whole = h - h % FL;
    for (int q = 0; q < c.cols(); q++) {
      double cq = c.get(q);
      int row = mlp.weightOffset(0) + (k + q) * h;
      for (int j = 0; j < whole; j += FL) {
        FloatVector w = FloatVector.fromArray(FLOATS, p, row + j);
        DoubleVector low = (DoubleVector) w.convertShape(VectorOperators.F2D, DOUBLES, 0);
        DoubleVector high = (DoubleVector) w.convertShape(VectorOperators.F2D, DOUBLES, 1);
        DoubleVector.fromArray(DOUBLES, bias, j).add(low.mul(cq)).intoArray(bias, j);
        DoubleVector.fromArray(DOUBLES, bias, j + L).add(high.mul(cq)).intoArray(bias, j + L);
      }
      for (int j = whole; j < h; j++) {
        bias[j] += cq * p[row + j];
      }
    }
    return bias;
  }
}
