package org.inversesuite.core.nn;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Register-tiled float product {@code C = A B + 1 bᵀ} with a fused ReLU epilogue, on flat
 * row-major arrays: {@code C[i][j] = bias[j] + Σ_k A[i][k] B[k][j]}, then
 * {@code C[i][j] = max(0, C[i][j])} if asked. The dense-layer forward pass ({@code y = x W + b})
 * and the input gradient ({@code dx = g Wᵀ} with a transposed copy of W as B) are both this
 * product.
 *
 * <p>The micro-kernel keeps a tile of 6 rows × 2 vectors of {@link #SPECIES} accumulators in
 * local variables (12 registers, plus 2 for the B row and 1 for the broadcast: 15 of the 16
 * AVX2 registers). For every k it loads two vectors of B and broadcasts one A element per row,
 * issuing 12 FMAs. Bias and ReLU are applied once, when the tile is stored. Rows left over
 * ({@code m mod 6}) go through a one-row kernel, a last single vector column block through
 * 6×1 and 1×1 kernels. Columns past the last full vector are not touched: callers compute
 * them with {@link FloatGemmNt}.
 *
 * <p>Measured (AMD EPYC Zen 3, AVX2, 256-bit vectors, shared 2-core VM), 256×128 · 128×128:
 * 6×2 reached 55–63 GFLOP/s at best, ahead of 4×2 (≈50), 4×4 (≈42, spills) and 4×3 (≈38).
 */
final class FloatGemmNn {
  /** The vector shape of every kernel in this package: the widest the CPU runs natively. */
  static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
  private static final int V = SPECIES.length();
  private static final int ROWS = 6;

  private FloatGemmNn() {
  }

  /**
   * {@code C[i][j] = act(bias[j] + Σ_{k<q} A[i][k] B[k][j])} for {@code i < m}, {@code j < width};
   * {@code act} is ReLU if {@code relu}, else the identity.
   *
   * @param a A, element (i, k) at {@code aOff + i * lda + k}
   * @param b B, element (k, j) at {@code bOff + k * ldb + j}
   * @param bias bias vector, element j at {@code biasOff + j}; {@code null} for none
   * @param c C, element (i, j) at {@code cOff + i * ldc + j}; overwritten
   * @param width number of columns computed; a multiple of the vector length
   */
  static void multiply(float[] a, int aOff, int lda, float[] b, int bOff, int ldb, float[] bias, int biasOff,
      float[] c, int cOff, int ldc, int m, int q, int width, boolean relu) {
    if (width % V != 0) {
      throw new IllegalArgumentException("width must be a multiple of " + V + ", got " + width);
    }
    int j = 0;
    for (; j + 2 * V <= width; j += 2 * V) {
      int i = 0;
      for (; i + ROWS <= m; i += ROWS) {
        tile6x2(a, aOff + i * lda, lda, b, bOff + j, ldb, bias, biasOff + j, c, cOff + i * ldc + j, ldc, q, relu);
      }
      for (; i < m; i++) {
        row1x2(a, aOff + i * lda, b, bOff + j, ldb, bias, biasOff + j, c, cOff + i * ldc + j, q, relu);
      }
    }
    if (j < width) {
      int i = 0;
      for (; i + ROWS <= m; i += ROWS) {
        tile6x1(a, aOff + i * lda, lda, b, bOff + j, ldb, bias, biasOff + j, c, cOff + i * ldc + j, ldc, q, relu);
      }
      for (; i < m; i++) {
        row1x1(a, aOff + i * lda, b, bOff + j, ldb, bias, biasOff + j, c, cOff + i * ldc + j, q, relu);
      }
    }
  }

  private static void tile6x2(float[] a, int a0, int lda, float[] b, int b0, int ldb, float[] bias,
      int biasOff, float[] c, int c0, int ldc, int q, boolean relu) {
    FloatVector bias0 = biasVector(bias, biasOff);
    FloatVector bias1 = biasVector(bias, biasOff + V);
    FloatVector c00 = bias0, c01 = bias1, c10 = bias0, c11 = bias1, c20 = bias0, c21 = bias1;
    FloatVector c30 = bias0, c31 = bias1, c40 = bias0, c41 = bias1, c50 = bias0, c51 = bias1;
    int a1 = a0 + lda, a2 = a1 + lda, a3 = a2 + lda, a4 = a3 + lda, a5 = a4 + lda;
    for (int k = 0; k < q; k++) {
      int bo = b0 + k * ldb;
      FloatVector w0 = FloatVector.fromArray(SPECIES, b, bo);
      FloatVector w1 = FloatVector.fromArray(SPECIES, b, bo + V);
      FloatVector x = FloatVector.broadcast(SPECIES, a[a0 + k]);
      c00 = w0.fma(x, c00);
      c01 = w1.fma(x, c01);
      x = FloatVector.broadcast(SPECIES, a[a1 + k]);
      c10 = w0.fma(x, c10);
      c11 = w1.fma(x, c11);
      x = FloatVector.broadcast(SPECIES, a[a2 + k]);
      c20 = w0.fma(x, c20);
      c21 = w1.fma(x, c21);
      x = FloatVector.broadcast(SPECIES, a[a3 + k]);
      c30 = w0.fma(x, c30);
      c31 = w1.fma(x, c31);
      x = FloatVector.broadcast(SPECIES, a[a4 + k]);
      c40 = w0.fma(x, c40);
      c41 = w1.fma(x, c41);
      x = FloatVector.broadcast(SPECIES, a[a5 + k]);
      c50 = w0.fma(x, c50);
      c51 = w1.fma(x, c51);
    }
    if (relu) {
      FloatVector z = FloatVector.zero(SPECIES);
      c00 = c00.max(z); c01 = c01.max(z); c10 = c10.max(z); c11 = c11.max(z); c20 = c20.max(z); c21 = c21.max(z);
      c30 = c30.max(z); c31 = c31.max(z); c40 = c40.max(z); c41 = c41.max(z); c50 = c50.max(z); c51 = c51.max(z);
    }
    c00.intoArray(c, c0);
    c01.intoArray(c, c0 + V);
    c10.intoArray(c, c0 + ldc);
    c11.intoArray(c, c0 + ldc + V);
    c20.intoArray(c, c0 + 2 * ldc);
    c21.intoArray(c, c0 + 2 * ldc + V);
    c30.intoArray(c, c0 + 3 * ldc);
    c31.intoArray(c, c0 + 3 * ldc + V);
    c40.intoArray(c, c0 + 4 * ldc);
    c41.intoArray(c, c0 + 4 * ldc + V);
    c50.intoArray(c, c0 + 5 * ldc);
    c51.intoArray(c, c0 + 5 * ldc + V);
  }

  private static void row1x2(float[] a, int a0, float[] b, int b0, int ldb, float[] bias, int biasOff,
      float[] c, int c0, int q, boolean relu) {
    FloatVector c00 = biasVector(bias, biasOff);
    FloatVector c01 = biasVector(bias, biasOff + V);
    for (int k = 0; k < q; k++) {
      int bo = b0 + k * ldb;
      FloatVector x = FloatVector.broadcast(SPECIES, a[a0 + k]);
      c00 = FloatVector.fromArray(SPECIES, b, bo).fma(x, c00);
      c01 = FloatVector.fromArray(SPECIES, b, bo + V).fma(x, c01);
    }
    if (relu) {
      FloatVector z = FloatVector.zero(SPECIES);
      c00 = c00.max(z);
      c01 = c01.max(z);
    }
    c00.intoArray(c, c0);
    c01.intoArray(c, c0 + V);
  }

  private static void tile6x1(float[] a, int a0, int lda, float[] b, int b0, int ldb, float[] bias,
      int biasOff, float[] c, int c0, int ldc, int q, boolean relu) {
    FloatVector bias0 = biasVector(bias, biasOff);
    FloatVector c00 = bias0, c10 = bias0, c20 = bias0, c30 = bias0, c40 = bias0, c50 = bias0;
    int a1 = a0 + lda, a2 = a1 + lda, a3 = a2 + lda, a4 = a3 + lda, a5 = a4 + lda;
    for (int k = 0; k < q; k++) {
      FloatVector w0 = FloatVector.fromArray(SPECIES, b, b0 + k * ldb);
      c00 = w0.fma(FloatVector.broadcast(SPECIES, a[a0 + k]), c00);
      c10 = w0.fma(FloatVector.broadcast(SPECIES, a[a1 + k]), c10);
      c20 = w0.fma(FloatVector.broadcast(SPECIES, a[a2 + k]), c20);
      c30 = w0.fma(FloatVector.broadcast(SPECIES, a[a3 + k]), c30);
      c40 = w0.fma(FloatVector.broadcast(SPECIES, a[a4 + k]), c40);
      c50 = w0.fma(FloatVector.broadcast(SPECIES, a[a5 + k]), c50);
    }
    if (relu) {
      FloatVector z = FloatVector.zero(SPECIES);
      c00 = c00.max(z); c10 = c10.max(z); c20 = c20.max(z); c30 = c30.max(z); c40 = c40.max(z); c50 = c50.max(z);
    }
    c00.intoArray(c, c0);
    c10.intoArray(c, c0 + ldc);
    c20.intoArray(c, c0 + 2 * ldc);
    c30.intoArray(c, c0 + 3 * ldc);
    c40.intoArray(c, c0 + 4 * ldc);
    c50.intoArray(c, c0 + 5 * ldc);
  }

  private static void row1x1(float[] a, int a0, float[] b, int b0, int ldb, float[] bias, int biasOff, float[] c,
      int c0, int q, boolean relu) {
    FloatVector c00 = biasVector(bias, biasOff);
    for (int k = 0; k < q; k++) {
      c00 = FloatVector.fromArray(SPECIES, b, b0 + k * ldb).fma(FloatVector.broadcast(SPECIES, a[a0 + k]), c00);
    }
    if (relu) {
      c00 = c00.max(FloatVector.zero(SPECIES));
    }
    c00.intoArray(c, c0);
  }

  private static FloatVector biasVector(float[] bias, int offset) {
    return bias == null ? FloatVector.zero(SPECIES) : FloatVector.fromArray(SPECIES, bias, offset);
  }
}
