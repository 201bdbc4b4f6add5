package org.inversesuite.core.nn;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * A subnet with one hidden layer, {@code y = W₂ᵀ relu(W₁ᵀ x + b₁) + b₂}, in float32 with the rows in the vector
 * lanes (the layout of {@link FloatLaneDense}), both layers in one pass per vector of rows: the hidden unit h_k of
 * one row vector is computed and at once added into eight outputs, so the hidden layer never leaves the registers
 * for those outputs (docs/astro.md run 30: the 1×48 subnets of the RV model, whose narrow first layer, 4 or 5
 * inputs, spent more on the tiles' set-up and stores than on its multiply-adds, and whose 48 × 240 hidden chunk
 * did not fit in L1).
 *
 * <p>The same bits as {@link FloatLaneDense#forward} layer after layer: every element has the same operations in
 * the same order, only interleaved with others. h_k = max(fma(W₁[in−1][k], x_{in−1}, … fma(W₁[0][k], x₀, b₁[k])), 0)
 * ({@link FloatGemmNn}'s order, ReLU as its floor); the first {@code out − out mod V} outputs
 * y_j = max(fma(W₂[47][j], h₄₇, … fma(W₂[0][j], h₀, b₂[j])), −∞) (the same order, the identity's floor); the
 * last {@code out mod V} outputs ({@link FloatGemmNt}'s order) by {@link FloatLaneTiles#narrow} on the hidden layer
 * of three row vectors at a time, stored as the layer-by-layer pass stores it (a small block, so it stays in L1).
 * Only fma, max and loads/stores: no transcendental, the result does not depend on the JIT tier. Its eight
 * accumulators repeat {@code FloatLaneDense}'s tile of eight outputs line for line on purpose: a vector passed to a
 * method C2 does not inline is boxed (docs/astro.md run 17), so each kernel keeps its registers in its own loop.
 */
public final class FloatLaneOneHidden {
  private static final VectorSpecies<Float> SPECIES = FloatGemmNn.SPECIES;
  private static final int V = SPECIES.length();

  /** The most inputs (per-row inputs of the first layer; the condition's part is in its bias) it takes. */
  public static final int SMALL = 5;

  private FloatLaneOneHidden() {
  }

  /**
   * @param in the first layer's per-row inputs
   * @return whether {@link #forward} computes this subnet: two layers, a ReLU hidden layer of whole vectors (its
   *     every unit in {@link FloatGemmNn}'s order: the layer-by-layer pass computes the last {@code hidden mod V}
   *     units in {@link FloatGemmNt}'s), 1 to {@link #SMALL} per-row inputs, and the wide outputs (the first
   *     {@code out − out mod V}) in whole groups of eight, at least one
   */
  public static boolean applies(Mlp mlp, int in) {
    if (mlp.layers() != 2 || mlp.activationOf(0) != Activation.RELU || in < 1 || in > SMALL
        || mlp.width(1) % V != 0) {
      return false;
    }
    int wide = mlp.width(2) - mlp.width(2) % V;
    return wide >= 8 && wide % 8 == 0;
  }

  /**
   * y = W₂ᵀ relu(W₁ᵀ x + b₁) + b₂ for m rows, the same bits as two calls of {@link FloatLaneDense#forward} (ReLU,
   * then identity) with the hidden layer in {@code h}.
   *
   * @param x input, element (i, r) at {@code xOff + i·stride + r}
   * @param in input width
   * @param w the weights and the second layer's bias: W₁ row-major [in, hidden] at w1Off, W₂ [hidden, out] at w2Off,
   *     b₂ at b2Off
   * @param b1 the first layer's bias at b1Off
   * @param h scratch of at least {@code hidden·stride} floats: the hidden layer of three row vectors at a time,
   *     element (k, r) at {@code k·stride + r − r₀}, written when there are narrow outputs or more than eight wide
   *     ones (read back for them)
   * @param y output, element (j, r) at {@code yOff + j·stride + r}
   * @param m rows, a multiple of {@link FloatLaneDense#lanes()}
   */
  public static void forward(float[] x, int xOff, int in, float[] w, int w1Off, float[] b1, int b1Off, float[] h,
      int hidden, int w2Off, int b2Off, float[] y, int yOff, int out, int m, int stride) {
    int wide = out - out % V;
    if (m % V != 0 || stride < m || in < 1 || in > SMALL || hidden % V != 0 || wide < 8
        || wide % 8 != 0) {
      throw new IllegalArgumentException("rows " + m + " must be a multiple of " + V + " and at most the stride "
          + stride + ", inputs 1 to " + SMALL + ": " + in + ", hidden units a multiple of " + V + ": " + hidden
          + ", wide outputs a positive multiple of 8: " + wide);
    }
    boolean narrow = wide < out;
    // blocks of three row vectors (the narrow tiles' rows): the hidden layer of a block is stored in h's first
    // columns, read back by the narrow outputs while it is in L1 (the whole chunk's, 48 × 240 floats, is not)
    for (int r0 = 0; r0 < m; r0 += 3 * V) {
      int rows = Math.min(3 * V, m - r0);
      for (int r = r0; r < r0 + rows; r += V) {
        for (int j = 0; j < wide; j += 8) {
          if (j == 0) {
            eight(x, xOff + r, in, w, w1Off, b1, b1Off, h, r - r0, narrow || wide > 8, hidden, w2Off, b2Off, out, y,
                yOff + r, stride);
          } else { // the hidden layer eight() stored, as the layer-by-layer pass reads it
            FloatLaneDense.tile8x1(h, r - r0, hidden, w, w2Off + j, out, w, b2Off + j, y, yOff + j * stride + r, stride,
                Float.NEGATIVE_INFINITY);
          }
        }
      }
      if (narrow) {
        FloatLaneTiles.narrow(h, 0, hidden, w, w2Off, w, b2Off, y, yOff + r0, wide, out, rows, stride, false);
      }
    }
  }

  /** Outputs j..j+7 of one row vector, each hidden unit computed once and added into all eight. */
  private static void eight(float[] x, int x0, int in, float[] w, int w1Off, float[] b1, int b1Off, float[] h, int h0,
      boolean keep, int hidden, int w2, int b2, int ldw, float[] y, int y0, int stride) {
    FloatVector c0 = FloatVector.broadcast(SPECIES, w[b2]);
    FloatVector c1 = FloatVector.broadcast(SPECIES, w[b2 + 1]);
    FloatVector c2 = FloatVector.broadcast(SPECIES, w[b2 + 2]);
    FloatVector c3 = FloatVector.broadcast(SPECIES, w[b2 + 3]);
    FloatVector c4 = FloatVector.broadcast(SPECIES, w[b2 + 4]);
    FloatVector c5 = FloatVector.broadcast(SPECIES, w[b2 + 5]);
    FloatVector c6 = FloatVector.broadcast(SPECIES, w[b2 + 6]);
    FloatVector c7 = FloatVector.broadcast(SPECIES, w[b2 + 7]);
    FloatVector zero = FloatVector.zero(SPECIES);
    // the inputs of this row vector, loaded once (at most SMALL of them; unused ones a copy of x₀, never read)
    FloatVector x0v = FloatVector.fromArray(SPECIES, x, x0);
    FloatVector x1v = in > 1 ? FloatVector.fromArray(SPECIES, x, x0 + stride) : x0v;
    FloatVector x2v = in > 2 ? FloatVector.fromArray(SPECIES, x, x0 + 2 * stride) : x0v;
    FloatVector x3v = in > 3 ? FloatVector.fromArray(SPECIES, x, x0 + 3 * stride) : x0v;
    FloatVector x4v = in > 4 ? FloatVector.fromArray(SPECIES, x, x0 + 4 * stride) : x0v;
    for (int k = 0; k < hidden; k++) {
      int wk = w1Off + k;
      FloatVector a = FloatVector.broadcast(SPECIES, b1[b1Off + k]);
      a = FloatVector.broadcast(SPECIES, w[wk]).fma(x0v, a);
      if (in > 1) {
        a = FloatVector.broadcast(SPECIES, w[wk + hidden]).fma(x1v, a);
      }
      if (in > 2) {
        a = FloatVector.broadcast(SPECIES, w[wk + 2 * hidden]).fma(x2v, a);
      }
      if (in > 3) {
        a = FloatVector.broadcast(SPECIES, w[wk + 3 * hidden]).fma(x3v, a);
      }
      if (in > 4) {
        a = FloatVector.broadcast(SPECIES, w[wk + 4 * hidden]).fma(x4v, a);
      }
      a = a.max(zero);
      if (keep) {
        a.intoArray(h, h0 + k * stride);
      }
      int wo = w2 + k * ldw;
      c0 = FloatVector.broadcast(SPECIES, w[wo]).fma(a, c0);
      c1 = FloatVector.broadcast(SPECIES, w[wo + 1]).fma(a, c1);
      c2 = FloatVector.broadcast(SPECIES, w[wo + 2]).fma(a, c2);
      c3 = FloatVector.broadcast(SPECIES, w[wo + 3]).fma(a, c3);
      c4 = FloatVector.broadcast(SPECIES, w[wo + 4]).fma(a, c4);
      c5 = FloatVector.broadcast(SPECIES, w[wo + 5]).fma(a, c5);
      c6 = FloatVector.broadcast(SPECIES, w[wo + 6]).fma(a, c6);
      c7 = FloatVector.broadcast(SPECIES, w[wo + 7]).fma(a, c7);
    }
    FloatVector floor = FloatVector.broadcast(SPECIES, Float.NEGATIVE_INFINITY);
    c0.max(floor).intoArray(y, y0);
    c1.max(floor).intoArray(y, y0 + stride);
    c2.max(floor).intoArray(y, y0 + 2 * stride);
    c3.max(floor).intoArray(y, y0 + 3 * stride);
    c4.max(floor).intoArray(y, y0 + 4 * stride);
    c5.max(floor).intoArray(y, y0 + 5 * stride);
    c6.max(floor).intoArray(y, y0 + 6 * stride);
    c7.max(floor).intoArray(y, y0 + 7 * stride);
  }
}
