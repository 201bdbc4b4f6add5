package org.inversesuite.core.nn;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * A dense layer {@code y = a(x W + b)} in float32 with the batch in the vector lanes: activations
 * are stored feature-major, element (feature f, row r) at {@code off + f·stride + r}, so one vector
 * holds one feature of {@link #lanes()} rows and a weight is a broadcast scalar. This is the layout
 * of the sampling path of small coupling subnets ({@code org.inversesuite.core.block.LaneCouplingInverse}):
 * the element-wise coupling maths then reads contiguous rows, and a permutation of the features is a
 * permutation of row offsets, not a copy.
 *
 * <p>Every output element is computed with the same operations in the same order as
 * {@link VectorDenseKernel#forward} on the row-major batch, so both give the same bits:
 * <ul>
 *   <li>the first {@code out − out mod V} outputs as {@link FloatGemmNn}: {@code acc = b_j}, then
 *       {@code acc = fma(W[k][j], x_k, acc)} for k = 0, 1, …, then {@code max(acc, floor)} (floor 0 for
 *       ReLU, −∞ otherwise);</li>
 *   <li>the last {@code out mod V} outputs as {@link FloatGemmNt}: V partial sums
 *       {@code p_l = Σ_c fma(W[cV + l][j], x_{cV + l}, p_l)} over whole vectors of inputs, added lane by
 *       lane in order ({@code ((0 + p_0) + p_1) + …}, the order of {@code reduceLanes(ADD)}), then
 *       {@code t += x_k W[k][j]} (multiply, then add) for the inputs past the last whole vector,
 *       then {@code t + b_j}, and ReLU as {@code t > 0 ? t : 0};</li>
 *   <li>other activations afterwards per element, {@code (float) a.apply(y)}, as
 *       {@link FloatActivation#apply}.</li>
 * </ul>
 * Only {@code fma}, {@code add}, {@code mul}, {@code max} and blends are used (no transcendental
 * lane-wise operation), so the result does not depend on the JIT tier (docs/reproducibility.md).
 *
 * <p>Tiles: 4 outputs × 3 vectors of rows (12 accumulators, 3 row loads and 4 broadcasts per input
 * feature), then 4 × 1 for the rows left, then one output at a time; the narrow outputs four, then two
 * at a time (independent chains, one row load per input for all of them), then one, or in tiles of three row
 * vectors ({@link FloatLaneTiles}).
 */
public final class FloatLaneDense {
  private static final VectorSpecies<Float> SPECIES = FloatGemmNn.SPECIES;
  private static final int V = SPECIES.length();

  private FloatLaneDense() {
  }

  /** @return the number of rows one vector holds; row counts passed here are multiples of it */
  public static int lanes() {
    return V;
  }

  /**
   * {@code y[j][r] = a(b[j] + Σ_{k<in} W[k][j] x[k][r])} for {@code j < out}, {@code r < m}.
   *
   * @param x input, element (k, r) at {@code xOff + k·stride + r}
   * @param w W row-major [in, out], W[k][j] at {@code wOff + k·out + j}
   * @param b bias, b[j] at {@code bOff + j}
   * @param y output, element (j, r) at {@code yOff + j·stride + r}; must not overlap x
   * @param m rows, a multiple of {@link #lanes()}
   * @param stride distance between features, at least m
   */
  public static void forward(float[] x, int xOff, int in, float[] w, int wOff, float[] b, int bOff, float[] y,
      int yOff, int out, int m, int stride, Activation activation) {
    forward(x, xOff, in, w, wOff, b, bOff, y, yOff, out, m, stride, activation, true);
  }

  /** How the narrow outputs (the last {@code out mod V}) are computed; all give the same bits. */
  public enum Narrow {
    /** One output at a time (before docs/astro.md run 17). */
    ONE,
    /** Four, then two outputs × one row vector (run 17). */
    FOUR,
    /** Four, then two outputs × three row vectors ({@link FloatLaneTiles}, run 20). */
    TILES
  }

  /**
   * {@link #forward} with the narrow outputs either four (then two) at a time ({@code together}: every row
   * vector loaded once for four outputs, four independent add chains) or one at a time (the kernel before,
   * kept as the reference of {@code FloatLaneDenseTest} and of the side-by-side benchmark). Both give
   * the same bits: each output's operations and their order are the same, only interleaved.
   */
  public static void forward(float[] x, int xOff, int in, float[] w, int wOff, float[] b, int bOff, float[] y,
      int yOff, int out, int m, int stride, Activation activation, boolean together) {
    forward(x, xOff, in, w, wOff, b, bOff, y, yOff, out, m, stride, activation, together ? Narrow.FOUR : Narrow.ONE);
  }

  /** {@link #forward} with the narrow outputs computed as {@code narrow} says (the same bits for every choice). */
  public static void forward(float[] x, int xOff, int in, float[] w, int wOff, float[] b, int bOff, float[] y,
      int yOff, int out, int m, int stride, Activation activation, Narrow narrow) {
    boolean together = narrow != Narrow.ONE;
    if (m % V != 0 || stride < m) {
      throw new IllegalArgumentException("rows " + m + " must be a multiple of " + V + " and at most the stride "
          + stride);
    }
    boolean relu = activation == Activation.RELU;
    int wide = out - out % V;
    float floorValue = relu ? 0f : Float.NEGATIVE_INFINITY;
    int j = 0;
    int whole = m - m % (3 * V);
    for (; j + 4 <= wide; j += 4) {
      for (int r = 0; r < whole; r += 3 * V) {
        tile4x3(x, xOff + r, in, w, wOff + j, out, b, bOff + j, y, yOff + j * stride + r, stride, floorValue);
      }
    }
    // the rows left after the 3-vector tiles: eight outputs at a time (eight independent chains, docs/astro.md
    // run 23), then four; every output's operations as in the tiles, so the same bits
    for (int r = whole; r < m; r += V) {
      int jj = 0;
      for (; jj + 8 <= j; jj += 8) {
        tile8x1(x, xOff + r, in, w, wOff + jj, out, b, bOff + jj, y, yOff + jj * stride + r, stride, floorValue);
      }
      for (; jj < j; jj += 4) {
        tile4x1(x, xOff + r, in, w, wOff + jj, out, b, bOff + jj, y, yOff + jj * stride + r, stride, floorValue);
      }
    }
    for (; j < wide; j++) {
      for (int r = 0; r < m; r += V) {
        one(x, xOff + r, in, w, wOff + j, out, b[bOff + j], y, yOff + j * stride + r, stride, floorValue);
      }
    }
    if (narrow == Narrow.TILES && j < out) {
      FloatLaneTiles.narrow(x, xOff, in, w, wOff, b, bOff, y, yOff, j, out, m, stride, relu);
      j = out;
    }
    for (; together && j + 4 <= out; j += 4) {
      for (int r = 0; r < m; r += V) {
        narrow4(x, xOff + r, in, w, wOff + j, out, b, bOff + j, y, yOff + j * stride + r, stride, relu);
      }
    }
    for (; together && j + 2 <= out; j += 2) {
      for (int r = 0; r < m; r += V) {
        narrow2(x, xOff + r, in, w, wOff + j, out, b, bOff + j, y, yOff + j * stride + r, stride, relu);
      }
    }
    for (; j < out; j++) {
      for (int r = 0; r < m; r += V) {
        narrow(x, xOff + r, in, w, wOff + j, out, b[bOff + j], y, yOff + j * stride + r, stride, relu);
      }
    }
    if (!relu && activation != Activation.IDENTITY) {
      for (int jj = 0; jj < out; jj++) {
        for (int r = 0, o = yOff + jj * stride; r < m; r++, o++) {
          y[o] = (float) activation.apply(y[o]);
        }
      }
    }
  }

  /** Outputs j..j+3 (W columns at w0..w0+3) for rows r..r+3V (x at x0, y at y0). */
  private static void tile4x3(float[] x, int x0, int in, float[] w, int w0, int ldw, float[] b, int b0, float[] y,
      int y0, int stride, float floorValue) {
    FloatVector c00 = FloatVector.broadcast(SPECIES, b[b0]);
    FloatVector c10 = FloatVector.broadcast(SPECIES, b[b0 + 1]);
    FloatVector c20 = FloatVector.broadcast(SPECIES, b[b0 + 2]);
    FloatVector c30 = FloatVector.broadcast(SPECIES, b[b0 + 3]);
    FloatVector c01 = c00, c02 = c00;
    FloatVector c11 = c10, c12 = c10;
    FloatVector c21 = c20, c22 = c20;
    FloatVector c31 = c30, c32 = c30;
    for (int k = 0; k < in; k++) {
      int xo = x0 + k * stride;
      int wo = w0 + k * ldw;
      FloatVector x0v = FloatVector.fromArray(SPECIES, x, xo);
      FloatVector x1v = FloatVector.fromArray(SPECIES, x, xo + V);
      FloatVector x2v = FloatVector.fromArray(SPECIES, x, xo + 2 * V);
      FloatVector wv = FloatVector.broadcast(SPECIES, w[wo]);
      c00 = wv.fma(x0v, c00);
      c01 = wv.fma(x1v, c01);
      c02 = wv.fma(x2v, c02);
      wv = FloatVector.broadcast(SPECIES, w[wo + 1]);
      c10 = wv.fma(x0v, c10);
      c11 = wv.fma(x1v, c11);
      c12 = wv.fma(x2v, c12);
      wv = FloatVector.broadcast(SPECIES, w[wo + 2]);
      c20 = wv.fma(x0v, c20);
      c21 = wv.fma(x1v, c21);
      c22 = wv.fma(x2v, c22);
      wv = FloatVector.broadcast(SPECIES, w[wo + 3]);
      c30 = wv.fma(x0v, c30);
      c31 = wv.fma(x1v, c31);
      c32 = wv.fma(x2v, c32);
    }
    FloatVector floor = FloatVector.broadcast(SPECIES, floorValue);
    c00.max(floor).intoArray(y, y0);
    c01.max(floor).intoArray(y, y0 + V);
    c02.max(floor).intoArray(y, y0 + 2 * V);
    c10.max(floor).intoArray(y, y0 + stride);
    c11.max(floor).intoArray(y, y0 + stride + V);
    c12.max(floor).intoArray(y, y0 + stride + 2 * V);
    c20.max(floor).intoArray(y, y0 + 2 * stride);
    c21.max(floor).intoArray(y, y0 + 2 * stride + V);
    c22.max(floor).intoArray(y, y0 + 2 * stride + 2 * V);
    c30.max(floor).intoArray(y, y0 + 3 * stride);
    c31.max(floor).intoArray(y, y0 + 3 * stride + V);
    c32.max(floor).intoArray(y, y0 + 3 * stride + 2 * V);
  }

  /**
   * Outputs j..j+7 for one vector of rows: {@link #tile4x1} twice over, in one pass of eight chains (also the wide
   * outputs past the first eight of {@link FloatLaneOneHidden}).
   */
  static void tile8x1(float[] x, int x0, int in, float[] w, int w0, int ldw, float[] b, int b0, float[] y,
      int y0, int stride, float floorValue) {
    FloatVector c0 = FloatVector.broadcast(SPECIES, b[b0]);
    FloatVector c1 = FloatVector.broadcast(SPECIES, b[b0 + 1]);
    FloatVector c2 = FloatVector.broadcast(SPECIES, b[b0 + 2]);
    FloatVector c3 = FloatVector.broadcast(SPECIES, b[b0 + 3]);
    FloatVector c4 = FloatVector.broadcast(SPECIES, b[b0 + 4]);
    FloatVector c5 = FloatVector.broadcast(SPECIES, b[b0 + 5]);
    FloatVector c6 = FloatVector.broadcast(SPECIES, b[b0 + 6]);
    FloatVector c7 = FloatVector.broadcast(SPECIES, b[b0 + 7]);
    for (int k = 0; k < in; k++) {
      int wo = w0 + k * ldw;
      FloatVector xv = FloatVector.fromArray(SPECIES, x, x0 + k * stride);
      c0 = FloatVector.broadcast(SPECIES, w[wo]).fma(xv, c0);
      c1 = FloatVector.broadcast(SPECIES, w[wo + 1]).fma(xv, c1);
      c2 = FloatVector.broadcast(SPECIES, w[wo + 2]).fma(xv, c2);
      c3 = FloatVector.broadcast(SPECIES, w[wo + 3]).fma(xv, c3);
      c4 = FloatVector.broadcast(SPECIES, w[wo + 4]).fma(xv, c4);
      c5 = FloatVector.broadcast(SPECIES, w[wo + 5]).fma(xv, c5);
      c6 = FloatVector.broadcast(SPECIES, w[wo + 6]).fma(xv, c6);
      c7 = FloatVector.broadcast(SPECIES, w[wo + 7]).fma(xv, c7);
    }
    FloatVector floor = FloatVector.broadcast(SPECIES, floorValue);
    c0.max(floor).intoArray(y, y0);
    c1.max(floor).intoArray(y, y0 + stride);
    c2.max(floor).intoArray(y, y0 + 2 * stride);
    c3.max(floor).intoArray(y, y0 + 3 * stride);
    c4.max(floor).intoArray(y, y0 + 4 * stride);
    c5.max(floor).intoArray(y, y0 + 5 * stride);
    c6.max(floor).intoArray(y, y0 + 6 * stride);
    c7.max(floor).intoArray(y, y0 + 7 * stride);
  }

  /** Outputs j..j+3 for one vector of rows. */
  private static void tile4x1(float[] x, int x0, int in, float[] w, int w0, int ldw, float[] b, int b0, float[] y,
      int y0, int stride, float floorValue) {
    FloatVector c0 = FloatVector.broadcast(SPECIES, b[b0]);
    FloatVector c1 = FloatVector.broadcast(SPECIES, b[b0 + 1]);
    FloatVector c2 = FloatVector.broadcast(SPECIES, b[b0 + 2]);
    FloatVector c3 = FloatVector.broadcast(SPECIES, b[b0 + 3]);
    for (int k = 0; k < in; k++) {
      int wo = w0 + k * ldw;
      FloatVector xv = FloatVector.fromArray(SPECIES, x, x0 + k * stride);
      c0 = FloatVector.broadcast(SPECIES, w[wo]).fma(xv, c0);
      c1 = FloatVector.broadcast(SPECIES, w[wo + 1]).fma(xv, c1);
      c2 = FloatVector.broadcast(SPECIES, w[wo + 2]).fma(xv, c2);
      c3 = FloatVector.broadcast(SPECIES, w[wo + 3]).fma(xv, c3);
    }
    FloatVector floor = FloatVector.broadcast(SPECIES, floorValue);
    c0.max(floor).intoArray(y, y0);
    c1.max(floor).intoArray(y, y0 + stride);
    c2.max(floor).intoArray(y, y0 + 2 * stride);
    c3.max(floor).intoArray(y, y0 + 3 * stride);
  }

  /** One output of the wide part for one vector of rows. */
  private static void one(float[] x, int x0, int in, float[] w, int w0, int ldw, float bias, float[] y, int y0,
      int stride, float floorValue) {
    FloatVector c = FloatVector.broadcast(SPECIES, bias);
    for (int k = 0; k < in; k++) {
      c = FloatVector.broadcast(SPECIES, w[w0 + k * ldw]).fma(FloatVector.fromArray(SPECIES, x, x0 + k * stride), c);
    }
    c.max(FloatVector.broadcast(SPECIES, floorValue)).intoArray(y, y0);
  }

  /** One output past the last whole vector of outputs, in {@link FloatGemmNt}'s order, for one vector of rows. */
  private static void narrow(float[] x, int x0, int in, float[] w, int w0, int ldw, float bias, float[] y, int y0,
      int stride, boolean relu) {
    int qv = in - in % V;
    FloatVector zero = FloatVector.zero(SPECIES);
    FloatVector t = zero;
    for (int l = 0; l < V; l++) { // lane l of FloatGemmNt's accumulator, then reduceLanes: lane by lane from 0
      FloatVector p = zero;
      for (int k = l; k < qv; k += V) {
        p = FloatVector.broadcast(SPECIES, w[w0 + k * ldw]).fma(FloatVector.fromArray(SPECIES, x, x0 + k * stride), p);
      }
      t = t.add(p);
    }
    for (int k = qv; k < in; k++) {
      t = t.add(FloatVector.fromArray(SPECIES, x, x0 + k * stride).mul(w[w0 + k * ldw]));
    }
    t = t.add(bias);
    if (relu) {
      t = zero.blend(t, t.compare(VectorOperators.GT, 0f));
    }
    t.intoArray(y, y0);
  }

  /**
   * Four outputs past the last whole vector of outputs (W columns w0..w0+3) for one vector of rows, each
   * exactly as {@link #narrow}: per lane l the partial sum {@code p = fma(W[k][j], x_k, p)} over k = l, l + V, …
   * from zero, {@code t = t + p} for l = 0, 1, … from zero, the inputs past the last whole vector as
   * {@code t + x_k·W[k][j]}, then the bias and ReLU. The four chains are independent, so interleaving them
   * changes no bit; it loads each row vector once for four outputs and hides the add latency.
   */
  private static void narrow4(float[] x, int x0, int in, float[] w, int w0, int ldw, float[] b, int b0, float[] y,
      int y0, int stride, boolean relu) {
    int qv = in - in % V;
    FloatVector zero = FloatVector.zero(SPECIES);
    FloatVector t0 = zero;
    FloatVector t1 = zero;
    FloatVector t2 = zero;
    FloatVector t3 = zero;
    for (int l = 0; l < V; l++) {
      FloatVector p0 = zero;
      FloatVector p1 = zero;
      FloatVector p2 = zero;
      FloatVector p3 = zero;
      for (int k = l; k < qv; k += V) {
        FloatVector xv = FloatVector.fromArray(SPECIES, x, x0 + k * stride);
        int wo = w0 + k * ldw;
        p0 = FloatVector.broadcast(SPECIES, w[wo]).fma(xv, p0);
        p1 = FloatVector.broadcast(SPECIES, w[wo + 1]).fma(xv, p1);
        p2 = FloatVector.broadcast(SPECIES, w[wo + 2]).fma(xv, p2);
        p3 = FloatVector.broadcast(SPECIES, w[wo + 3]).fma(xv, p3);
      }
      t0 = t0.add(p0);
      t1 = t1.add(p1);
      t2 = t2.add(p2);
      t3 = t3.add(p3);
    }
    for (int k = qv; k < in; k++) {
      FloatVector xv = FloatVector.fromArray(SPECIES, x, x0 + k * stride);
      int wo = w0 + k * ldw;
      t0 = t0.add(xv.mul(w[wo]));
      t1 = t1.add(xv.mul(w[wo + 1]));
      t2 = t2.add(xv.mul(w[wo + 2]));
      t3 = t3.add(xv.mul(w[wo + 3]));
    }
    t0 = t0.add(b[b0]);
    t1 = t1.add(b[b0 + 1]);
    t2 = t2.add(b[b0 + 2]);
    t3 = t3.add(b[b0 + 3]);
    if (relu) {
      t0 = zero.blend(t0, t0.compare(VectorOperators.GT, 0f));
      t1 = zero.blend(t1, t1.compare(VectorOperators.GT, 0f));
      t2 = zero.blend(t2, t2.compare(VectorOperators.GT, 0f));
      t3 = zero.blend(t3, t3.compare(VectorOperators.GT, 0f));
    }
    t0.intoArray(y, y0);
    t1.intoArray(y, y0 + stride);
    t2.intoArray(y, y0 + 2 * stride);
    t3.intoArray(y, y0 + 3 * stride);
  }

  /** Two outputs past the last whole vector of outputs, as {@link #narrow4} with two chains. */
  private static void narrow2(float[] x, int x0, int in, float[] w, int w0, int ldw, float[] b, int b0, float[] y,
      int y0, int stride, boolean relu) {
    int qv = in - in % V;
    FloatVector zero = FloatVector.zero(SPECIES);
    FloatVector t0 = zero;
    FloatVector t1 = zero;
    for (int l = 0; l < V; l++) {
      FloatVector p0 = zero;
      FloatVector p1 = zero;
      for (int k = l; k < qv; k += V) {
        FloatVector xv = FloatVector.fromArray(SPECIES, x, x0 + k * stride);
        int wo = w0 + k * ldw;
        p0 = FloatVector.broadcast(SPECIES, w[wo]).fma(xv, p0);
        p1 = FloatVector.broadcast(SPECIES, w[wo + 1]).fma(xv, p1);
      }
      t0 = t0.add(p0);
      t1 = t1.add(p1);
    }
    for (int k = qv; k < in; k++) {
      FloatVector xv = FloatVector.fromArray(SPECIES, x, x0 + k * stride);
      int wo = w0 + k * ldw;
      t0 = t0.add(xv.mul(w[wo]));
      t1 = t1.add(xv.mul(w[wo + 1]));
    }
    t0 = t0.add(b[b0]);
    t1 = t1.add(b[b0 + 1]);
    if (relu) {
      t0 = zero.blend(t0, t0.compare(VectorOperators.GT, 0f));
      t1 = zero.blend(t1, t1.compare(VectorOperators.GT, 0f));
    }
    t0.intoArray(y, y0);
    t1.intoArray(y, y0 + stride);
  }
}
