package org.inversesuite.core.nn;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link FloatLaneDense#forward} for activations with a fixed feature stride of {@value #STRIDE} floats
 * (the chunk of {@code org.inversesuite.core.block.LaneCouplingInverse}), with larger register tiles: the
 * same operations in the same order for every output element, so the same bits as {@link FloatLaneDense}
 * ({@code FloatLaneTilesTest}). It computes y = a(x W + b) with the rows in the vector lanes (element
 * (f, r) at {@code off + f·STRIDE + r}):
 * <ul>
 *   <li>the whole-vector outputs as {@code acc = b_j}, then {@code acc = fma(W[k][j], x_k, acc)} for k = 0, 1,
 *       …, then {@code max(acc, floor)}, in tiles of 8 outputs × 3 row vectors (24 accumulators; per input
 *       feature 3 row loads and 8 weight broadcasts, against 3 and 4 for 12 multiply-adds in
 *       {@link FloatLaneDense}'s 4 × 3);</li>
 *   <li>the last {@code out mod V} outputs in {@link FloatGemmNt}'s order (V partial sums over every V-th
 *       input, added lane by lane in order, then the tail, the bias and ReLU) for 4, then 2 outputs × 3 row
 *       vectors at a time, so that each row vector is loaded once for all of them.</li>
 * </ul>
 * Why a fixed stride: every row address is then {@code x0 + k·STRIDE + constant}, a scaled loop variable
 * with a constant scale, whose array bounds checks C2 can hoist out of the loop (with a variable stride it
 * checks every vector load: ~8 % of an RV answer's samples, docs/astro.md run 17). Only {@code fma},
 * {@code add}, {@code mul}, {@code max} and blends (docs/reproducibility.md).
 */
public final class FloatLaneTiles {
  /** The distance between two features of the activations, in floats. */
  public static final int STRIDE = 256;
  private static final VectorSpecies<Float> SPECIES = FloatGemmNn.SPECIES;
  private static final int V = SPECIES.length();
  private static final int S = STRIDE;

  private FloatLaneTiles() {
  }

  /**
   * {@code y[j][r] = a(b[j] + Σ_{k<in} W[k][j] x[k][r])} for {@code j < out}, {@code r < m}: the same bits as
   * {@link FloatLaneDense#forward} with stride {@value #STRIDE}.
   *
   * @param x input, element (k, r) at {@code xOff + k·STRIDE + r}
   * @param w W row-major [in, out], W[k][j] at {@code wOff + k·out + j}
   * @param b bias, b[j] at {@code bOff + j}
   * @param y output, element (j, r) at {@code yOff + j·STRIDE + r}; must not overlap x
   * @param m rows, a multiple of {@link FloatLaneDense#lanes()}, at most {@value #STRIDE}
   */
  public static void forward(float[] x, int xOff, int in, float[] w, int wOff, float[] b, int bOff, float[] y,
      int yOff, int out, int m, Activation activation) {
    if (m % V != 0 || m > S || m < 0) {
      throw new IllegalArgumentException("rows " + m + " must be a multiple of " + V + " and at most " + S);
    }
    boolean relu = activation == Activation.RELU;
    int wide = out - out % V;
    float floorValue = relu ? 0f : Float.NEGATIVE_INFINITY;
    int whole = m - m % (3 * V);
    int j = 0;
    for (; j + 8 <= wide; j += 8) {
      for (int r = 0; r < whole; r += 3 * V) {
        tile8x3(x, xOff + r, in, w, wOff + j, out, b, bOff + j, y, yOff + j * S + r, floorValue);
      }
      for (int r = whole; r < m; r += V) {
        tile8x1(x, xOff + r, in, w, wOff + j, out, b, bOff + j, y, yOff + j * S + r, floorValue);
      }
    }
    for (; j < wide; j++) { // a multiple of V outputs, not of 8: only for V = 4 (not on AVX2 or AVX-512)
      for (int r = 0; r < m; r += V) {
        one(x, xOff + r, in, w, wOff + j, out, b[bOff + j], y, yOff + j * S + r, floorValue);
      }
    }
    int narrowFrom = j;
    for (; j + 4 <= out; j += 4) {
      for (int r = 0; r < whole; r += 3 * V) {
        narrow4x3(x, xOff + r, in, w, wOff + j, out, b, bOff + j, y, yOff + j * S + r, relu);
      }
      for (int r = whole; r < m; r += V) {
        narrow(x, xOff + r, in, w, wOff + j, out, b, bOff + j, y, yOff + j * S + r, relu, 4);
      }
    }
    for (; j + 2 <= out; j += 2) {
      for (int r = 0; r < whole; r += 3 * V) {
        narrow2x3(x, xOff + r, in, w, wOff + j, out, b, bOff + j, y, yOff + j * S + r, relu);
      }
      for (int r = whole; r < m; r += V) {
        narrow(x, xOff + r, in, w, wOff + j, out, b, bOff + j, y, yOff + j * S + r, relu, 2);
      }
    }
    for (; j < out; j++) {
      for (int r = 0; r < m; r += V) {
        narrow(x, xOff + r, in, w, wOff + j, out, b, bOff + j, y, yOff + j * S + r, relu, 1);
      }
    }
    biasAndRelu(y, yOff, b, bOff, narrowFrom, out, m, relu);
    if (!relu && activation != Activation.IDENTITY) {
      for (int jj = 0; jj < out; jj++) {
        for (int r = 0, o = yOff + jj * S; r < m; r++, o++) {
          y[o] = (float) activation.apply(y[o]);
        }
      }
    }
  }

  /** Outputs j..j+7 (W columns at w0..w0+7) for rows r..r+3V (x at x0, y at y0). */
  private static void tile8x3(float[] x, int x0, int in, float[] w, int w0, int ldw, float[] b, int b0, float[] y,
      int y0, float floorValue) {
    FloatVector a0 = FloatVector.broadcast(SPECIES, b[b0]);
    FloatVector a1 = FloatVector.broadcast(SPECIES, b[b0 + 1]);
    FloatVector a2 = FloatVector.broadcast(SPECIES, b[b0 + 2]);
    FloatVector a3 = FloatVector.broadcast(SPECIES, b[b0 + 3]);
    FloatVector a4 = FloatVector.broadcast(SPECIES, b[b0 + 4]);
    FloatVector a5 = FloatVector.broadcast(SPECIES, b[b0 + 5]);
    FloatVector a6 = FloatVector.broadcast(SPECIES, b[b0 + 6]);
    FloatVector a7 = FloatVector.broadcast(SPECIES, b[b0 + 7]);
    FloatVector b0v = a0, b1 = a1, b2 = a2, b3 = a3, b4 = a4, b5 = a5, b6 = a6, b7 = a7;
    FloatVector c0 = a0, c1 = a1, c2 = a2, c3 = a3, c4 = a4, c5 = a5, c6 = a6, c7 = a7;
    for (int k = 0; k < in; k++) {
      FloatVector x0v = FloatVector.fromArray(SPECIES, x, x0 + k * S);
      FloatVector x1v = FloatVector.fromArray(SPECIES, x, x0 + k * S + V);
      FloatVector x2v = FloatVector.fromArray(SPECIES, x, x0 + k * S + 2 * V);
      int wo = w0 + k * ldw;
      FloatVector wv = FloatVector.broadcast(SPECIES, w[wo]);
      a0 = wv.fma(x0v, a0);
      b0v = wv.fma(x1v, b0v);
      c0 = wv.fma(x2v, c0);
      wv = FloatVector.broadcast(SPECIES, w[wo + 1]);
      a1 = wv.fma(x0v, a1);
      b1 = wv.fma(x1v, b1);
      c1 = wv.fma(x2v, c1);
      wv = FloatVector.broadcast(SPECIES, w[wo + 2]);
      a2 = wv.fma(x0v, a2);
      b2 = wv.fma(x1v, b2);
      c2 = wv.fma(x2v, c2);
      wv = FloatVector.broadcast(SPECIES, w[wo + 3]);
      a3 = wv.fma(x0v, a3);
      b3 = wv.fma(x1v, b3);
      c3 = wv.fma(x2v, c3);
      wv = FloatVector.broadcast(SPECIES, w[wo + 4]);
      a4 = wv.fma(x0v, a4);
      b4 = wv.fma(x1v, b4);
      c4 = wv.fma(x2v, c4);
      wv = FloatVector.broadcast(SPECIES, w[wo + 5]);
      a5 = wv.fma(x0v, a5);
      b5 = wv.fma(x1v, b5);
      c5 = wv.fma(x2v, c5);
      wv = FloatVector.broadcast(SPECIES, w[wo + 6]);
      a6 = wv.fma(x0v, a6);
      b6 = wv.fma(x1v, b6);
      c6 = wv.fma(x2v, c6);
      wv = FloatVector.broadcast(SPECIES, w[wo + 7]);
      a7 = wv.fma(x0v, a7);
      b7 = wv.fma(x1v, b7);
      c7 = wv.fma(x2v, c7);
    }
    FloatVector floor = FloatVector.broadcast(SPECIES, floorValue);
    a0.max(floor).intoArray(y, y0);
    b0v.max(floor).intoArray(y, y0 + V);
    c0.max(floor).intoArray(y, y0 + 2 * V);
    a1.max(floor).intoArray(y, y0 + S);
    b1.max(floor).intoArray(y, y0 + S + V);
    c1.max(floor).intoArray(y, y0 + S + 2 * V);
    a2.max(floor).intoArray(y, y0 + 2 * S);
    b2.max(floor).intoArray(y, y0 + 2 * S + V);
    c2.max(floor).intoArray(y, y0 + 2 * S + 2 * V);
    a3.max(floor).intoArray(y, y0 + 3 * S);
    b3.max(floor).intoArray(y, y0 + 3 * S + V);
    c3.max(floor).intoArray(y, y0 + 3 * S + 2 * V);
    a4.max(floor).intoArray(y, y0 + 4 * S);
    b4.max(floor).intoArray(y, y0 + 4 * S + V);
    c4.max(floor).intoArray(y, y0 + 4 * S + 2 * V);
    a5.max(floor).intoArray(y, y0 + 5 * S);
    b5.max(floor).intoArray(y, y0 + 5 * S + V);
    c5.max(floor).intoArray(y, y0 + 5 * S + 2 * V);
    a6.max(floor).intoArray(y, y0 + 6 * S);
    b6.max(floor).intoArray(y, y0 + 6 * S + V);
    c6.max(floor).intoArray(y, y0 + 6 * S + 2 * V);
    a7.max(floor).intoArray(y, y0 + 7 * S);
    b7.max(floor).intoArray(y, y0 + 7 * S + V);
    c7.max(floor).intoArray(y, y0 + 7 * S + 2 * V);
  }

  /** Outputs j..j+7 for one vector of rows. */
  private static void tile8x1(float[] x, int x0, int in, float[] w, int w0, int ldw, float[] b, int b0, float[] y,
      int y0, float floorValue) {
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
      FloatVector xv = FloatVector.fromArray(SPECIES, x, x0 + k * S);
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
    c1.max(floor).intoArray(y, y0 + S);
    c2.max(floor).intoArray(y, y0 + 2 * S);
    c3.max(floor).intoArray(y, y0 + 3 * S);
    c4.max(floor).intoArray(y, y0 + 4 * S);
    c5.max(floor).intoArray(y, y0 + 5 * S);
    c6.max(floor).intoArray(y, y0 + 6 * S);
    c7.max(floor).intoArray(y, y0 + 7 * S);
  }

  /**
   * Narrow outputs j..j+3 for three row vectors, each in {@link FloatGemmNt}'s order (class comment): per
   * lane l the partial sum {@code p = fma(W[k][j], x_k, p)} over k = l, l + V, … from zero, {@code t = t + p}
   * for l = 0, 1, … from zero, then {@code t + x_k·W[k][j]} for the inputs past the last whole vector, the
   * bias, ReLU as {@code t > 0 ? t : 0}. Twelve independent chains.
   */
  private static void narrow4x3(float[] x, int x0, int in, float[] w, int w0, int ldw, float[] b, int b0, float[] y,
      int y0, boolean relu) {
    int qv = in - in % V;
    FloatVector zero = FloatVector.zero(SPECIES);
    FloatVector t00 = zero, t01 = zero, t02 = zero;
    FloatVector t10 = zero, t11 = zero, t12 = zero;
    FloatVector t20 = zero, t21 = zero, t22 = zero;
    FloatVector t30 = zero, t31 = zero, t32 = zero;
    for (int l = 0; l < V; l++) {
      FloatVector p00 = zero, p01 = zero, p02 = zero;
      FloatVector p10 = zero, p11 = zero, p12 = zero;
      FloatVector p20 = zero, p21 = zero, p22 = zero;
      FloatVector p30 = zero, p31 = zero, p32 = zero;
      for (int k = l; k < qv; k += V) {
        FloatVector xa = FloatVector.fromArray(SPECIES, x, x0 + k * S);
        FloatVector xb = FloatVector.fromArray(SPECIES, x, x0 + k * S + V);
        FloatVector xc = FloatVector.fromArray(SPECIES, x, x0 + k * S + 2 * V);
        int wo = w0 + k * ldw;
        FloatVector wv = FloatVector.broadcast(SPECIES, w[wo]);
        p00 = wv.fma(xa, p00);
        p01 = wv.fma(xb, p01);
        p02 = wv.fma(xc, p02);
        wv = FloatVector.broadcast(SPECIES, w[wo + 1]);
        p10 = wv.fma(xa, p10);
        p11 = wv.fma(xb, p11);
        p12 = wv.fma(xc, p12);
        wv = FloatVector.broadcast(SPECIES, w[wo + 2]);
        p20 = wv.fma(xa, p20);
        p21 = wv.fma(xb, p21);
        p22 = wv.fma(xc, p22);
        wv = FloatVector.broadcast(SPECIES, w[wo + 3]);
        p30 = wv.fma(xa, p30);
        p31 = wv.fma(xb, p31);
        p32 = wv.fma(xc, p32);
      }
      t00 = t00.add(p00);
      t01 = t01.add(p01);
      t02 = t02.add(p02);
      t10 = t10.add(p10);
      t11 = t11.add(p11);
      t12 = t12.add(p12);
      t20 = t20.add(p20);
      t21 = t21.add(p21);
      t22 = t22.add(p22);
      t30 = t30.add(p30);
      t31 = t31.add(p31);
      t32 = t32.add(p32);
    }
    for (int k = qv; k < in; k++) {
      FloatVector xa = FloatVector.fromArray(SPECIES, x, x0 + k * S);
      FloatVector xb = FloatVector.fromArray(SPECIES, x, x0 + k * S + V);
      FloatVector xc = FloatVector.fromArray(SPECIES, x, x0 + k * S + 2 * V);
      int wo = w0 + k * ldw;
      t00 = t00.add(xa.mul(w[wo]));
      t01 = t01.add(xb.mul(w[wo]));
      t02 = t02.add(xc.mul(w[wo]));
      t10 = t10.add(xa.mul(w[wo + 1]));
      t11 = t11.add(xb.mul(w[wo + 1]));
      t12 = t12.add(xc.mul(w[wo + 1]));
      t20 = t20.add(xa.mul(w[wo + 2]));
      t21 = t21.add(xb.mul(w[wo + 2]));
      t22 = t22.add(xc.mul(w[wo + 2]));
      t30 = t30.add(xa.mul(w[wo + 3]));
      t31 = t31.add(xb.mul(w[wo + 3]));
      t32 = t32.add(xc.mul(w[wo + 3]));
    }
    t00.intoArray(y, y0);
    t01.intoArray(y, y0 + V);
    t02.intoArray(y, y0 + 2 * V);
    t10.intoArray(y, y0 + S);
    t11.intoArray(y, y0 + S + V);
    t12.intoArray(y, y0 + S + 2 * V);
    t20.intoArray(y, y0 + 2 * S);
    t21.intoArray(y, y0 + 2 * S + V);
    t22.intoArray(y, y0 + 2 * S + 2 * V);
    t30.intoArray(y, y0 + 3 * S);
    t31.intoArray(y, y0 + 3 * S + V);
    t32.intoArray(y, y0 + 3 * S + 2 * V);
  }

  /** Narrow outputs j, j+1 for three row vectors, as {@link #narrow4x3}. */
  private static void narrow2x3(float[] x, int x0, int in, float[] w, int w0, int ldw, float[] b, int b0, float[] y,
      int y0, boolean relu) {
    int qv = in - in % V;
    FloatVector zero = FloatVector.zero(SPECIES);
    FloatVector t00 = zero, t01 = zero, t02 = zero;
    FloatVector t10 = zero, t11 = zero, t12 = zero;
    for (int l = 0; l < V; l++) {
      FloatVector p00 = zero, p01 = zero, p02 = zero;
      FloatVector p10 = zero, p11 = zero, p12 = zero;
      for (int k = l; k < qv; k += V) {
        FloatVector xa = FloatVector.fromArray(SPECIES, x, x0 + k * S);
        FloatVector xb = FloatVector.fromArray(SPECIES, x, x0 + k * S + V);
        FloatVector xc = FloatVector.fromArray(SPECIES, x, x0 + k * S + 2 * V);
        int wo = w0 + k * ldw;
        FloatVector wv = FloatVector.broadcast(SPECIES, w[wo]);
        p00 = wv.fma(xa, p00);
        p01 = wv.fma(xb, p01);
        p02 = wv.fma(xc, p02);
        wv = FloatVector.broadcast(SPECIES, w[wo + 1]);
        p10 = wv.fma(xa, p10);
        p11 = wv.fma(xb, p11);
        p12 = wv.fma(xc, p12);
      }
      t00 = t00.add(p00);
      t01 = t01.add(p01);
      t02 = t02.add(p02);
      t10 = t10.add(p10);
      t11 = t11.add(p11);
      t12 = t12.add(p12);
    }
    for (int k = qv; k < in; k++) {
      FloatVector xa = FloatVector.fromArray(SPECIES, x, x0 + k * S);
      FloatVector xb = FloatVector.fromArray(SPECIES, x, x0 + k * S + V);
      FloatVector xc = FloatVector.fromArray(SPECIES, x, x0 + k * S + 2 * V);
      int wo = w0 + k * ldw;
      t00 = t00.add(xa.mul(w[wo]));
      t01 = t01.add(xb.mul(w[wo]));
      t02 = t02.add(xc.mul(w[wo]));
      t10 = t10.add(xa.mul(w[wo + 1]));
      t11 = t11.add(xb.mul(w[wo + 1]));
      t12 = t12.add(xc.mul(w[wo + 1]));
    }
    t00.intoArray(y, y0);
    t01.intoArray(y, y0 + V);
    t02.intoArray(y, y0 + 2 * V);
    t10.intoArray(y, y0 + S);
    t11.intoArray(y, y0 + S + V);
    t12.intoArray(y, y0 + S + 2 * V);
  }

  /**
   * {@code count} narrow outputs (at most 4) for one vector of rows, one at a time in {@link FloatGemmNt}'s
   * order: the rows left after the 3-vector tiles.
   */
  private static void narrow(float[] x, int x0, int in, float[] w, int w0, int ldw, float[] b, int b0, float[] y,
      int y0, boolean relu, int count) {
    int qv = in - in % V;
    FloatVector zero = FloatVector.zero(SPECIES);
    for (int q = 0; q < count; q++) {
      FloatVector t = zero;
      for (int l = 0; l < V; l++) {
        FloatVector p = zero;
        for (int k = l; k < qv; k += V) {
          p = FloatVector.broadcast(SPECIES, w[w0 + k * ldw + q]).fma(FloatVector.fromArray(SPECIES, x, x0 + k * S), p);
        }
        t = t.add(p);
      }
      for (int k = qv; k < in; k++) {
        t = t.add(FloatVector.fromArray(SPECIES, x, x0 + k * S).mul(w[w0 + k * ldw + q]));
      }
      t.intoArray(y, y0 + q * S);
    }
  }

  /**
   * The narrow outputs' last two steps, {@code y = t + b_j} and ReLU as {@code t > 0 ? t : 0}, in a pass of
   * their own: a loop that calls only the Vector API, so no vector crosses a method call of ours (JDK 17's
   * C2 boxes a vector passed to a method it does not inline, docs/astro.md run 17).
   */
  private static void biasAndRelu(float[] y, int yOff, float[] b, int bOff, int from, int to, int m, boolean relu) {
    FloatVector zero = FloatVector.zero(SPECIES);
    for (int j = from; j < to; j++) {
      float bias = b[bOff + j];
      for (int r = 0; r < m; r += V) {
        int o = yOff + j * S + r;
        FloatVector s = FloatVector.fromArray(SPECIES, y, o).add(bias);
        if (relu) {
          s = zero.blend(s, s.compare(VectorOperators.GT, 0f));
        }
        s.intoArray(y, o);
      }
    }
  }

  /** One whole-vector output for one vector of rows: {@code acc = b_j}, the fma chain, the floor. */
  private static void one(float[] x, int x0, int in, float[] w, int w0, int ldw, float bias, float[] y, int y0,
      float floorValue) {
    FloatVector c = FloatVector.broadcast(SPECIES, bias);
    for (int k = 0; k < in; k++) {
      c = FloatVector.broadcast(SPECIES, w[w0 + k * ldw]).fma(FloatVector.fromArray(SPECIES, x, x0 + k * S), c);
    }
    c.max(FloatVector.broadcast(SPECIES, floorValue)).intoArray(y, y0);
  }
}
