package org.inversesuite.core.nn;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Register-tiled, accumulating float product {@code C += Aᵀ B} on flat row-major arrays:
 * {@code C[r][j] += Σ_i A[i][r] B[i][j]}. It is the weight gradient of a dense layer,
 * {@code dW += xᵀ g}, with the sum running over the batch.
 *
 * <p>The micro-kernel holds 4 rows of C × 2 vectors in registers and runs down the batch: per
 * sample it loads two vectors of B's row and broadcasts the 4 adjacent entries
 * {@code A[i][r..r+3]}, issuing 8 FMAs. The tile is added to C at the end of each chunk of
 * samples. Leftover rows of C take a one-row kernel, a last single vector column block 4×1 and
 * 1×1 kernels, and columns past the last full vector a scalar loop.
 *
 * <p>Measured (Zen 3, AVX2), dW of a 128×128 layer over 256 samples, best of 40–60 rounds:
 * this 4×2 tile 50–55 GFLOP/s; 3×3 the same; 4×3 35–40 (C2 loads the four broadcasts at once
 * and spills accumulators), also with B or both operands packed into panels. The batch is cut
 * into chunks of 64 samples, each swept by all tiles while it is in cache: no change at 256
 * samples, 5–10% faster at 512 and 25–30% at 1024, where x and g no longer fit in L2.
 */
final class FloatGemmTn {
  private static final VectorSpecies<Float> SPECIES = FloatGemmNn.SPECIES;
  private static final int V = SPECIES.length();
  private static final int ROWS = 4;
  /** Samples per pass over all tiles: 64 rows of x and g stay in L1/L2 while every tile reads them. */
  private static final int CHUNK = 64;

  private FloatGemmTn() {
  }

  /**
   * {@code C[r][j] += Σ_{i<n} A[i][r] B[i][j]} for {@code r < rows}, {@code j < width}.
   *
   * @param a A, element (i, r) at {@code aOff + i * lda + r}
   * @param b B, element (i, j) at {@code bOff + i * ldb + j}
   * @param c C, element (r, j) at {@code cOff + r * ldc + j}; accumulated into
   * @param n number of samples summed over
   */
  static void accumulate(float[] a, int aOff, int lda, float[] b, int bOff, int ldb, float[] c, int cOff, int ldc,
      int n, int rows, int width) {
    int vectorWidth = width - width % V;
    for (int i0 = 0; i0 < n; i0 += CHUNK) {
      int len = Math.min(CHUNK, n - i0);
      int a0 = aOff + i0 * lda;
      int b0 = bOff + i0 * ldb;
      int j = 0;
      for (; j + 2 * V <= vectorWidth; j += 2 * V) {
        int r = 0;
        for (; r + ROWS <= rows; r += ROWS) {
          tile4x2(a, a0 + r, lda, b, b0 + j, ldb, c, cOff + r * ldc + j, ldc, len);
        }
        for (; r < rows; r++) {
          row1x2(a, a0 + r, lda, b, b0 + j, ldb, c, cOff + r * ldc + j, len);
        }
      }
      if (j < vectorWidth) {
        int r = 0;
        for (; r + ROWS <= rows; r += ROWS) {
          tile4x1(a, a0 + r, lda, b, b0 + j, ldb, c, cOff + r * ldc + j, ldc, len);
        }
        for (; r < rows; r++) {
          row1x1(a, a0 + r, lda, b, b0 + j, ldb, c, cOff + r * ldc + j, len);
        }
      }
    }
    for (int r = 0; r < rows; r++) {
      for (int j = vectorWidth; j < width; j++) {
        float s = 0;
        for (int i = 0; i < n; i++) {
          s += a[aOff + i * lda + r] * b[bOff + i * ldb + j];
        }
        c[cOff + r * ldc + j] += s;
      }
    }
  }

