package org.inversesuite.core.nn;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Register-tiled float product {@code C = A B + 1 bᵀ} with a fused ReLU epilogue, on flat
 * row-major arrays: {@code C[i][j] = bias[j] + Σ_k A[i][k] B[k][j]}, then
 * {@code C[i][j] = max(0, C[i][j])} if asked. The dense-layer forward pass ({@code y = x W + b})
 * and the input gradient ({@code dx = g Wᵀ}) are both this product. B comes packed into column
 * panels by {@link FloatPanel}.
 *
 * <p>The micro-kernel keeps a tile of 4 rows × 3 vectors of {@link #SPECIES} accumulators in
 * local variables (12 registers, plus 3 for the panel row and 1 for the broadcast: the 16 AVX2
 * registers). For every k it loads three vectors of the panel and broadcasts one A element per
 * row, issuing 12 FMAs. Bias and ReLU are applied once, when the tile is stored. Rows left over
 * ({@code m mod 4}) go through one-row kernels, one-vector column blocks through 4×1 and 1×1
 * kernels. Columns past the last full vector are not touched: callers compute them with
 * {@link FloatGemmNt}.
 *
 * <p>The epilogue is {@code max(c, floor)} with floor 0 (ReLU) or −∞ (identity), one vector
 * at a time straight into its store. Computing all twelve maxima first, or branching on the
 * activation, left C2 short of registers after the loop and it then spilled two or three
 * accumulators inside the loop: 37–40 instead of 70 GFLOP/s.
 *
 * <p>Measured on AMD EPYC Zen 3 (AVX2, 8 floats a vector, shared 2-core VM), 240×128 · 128×128
 * with packed B, best of 30 rounds: 4×3 65–72 GFLOP/s, 4×2 61–65, 3×3 62–66, 2×4 37, 6×2 36
 * (it spills), and the same 6×2 tile on unpacked B 35. Unrolling k by hand made every tile
 * slower (C2 then hoists loads and spills); mul+add instead of FMA halved the speed. With
 * AVX-512 the same code runs 16-float vectors (4×48 tiles, 12 of 32 registers); not measured.
 */
final class FloatGemmNn {
  /** The vector shape of every kernel in this package: the widest the CPU runs natively. */
  static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
  private static final int V = SPECIES.length();
  private static final int ROWS = 4;

  private FloatGemmNn() {
  }

  /**
   * {@code C[i][j] = act(bias[j] + Σ_{k<q} A[i][k] B[k][j])} for {@code i < m}, {@code j < width};
   * {@code act} is ReLU if {@code relu}, else the identity.
   *
   * @param a A, element (i, k) at {@code aOff + i * lda + k}
   * @param panel B [q, width] packed by {@link FloatPanel}
   * @param bias bias vector, element j at {@code biasOff + j}; pass zeros for none (a
   *     {@code null} test here would make C2 keep a zero vector live through the loop and spill)
   * @param c C, element (i, j) at {@code cOff + i * ldc + j}; overwritten
   * @param width number of columns computed; a multiple of the vector length
   */
  static void multiply(float[] a, int aOff, int lda, float[] panel, float[] bias, int biasOff,
      float[] c, int cOff, int ldc, int m, int q, int width, boolean relu) {
    if (width % V != 0) {
      throw new IllegalArgumentException("width must be a multiple of " + V + ", got " + width);
    }
    for (int j = 0; j < width; ) {
      int w = FloatPanel.blockWidth(j, width);
      int p0 = j * q;
      int i = 0;
      if (w == FloatPanel.WIDE) {
        for (; i + ROWS <= m; i += ROWS) {
          tile4x3(a, aOff + i * lda, lda, panel, p0, bias, biasOff + j, c, cOff + i * ldc + j, ldc, q, relu);
        }
        for (; i < m; i++) {
          row1x3(a, aOff + i * lda, panel, p0, bias, biasOff + j, c, cOff + i * ldc + j, q, relu);
        }
      } else {
        for (; i + ROWS <= m; i += ROWS) {
          tile4x1(a, aOff + i * lda, lda, panel, p0, bias, biasOff + j, c, cOff + i * ldc + j, ldc, q, relu);
        }
        for (; i < m; i++) {
          row1x1(a, aOff + i * lda, panel, p0, bias, biasOff + j, c, cOff + i * ldc + j, q, relu);
        }
      }
      j += w;
    }
  }

  /** Rows a0..a0+3 × one 3-vector panel block. */
  private static void tile4x3(float[] a, int a0, int lda, float[] panel, int p0, float[] bias, int biasOff,
      float[] c, int c0, int ldc, int q, boolean relu) {
    FloatVector bias0 = FloatVector.fromArray(SPECIES, bias, biasOff);
    FloatVector bias1 = FloatVector.fromArray(SPECIES, bias, biasOff + V);
    FloatVector bias2 = FloatVector.fromArray(SPECIES, bias, biasOff + 2 * V);
    FloatVector c00 = bias0, c01 = bias1, c02 = bias2;
    FloatVector c10 = bias0, c11 = bias1, c12 = bias2;
    FloatVector c20 = bias0, c21 = bias1, c22 = bias2;
    FloatVector c30 = bias0, c31 = bias1, c32 = bias2;
    int a1 = a0 + lda, a2 = a1 + lda, a3 = a2 + lda;
    for (int k = 0; k < q; k++) {
      int o = p0 + k * (3 * V);
      FloatVector w0 = FloatVector.fromArray(SPECIES, panel, o);
      FloatVector w1 = FloatVector.fromArray(SPECIES, panel, o + V);
      FloatVector w2 = FloatVector.fromArray(SPECIES, panel, o + 2 * V);
      FloatVector x0 = FloatVector.broadcast(SPECIES, a[a0 + k]);
      c00 = w0.fma(x0, c00);
      c01 = w1.fma(x0, c01);
      c02 = w2.fma(x0, c02);
      FloatVector x1 = FloatVector.broadcast(SPECIES, a[a1 + k]);
      c10 = w0.fma(x1, c10);
      c11 = w1.fma(x1, c11);
      c12 = w2.fma(x1, c12);
      FloatVector x2 = FloatVector.broadcast(SPECIES, a[a2 + k]);
      c20 = w0.fma(x2, c20);
      c21 = w1.fma(x2, c21);
      c22 = w2.fma(x2, c22);
      FloatVector x3 = FloatVector.broadcast(SPECIES, a[a3 + k]);
      c30 = w0.fma(x3, c30);
      c31 = w1.fma(x3, c31);
      c32 = w2.fma(x3, c32);
    }
    FloatVector floor = FloatVector.broadcast(SPECIES, relu ? 0f : Float.NEGATIVE_INFINITY);
    c00.max(floor).intoArray(c, c0);
    c01.max(floor).intoArray(c, c0 + V);
    c02.max(floor).intoArray(c, c0 + 2 * V);
    c10.max(floor).intoArray(c, c0 + ldc);
    c11.max(floor).intoArray(c, c0 + ldc + V);
    c12.max(floor).intoArray(c, c0 + ldc + 2 * V);
    c20.max(floor).intoArray(c, c0 + 2 * ldc);
    c21.max(floor).intoArray(c, c0 + 2 * ldc + V);
    c22.max(floor).intoArray(c, c0 + 2 * ldc + 2 * V);
    c30.max(floor).intoArray(c, c0 + 3 * ldc);
    c31.max(floor).intoArray(c, c0 + 3 * ldc + V);
    c32.max(floor).intoArray(c, c0 + 3 * ldc + 2 * V);
  }

  /** One row × one 3-vector panel block. */
  private static void row1x3(float[] a, int a0, float[] panel, int p0, float[] bias, int biasOff, float[] c,
      int c0, int q, boolean relu) {
    FloatVector bias0 = FloatVector.fromArray(SPECIES, bias, biasOff);
    FloatVector bias1 = FloatVector.fromArray(SPECIES, bias, biasOff + V);
    FloatVector bias2 = FloatVector.fromArray(SPECIES, bias, biasOff + 2 * V);
    FloatVector c00 = bias0, c01 = bias1, c02 = bias2;
    for (int k = 0; k < q; k++) {
      int o = p0 + k * (3 * V);
      FloatVector w0 = FloatVector.fromArray(SPECIES, panel, o);
      FloatVector w1 = FloatVector.fromArray(SPECIES, panel, o + V);
      FloatVector w2 = FloatVector.fromArray(SPECIES, panel, o + 2 * V);
      FloatVector x0 = FloatVector.broadcast(SPECIES, a[a0 + k]);
      c00 = w0.fma(x0, c00);
      c01 = w1.fma(x0, c01);
      c02 = w2.fma(x0, c02);
    }
    FloatVector floor = FloatVector.broadcast(SPECIES, relu ? 0f : Float.NEGATIVE_INFINITY);
    c00.max(floor).intoArray(c, c0);
    c01.max(floor).intoArray(c, c0 + V);
    c02.max(floor).intoArray(c, c0 + 2 * V);
  }

  /** Rows a0..a0+3 × one 1-vector panel block. */
  private static void tile4x1(float[] a, int a0, int lda, float[] panel, int p0, float[] bias, int biasOff,
      float[] c, int c0, int ldc, int q, boolean relu) {
    FloatVector bias0 = FloatVector.fromArray(SPECIES, bias, biasOff);
    FloatVector c00 = bias0;
    FloatVector c10 = bias0;
    FloatVector c20 = bias0;
    FloatVector c30 = bias0;
    int a1 = a0 + lda, a2 = a1 + lda, a3 = a2 + lda;
    for (int k = 0; k < q; k++) {
      int o = p0 + k * V;
      FloatVector w0 = FloatVector.fromArray(SPECIES, panel, o);
      FloatVector x0 = FloatVector.broadcast(SPECIES, a[a0 + k]);
      c00 = w0.fma(x0, c00);
      FloatVector x1 = FloatVector.broadcast(SPECIES, a[a1 + k]);
      c10 = w0.fma(x1, c10);
      FloatVector x2 = FloatVector.broadcast(SPECIES, a[a2 + k]);
      c20 = w0.fma(x2, c20);
      FloatVector x3 = FloatVector.broadcast(SPECIES, a[a3 + k]);
      c30 = w0.fma(x3, c30);
    }
    FloatVector floor = FloatVector.broadcast(SPECIES, relu ? 0f : Float.NEGATIVE_INFINITY);
    c00.max(floor).intoArray(c, c0);
    c10.max(floor).intoArray(c, c0 + ldc);
    c20.max(floor).intoArray(c, c0 + 2 * ldc);
    c30.max(floor).intoArray(c, c0 + 3 * ldc);
  }

  /** One row × one 1-vector panel block. */
  private static void row1x1(float[] a, int a0, float[] panel, int p0, float[] bias, int biasOff, float[] c,
      int c0, int q, boolean relu) {
    FloatVector bias0 = FloatVector.fromArray(SPECIES, bias, biasOff);
    FloatVector c00 = bias0;
    for (int k = 0; k < q; k++) {
      int o = p0 + k * V;
      FloatVector w0 = FloatVector.fromArray(SPECIES, panel, o);
      FloatVector x0 = FloatVector.broadcast(SPECIES, a[a0 + k]);
      c00 = w0.fma(x0, c00);
    }
    FloatVector floor = FloatVector.broadcast(SPECIES, relu ? 0f : Float.NEGATIVE_INFINITY);
    c00.max(floor).intoArray(c, c0);
  }
}
