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
 * <p>Each row is dotted with 4 rows of Bt at a time: per vector of A, 4 loads of Bt and 4 FMAs
 * into 4 accumulators, which are reduced across lanes at the end; k past the last full vector
 * is summed in scalar code.
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
    for (int i = 0; i < m; i++) {
      int ai = aOff + i * lda;
      int ci = cOff + i * ldc;
      int j = 0;
      for (; j + 4 <= width; j += 4) {
        dot4(a, ai, bt, btOff + j * ldbt, ldbt, q, qv, c, ci + j);
      }
      for (; j < width; j++) {
        c[ci + j] = dot(a, ai, bt, btOff + j * ldbt, q, qv);
      }
      for (j = 0; j < width; j++) {
        float s = c[ci + j] + (bias == null ? 0f : bias[biasOff + j]);
        c[ci + j] = relu && !(s > 0) ? 0f : s;
      }
    }
  }

  /** c[c0 + t] = Σ_k a[a0 + k] bt[b0 + t * ldbt + k] for t < 4. */
  private static void dot4(float[] a, int a0, float[] bt, int b0, int ldbt, int q, int qv, float[] c, int c0) {
    int b1 = b0 + ldbt, b2 = b1 + ldbt, b3 = b2 + ldbt;
    FloatVector s0 = FloatVector.zero(SPECIES), s1 = s0, s2 = s0, s3 = s0;
    for (int k = 0; k < qv; k += V) {
      FloatVector x = FloatVector.fromArray(SPECIES, a, a0 + k);
      s0 = FloatVector.fromArray(SPECIES, bt, b0 + k).fma(x, s0);
      s1 = FloatVector.fromArray(SPECIES, bt, b1 + k).fma(x, s1);
      s2 = FloatVector.fromArray(SPECIES, bt, b2 + k).fma(x, s2);
      s3 = FloatVector.fromArray(SPECIES, bt, b3 + k).fma(x, s3);
    }
    float t0 = s0.reduceLanes(VectorOperators.ADD), t1 = s1.reduceLanes(VectorOperators.ADD);
    float t2 = s2.reduceLanes(VectorOperators.ADD), t3 = s3.reduceLanes(VectorOperators.ADD);
    for (int k = qv; k < q; k++) {
      float x = a[a0 + k];
      t0 += x * bt[b0 + k];
      t1 += x * bt[b1 + k];
      t2 += x * bt[b2 + k];
      t3 += x * bt[b3 + k];
    }
    c[c0] = t0;
    c[c0 + 1] = t1;
    c[c0 + 2] = t2;
    c[c0 + 3] = t3;
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