  private static void tile4x2(float[] a, int a0, int lda, float[] b, int b0, int ldb, float[] c, int c0, int ldc,
      int n) {
    FloatVector c00 = FloatVector.zero(SPECIES), c01 = c00, c10 = c00, c11 = c00;
    FloatVector c20 = c00, c21 = c00, c30 = c00, c31 = c00;
    for (int i = 0; i < n; i++) {
      int ao = a0 + i * lda;
      int bo = b0 + i * ldb;
      FloatVector g0 = FloatVector.fromArray(SPECIES, b, bo);
      FloatVector g1 = FloatVector.fromArray(SPECIES, b, bo + V);
      FloatVector x = FloatVector.broadcast(SPECIES, a[ao]);
      c00 = g0.fma(x, c00);
      c01 = g1.fma(x, c01);
      x = FloatVector.broadcast(SPECIES, a[ao + 1]);
      c10 = g0.fma(x, c10);
      c11 = g1.fma(x, c11);
      x = FloatVector.broadcast(SPECIES, a[ao + 2]);
      c20 = g0.fma(x, c20);
      c21 = g1.fma(x, c21);
      x = FloatVector.broadcast(SPECIES, a[ao + 3]);
      c30 = g0.fma(x, c30);
      c31 = g1.fma(x, c31);
    }
    int o1 = c0 + ldc, o2 = o1 + ldc, o3 = o2 + ldc;
    FloatVector.fromArray(SPECIES, c, c0).add(c00).intoArray(c, c0);
    FloatVector.fromArray(SPECIES, c, c0 + V).add(c01).intoArray(c, c0 + V);
    FloatVector.fromArray(SPECIES, c, o1).add(c10).intoArray(c, o1);
    FloatVector.fromArray(SPECIES, c, o1 + V).add(c11).intoArray(c, o1 + V);
    FloatVector.fromArray(SPECIES, c, o2).add(c20).intoArray(c, o2);
    FloatVector.fromArray(SPECIES, c, o2 + V).add(c21).intoArray(c, o2 + V);
    FloatVector.fromArray(SPECIES, c, o3).add(c30).intoArray(c, o3);
    FloatVector.fromArray(SPECIES, c, o3 + V).add(c31).intoArray(c, o3 + V);
  }

  private static void row1x2(float[] a, int a0, int lda, float[] b, int b0, int ldb, float[] c, int c0, int n) {
    FloatVector c00 = FloatVector.zero(SPECIES), c01 = c00;
    for (int i = 0; i < n; i++) {
      int bo = b0 + i * ldb;
      FloatVector x = FloatVector.broadcast(SPECIES, a[a0 + i * lda]);
      c00 = FloatVector.fromArray(SPECIES, b, bo).fma(x, c00);
      c01 = FloatVector.fromArray(SPECIES, b, bo + V).fma(x, c01);
    }
    FloatVector.fromArray(SPECIES, c, c0).add(c00).intoArray(c, c0);
    FloatVector.fromArray(SPECIES, c, c0 + V).add(c01).intoArray(c, c0 + V);
  }

  private static void tile4x1(float[] a, int a0, int lda, float[] b, int b0, int ldb, float[] c, int c0, int ldc,
      int n) {
    FloatVector c00 = FloatVector.zero(SPECIES), c10 = c00, c20 = c00, c30 = c00;
    for (int i = 0; i < n; i++) {
      int ao = a0 + i * lda;
      FloatVector g0 = FloatVector.fromArray(SPECIES, b, b0 + i * ldb);
      c00 = g0.fma(FloatVector.broadcast(SPECIES, a[ao]), c00);
      c10 = g0.fma(FloatVector.broadcast(SPECIES, a[ao + 1]), c10);
      c20 = g0.fma(FloatVector.broadcast(SPECIES, a[ao + 2]), c20);
      c30 = g0.fma(FloatVector.broadcast(SPECIES, a[ao + 3]), c30);
    }
    FloatVector.fromArray(SPECIES, c, c0).add(c00).intoArray(c, c0);
    FloatVector.fromArray(SPECIES, c, c0 + ldc).add(c10).intoArray(c, c0 + ldc);
    FloatVector.fromArray(SPECIES, c, c0 + 2 * ldc).add(c20).intoArray(c, c0 + 2 * ldc);
    FloatVector.fromArray(SPECIES, c, c0 + 3 * ldc).add(c30).intoArray(c, c0 + 3 * ldc);
  }

  private static void row1x1(float[] a, int a0, int lda, float[] b, int b0, int ldb, float[] c, int c0, int n) {
    FloatVector c00 = FloatVector.zero(SPECIES);
    for (int i = 0; i < n; i++) {
      c00 = FloatVector.fromArray(SPECIES, b, b0 + i * ldb).fma(FloatVector.broadcast(SPECIES, a[a0 + i * lda]), c00);
    }
    FloatVector.fromArray(SPECIES, c, c0).add(c00).intoArray(c, c0);
  }
}
