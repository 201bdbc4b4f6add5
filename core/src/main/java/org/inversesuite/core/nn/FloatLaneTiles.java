package org.inversesuite.core.nn;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The narrow outputs of {@link FloatLaneDense} (the last {@code out mod V} outputs of a layer, all of the RV
 * subnets' 6 and 8 outputs at 16 float lanes) in tiles of 4, then 2 outputs × 3 row vectors, the rows in the
 * vector lanes (element (f, r) at {@code off + f·stride + r}). Each output is computed in {@link FloatGemmNt}'s
 * order, as {@link FloatLaneDense} does one output (or four) at a time, so the same bits
 * ({@code FloatLaneDenseTest}): per lane l the partial sum {@code p = fma(W[k][j], x_k, p)} over
 * k = l, l + V, … from zero, {@code t = t + p} for l = 0, 1, … from zero, {@code t + x_k·W[k][j]} for the
 * inputs past the last whole vector, then {@code t + b_j} and ReLU as {@code t > 0 ? t : 0}.
 *
 * <p>Why tiles: one output at a time reloads every row vector per output and runs one dependent add chain;
 * four outputs × one row vector (run 17) still load 1 row and 4 weights per 4 multiply-adds. Four outputs ×
 * three row vectors load 3 rows and 4 weights per 12 and run 12 independent chains (docs/astro.md run 20
 * measures it). The bias and ReLU are a pass of their own (a loop that calls only the Vector API: no vector
 * crosses a method call of ours, which JDK 17's C2 would box, docs/astro.md run 17). Only {@code fma},
 * {@code add}, {@code mul} and blends (docs/reproducibility.md).
 */
final class FloatLaneTiles {
  private static final VectorSpecies<Float> SPECIES = FloatGemmNn.SPECIES;
  private static final int V = SPECIES.length();

  private FloatLaneTiles() {
  }

  /**
   * Outputs {@code from..out−1} of y = x W + b (ReLU if asked), in {@link FloatGemmNt}'s order.
   *
   * @param x input, element (k, r) at {@code xOff + k·stride + r}
   * @param w W row-major [in, out], W[k][j] at {@code wOff + k·out + j}
   * @param y output, element (j, r) at {@code yOff + j·stride + r}
   * @param m rows, a multiple of V
   */
  static void narrow(float[] x, int xOff, int in, float[] w, int wOff, float[] b, int bOff, float[] y, int yOff,
      int from, int out, int m, int stride, boolean relu) {
    int whole = m - m % (3 * V);
    int j = from;
    for (; j + 4 <= out; j += 4) {
      for (int r = 0; r < whole; r += 3 * V) {
        narrow4x3(x, xOff + r, in, w, wOff + j, out, y, yOff + j * stride + r, stride);
      }
      for (int r = whole; r < m; r += V) {
        narrow4x1(x, xOff + r, in, w, wOff + j, out, y, yOff + j * stride + r, stride);
      }
    }
    for (; j + 2 <= out; j += 2) {
      for (int r = 0; r < whole; r += 3 * V) {
        narrow2x3(x, xOff + r, in, w, wOff + j, out, y, yOff + j * stride + r, stride);
      }
      for (int r = whole; r < m; r += V) {
        narrow2x1(x, xOff + r, in, w, wOff + j, out, y, yOff + j * stride + r, stride);
      }
    }
    for (; j < out; j++) {
      for (int r = 0; r < m; r += V) {
        narrow(x, xOff + r, in, w, wOff + j, out, y, yOff + j * stride + r, stride, 1);
      }
    }
    biasAndRelu(y, yOff, b, bOff, from, out, m, stride, relu);
  }

  /**
   * Narrow outputs j..j+3 for three row vectors, each in {@link FloatGemmNt}'s order (class comment): per
   * lane l the partial sum {@code p = fma(W[k][j], x_k, p)} over k = l, l + V, … from zero, {@code t = t + p}
   * for l = 0, 1, … from zero, then {@code t + x_k·W[k][j]} for the inputs past the last whole vector, the
   * bias and ReLU follow in {@link #biasAndRelu}. Twelve independent chains.
   */
  private static void narrow4x3(float[] x, int x0, int in, float[] w, int w0, int ldw, float[] y, int y0,
      int stride) {
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
        FloatVector xa = FloatVector.fromArray(SPECIES, x, x0 + k * stride);
        FloatVector xb = FloatVector.fromArray(SPECIES, x, x0 + k * stride + V);
        FloatVector xc = FloatVector.fromArray(SPECIES, x, x0 + k * stride + 2 * V);
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
      FloatVector xa = FloatVector.fromArray(SPECIES, x, x0 + k * stride);
      FloatVector xb = FloatVector.fromArray(SPECIES, x, x0 + k * stride + V);
      FloatVector xc = FloatVector.fromArray(SPECIES, x, x0 + k * stride + 2 * V);
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
    t10.intoArray(y, y0 + stride);
    t11.intoArray(y, y0 + stride + V);
    t12.intoArray(y, y0 + stride + 2 * V);
    t20.intoArray(y, y0 + 2 * stride);
    t21.intoArray(y, y0 + 2 * stride + V);
    t22.intoArray(y, y0 + 2 * stride + 2 * V);
    t30.intoArray(y, y0 + 3 * stride);
    t31.intoArray(y, y0 + 3 * stride + V);
    t32.intoArray(y, y0 + 3 * stride + 2 * V);
  }

  /** Narrow outputs j, j+1 for three row vectors, as {@link #narrow4x3}. */
  private static void narrow2x3(float[] x, int x0, int in, float[] w, int w0, int ldw, float[] y, int y0,
      int stride) {
    int qv = in - in % V;
    FloatVector zero = FloatVector.zero(SPECIES);
    FloatVector t00 = zero, t01 = zero, t02 = zero;
    FloatVector t10 = zero, t11 = zero, t12 = zero;
    for (int l = 0; l < V; l++) {
      FloatVector p00 = zero, p01 = zero, p02 = zero;
      FloatVector p10 = zero, p11 = zero, p12 = zero;
      for (int k = l; k < qv; k += V) {
        FloatVector xa = FloatVector.fromArray(SPECIES, x, x0 + k * stride);
        FloatVector xb = FloatVector.fromArray(SPECIES, x, x0 + k * stride + V);
        FloatVector xc = FloatVector.fromArray(SPECIES, x, x0 + k * stride + 2 * V);
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
      FloatVector xa = FloatVector.fromArray(SPECIES, x, x0 + k * stride);
      FloatVector xb = FloatVector.fromArray(SPECIES, x, x0 + k * stride + V);
      FloatVector xc = FloatVector.fromArray(SPECIES, x, x0 + k * stride + 2 * V);
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
    t10.intoArray(y, y0 + stride);
    t11.intoArray(y, y0 + stride + V);
    t12.intoArray(y, y0 + stride + 2 * V);
  }

  /**
   * Narrow outputs j..j+3 for one vector of rows (the rows left after the 3-vector tiles), {@link #narrow4x3}'s
   * operations for one row vector: four independent chains instead of one output after the other (docs/astro.md
   * run 23: the redraw rounds' few rows, and the last vector of a 256-row chunk); the same bits as {@link #narrow}.
   */
  private static void narrow4x1(float[] x, int x0, int in, float[] w, int w0, int ldw, float[] y, int y0,
      int stride) {
    int qv = in - in % V;
    FloatVector zero = FloatVector.zero(SPECIES);
    FloatVector t0 = zero, t1 = zero, t2 = zero, t3 = zero;
    for (int l = 0; l < V; l++) {
      FloatVector p0 = zero, p1 = zero, p2 = zero, p3 = zero;
      for (int k = l; k < qv; k += V) {
        FloatVector xa = FloatVector.fromArray(SPECIES, x, x0 + k * stride);
        int wo = w0 + k * ldw;
        p0 = FloatVector.broadcast(SPECIES, w[wo]).fma(xa, p0);
        p1 = FloatVector.broadcast(SPECIES, w[wo + 1]).fma(xa, p1);
        p2 = FloatVector.broadcast(SPECIES, w[wo + 2]).fma(xa, p2);
        p3 = FloatVector.broadcast(SPECIES, w[wo + 3]).fma(xa, p3);
      }
      t0 = t0.add(p0);
      t1 = t1.add(p1);
      t2 = t2.add(p2);
      t3 = t3.add(p3);
    }
    for (int k = qv; k < in; k++) {
      FloatVector xa = FloatVector.fromArray(SPECIES, x, x0 + k * stride);
      int wo = w0 + k * ldw;
      t0 = t0.add(xa.mul(w[wo]));
      t1 = t1.add(xa.mul(w[wo + 1]));
      t2 = t2.add(xa.mul(w[wo + 2]));
      t3 = t3.add(xa.mul(w[wo + 3]));
    }
    t0.intoArray(y, y0);
    t1.intoArray(y, y0 + stride);
    t2.intoArray(y, y0 + 2 * stride);
    t3.intoArray(y, y0 + 3 * stride);
  }

  /** Narrow outputs j, j+1 for one vector of rows: {@link #narrow4x1} with two chains; the same bits. */
  private static void narrow2x1(float[] x, int x0, int in, float[] w, int w0, int ldw, float[] y, int y0,
      int stride) {
    int qv = in - in % V;
    FloatVector zero = FloatVector.zero(SPECIES);
    FloatVector t0 = zero, t1 = zero;
    for (int l = 0; l < V; l++) {
      FloatVector p0 = zero, p1 = zero;
      for (int k = l; k < qv; k += V) {
        FloatVector xa = FloatVector.fromArray(SPECIES, x, x0 + k * stride);
        int wo = w0 + k * ldw;
        p0 = FloatVector.broadcast(SPECIES, w[wo]).fma(xa, p0);
        p1 = FloatVector.broadcast(SPECIES, w[wo + 1]).fma(xa, p1);
      }
      t0 = t0.add(p0);
      t1 = t1.add(p1);
    }
    for (int k = qv; k < in; k++) {
      FloatVector xa = FloatVector.fromArray(SPECIES, x, x0 + k * stride);
      int wo = w0 + k * ldw;
      t0 = t0.add(xa.mul(w[wo]));
      t1 = t1.add(xa.mul(w[wo + 1]));
    }
    t0.intoArray(y, y0);
    t1.intoArray(y, y0 + stride);
  }

  /**
   * {@code count} narrow outputs (at most 4) for one vector of rows, one at a time in {@link FloatGemmNt}'s
   * order: the rows left after the 3-vector tiles.
   */
  private static void narrow(float[] x, int x0, int in, float[] w, int w0, int ldw, float[] y, int y0,
      int stride, int count) {
    int qv = in - in % V;
    FloatVector zero = FloatVector.zero(SPECIES);
    for (int q = 0; q < count; q++) {
      FloatVector t = zero;
      for (int l = 0; l < V; l++) {
        FloatVector p = zero;
        for (int k = l; k < qv; k += V) {
          p = FloatVector.broadcast(SPECIES, w[w0 + k * ldw + q]).fma(FloatVector.fromArray(SPECIES, x, x0 + k * stride), p);
        }
        t = t.add(p);
      }
      for (int k = qv; k < in; k++) {
        t = t.add(FloatVector.fromArray(SPECIES, x, x0 + k * stride).mul(w[w0 + k * ldw + q]));
      }
      t.intoArray(y, y0 + q * stride);
    }
  }

  /**
   * The narrow outputs' last two steps, {@code y = t + b_j} and ReLU as {@code t > 0 ? t : 0}, in a pass of
   * their own: a loop that calls only the Vector API, so no vector crosses a method call of ours (JDK 17's
   * C2 boxes a vector passed to a method it does not inline, docs/astro.md run 17).
   */
  private static void biasAndRelu(float[] y, int yOff, float[] b, int bOff, int from, int to, int m, int stride,
      boolean relu) {
    FloatVector zero = FloatVector.zero(SPECIES);
    for (int j = from; j < to; j++) {
      float bias = b[bOff + j];
      for (int r = 0; r < m; r += V) {
        int o = yOff + j * stride + r;
        FloatVector s = FloatVector.fromArray(SPECIES, y, o).add(bias);
        if (relu) {
          s = zero.blend(s, s.compare(VectorOperators.GT, 0f));
        }
        s.intoArray(y, o);
      }
    }
  }
}
