package org.inversesuite.core.nn;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Float product with a transposed right operand, {@code C = A Btᵀ + 1 bᵀ}, as dot products:
 * {@code C[i][j] = bias[j] + Σ_k A[i][k] Bt[j][k]}, with an optional fused ReLU. It serves the
 * narrow outputs that a vector register cannot fill: a layer with {@code out < V} outputs
 * (forward, with Bt a transposed copy of W) or {@code in < V} inputs (input gradient
 * {@code dx = g Wᵀ}, where Bt is W itself), and the last {@code width mod V} columns of wide
 * products.
 *
 * <p>Two rows of A are dotted with 4 rows of Bt at a time: per vector step, 2 loads of A, 4 of
 * Bt and 8 FMAs into 8 accumulators (enough independent chains to hide the FMA latency; one
 * row × 4 ran 15% slower), reduced across lanes at the end; k past the last full vector is
 * summed in scalar code. About 25 GFLOP/s for 256×128 · (128×4): the lane reductions, not the
 * FMAs, dominate at this width.
 */
final class FloatGemmNt {
  private static final VectorSpecies<Float> SPECIES = FloatGemmNn.SPECIES;
  private static final int V = SPECIES.length();

  private FloatGemmNt() {
  }

  /**
   * {@code C[i][j] = act(bias[j] + Σ_{k<q} A[i][k] Bt[j][k])} for {@code i < m}, {@code j < width};
   * {@code act} is ReLU if {@code relu}, else the identity.
   *
   * @param a A, element (i, k) at {@code aOff + i * lda + k}
   * @param bt Bt, element (j, k) at {@code btOff + j * ldbt + k}
   * @param bias bias vector, element j at {@code biasOff + j}; {@code null} for none
   * @param c C, element (i, j) at {@code cOff + i * ldc + j}; overwritten
   */
  static void multiply(float[] a, int aOff, int lda, float[] bt, int btOff, int ldbt, float[] bias, int biasOff,
      float[] c, int cOff, int ldc, int m, int q, int width, boolean relu) {
    int qv = q - q % V;
    int i = 0;
    for (; i + 2 <= m; i += 2) {
      int ai = aOff + i * lda;
      int ci = cOff + i * ldc;
      int j = 0;
      for (; j + 4 <= width; j += 4) {
        dot2x4(a, ai, lda, bt, btOff + j * ldbt, ldbt, q, qv, c, ci + j, ldc);
      }
      for (; j < width; j++) {
        c[ci + j] = dot(a, ai, bt, btOff + j * ldbt, q, qv);
        c[ci + ldc + j] = dot(a, ai + lda, bt, btOff + j * ldbt, q, qv);
      }
    }
    for (; i < m; i++) {
      int ai = aOff + i * lda;
      int ci = cOff + i * ldc;
      for (int j = 0; j < width; j++) {
        c[ci + j] = dot(a, ai, bt, btOff + j * ldbt, q, qv);
      }
    }
    for (i = 0; i < m; i++) {
      int ci = cOff + i * ldc;
      for (int j = 0; j < width; j++) {
        float s = c[ci + j] + (bias == null ? 0f : bias[biasOff + j]);
        c[ci + j] = relu && !(s > 0) ? 0f : s;
      }
    }
  }

  /** c[c0 + r ldc + t] = Σ_k a[a0 + r lda + k] bt[b0 + t ldbt + k] for r < 2, t < 4. */
  private static void dot2x4(float[] a, int a0, int lda, float[] bt, int b0, int ldbt, int q, int qv, float[] c,
      int c0, int ldc) {
    int a1 = a0 + lda;
    int b1 = b0 + ldbt, b2 = b1 + ldbt, b3 = b2 + ldbt;
    FloatVector s00 = FloatVector.zero(SPECIES), s01 = s00, s02 = s00, s03 = s00;
    FloatVector s10 = s00, s11 = s00, s12 = s00, s13 = s00;
    for (int k = 0; k < qv; k += V) {
      FloatVector x0 = FloatVector.fromArray(SPECIES, a, a0 + k);
      FloatVector x1 = FloatVector.fromArray(SPECIES, a, a1 + k);
      FloatVector w = FloatVector.fromArray(SPECIES, bt, b0 + k);
      s00 = w.fma(x0, s00);
      s10 = w.fma(x1, s10);
      w = FloatVector.fromArray(SPECIES, bt, b1 + k);
      s01 = w.fma(x0, s01);
      s11 = w.fma(x1, s11);
      w = FloatVector.fromArray(SPECIES, bt, b2 + k);
      s02 = w.fma(x0, s02);
      s12 = w.fma(x1, s12);
      w = FloatVector.fromArray(SPECIES, bt, b3 + k);
      s03 = w.fma(x0, s03);
      s13 = w.fma(x1, s13);
    }
    float t00 = s00.reduceLanes(VectorOperators.ADD), t01 = s01.reduceLanes(VectorOperators.ADD);
    float t02 = s02.reduceLanes(VectorOperators.ADD), t03 = s03.reduceLanes(VectorOperators.ADD);
    float t10 = s10.reduceLanes(VectorOperators.ADD), t11 = s11.reduceLanes(VectorOperators.ADD);
    float t12 = s12.reduceLanes(VectorOperators.ADD), t13 = s13.reduceLanes(VectorOperators.ADD);
    for (int k = qv; k < q; k++) {
      float x0 = a[a0 + k];
      float x1 = a[a1 + k];
      t00 += x0 * bt[b0 + k];
      t01 += x0 * bt[b1 + k];
      t02 += x0 * bt[b2 + k];
      t03 += x0 * bt[b3 + k];
      t10 += x1 * bt[b0 + k];
      t11 += x1 * bt[b1 + k];
      t12 += x1 * bt[b2 + k];
      t13 += x1 * bt[b3 + k];
    }
    c[c0] = t00;
    c[c0 + 1] = t01;
    c[c0 + 2] = t02;
    c[c0 + 3] = t03;
    c[c0 + ldc] = t10;
    c[c0 + ldc + 1] = t11;
    c[c0 + ldc + 2] = t12;
    c[c0 + ldc + 3] = t13;
  }

  private static float dot(float[] a, int a0, float[] bt, int b0, int q, int qv) {
    FloatVector s = FloatVector.zero(SPECIES);
    for (int k = 0; k < qv; k += V) {
      s = FloatVector.fromArray(SPECIES, bt, b0 + k).fma(FloatVector.fromArray(SPECIES, a, a0 + k), s);
    }
    float t = s.reduceLanes(VectorOperators.ADD);
    for (int k = qv; k < q; k++) {
      t += a[a0 + k] * bt[b0 + k];
    }
    return t;
  }
}
