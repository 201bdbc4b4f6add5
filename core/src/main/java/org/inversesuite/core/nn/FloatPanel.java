package org.inversesuite.core.nn;

/**
 * Packs the right operand B [q, width] of {@link FloatGemmNn} into column panels: the columns
 * are cut into blocks of {@link #WIDE} floats (then {@link #NARROW} for the rest), and block j
 * (starting at column j, width w) is stored row after row at {@code panel[j q + k w + t] = B[k][j + t]}.
 *
 * <p>Why: inside the micro-kernel the loads then step by the constant w, so C2 can keep the
 * accumulators in registers; with a run-time row stride (the layer width) it did not, and the
 * same tile ran at half the speed (35 against 65–70 GFLOP/s for 256×128·128×128 on Zen 3). A
 * panel also stays in L1 (128 × 24 floats = 12 KiB) while every row block of A streams past it.
 */
final class FloatPanel {
  /** Floats per lane group of the vector species. */
  static final int V = FloatGemmNn.SPECIES.length();
  /** Width of a full column block: three vectors. */
  static final int WIDE = 3 * V;
  /** Width of the blocks after the last full one: one vector. */
  static final int NARROW = V;

  private FloatPanel() {
  }

  /** @return the width of the block starting at column j of a {@code width}-column operand */
  static int blockWidth(int j, int width) {
    return width - j >= WIDE ? WIDE : NARROW;
  }

  /**
   * Packs {@code B[k][j] = b[bOff + k ldb + j]} for {@code k < q}, {@code j < width} (a
   * multiple of V) into {@code panel}, which needs {@code q · width} floats.
   */
  static void pack(float[] b, int bOff, int ldb, int q, int width, float[] panel) {
    for (int j = 0; j < width; ) {
      int w = blockWidth(j, width);
      int base = j * q;
      for (int k = 0; k < q; k++) {
        System.arraycopy(b, bOff + k * ldb + j, panel, base + k * w, w);
      }
      j += w;
    }
  }

  /**
   * Packs the transpose of a row-major [width, q] matrix stored at {@code w[wOff + r ldw + k]},
   * i.e. {@code B[k][r] = w[wOff + r ldw + k]} for {@code k < q}, {@code r < width} (a multiple
   * of V), into {@code panel}, which needs {@code q · width} floats. For {@code dx = g Wᵀ} this
   * turns W [in, out] into panels of Wᵀ [out, in] without a separate transposed copy.
   */
  static void packTransposed(float[] w, int wOff, int ldw, int q, int width, float[] panel) {
    for (int j = 0; j < width; ) {
      int bw = blockWidth(j, width);
      int base = j * q;
      for (int t = 0; t < bw; t++) {
        int src = wOff + (j + t) * ldw;
        for (int k = 0, dst = base + t; k < q; k++, dst += bw) {
          panel[dst] = w[src + k];
        }
      }
      j += bw;
    }
  }
}
