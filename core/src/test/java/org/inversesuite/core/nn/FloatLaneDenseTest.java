package org.inversesuite.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link FloatLaneDense#forward} with the narrow outputs four at a time (run 17) and in tiles of three row
 * vectors ({@link FloatLaneTiles}, run 20) gives the same bits as one at a time (the kernel before run 17),
 * and all equal a double-precision reference y = a(b + x W) to float accuracy, for layer shapes that leave
 * narrow outputs (out mod V ≠ 0; the RV subnets' 6 and 8), inputs that fill whole vectors or not, row
 * counts that leave 0, 1 or 2 vectors after the three-vector tiles, ReLU and identity, and rows at an offset
 * with a stride.
 */
class FloatLaneDenseTest {
  @Test
  void narrowOutputsTogetherEqualOneAtATimeAndTheReference() {
    SplittableRandom r = new SplittableRandom(3);
    int v = FloatLaneDense.lanes();
    for (int in : new int[] {32, 5, 40, 2 * v + 3, 1, 3, 4}) {
      for (int out : new int[] {6, 8, 3, 13, v + 7, 2 * v + 2, 3 * v, 1, 2, 5}) {
        for (Activation act : new Activation[] {Activation.RELU, Activation.IDENTITY}) {
          int m = (in + out) % 3 == 0 ? 3 * v : (in + out) % 3 == 1 ? 7 * v : 5 * v;
          int stride = m + v;
          float[] x = new float[in * stride + 5];
          for (int i = 0; i < x.length; i++) {
            x[i] = (float) r.nextGaussian();
          }
          float[] w = new float[in * out + 2];
          for (int i = 0; i < w.length; i++) {
            w[i] = (float) (0.3 * r.nextGaussian());
          }
          float[] b = new float[out + 1];
          for (int i = 0; i < b.length; i++) {
            b[i] = (float) r.nextGaussian();
          }
          float[] together = new float[out * stride + 1];
          float[] single = new float[out * stride + 1];
          float[] tiles = new float[out * stride + 1];
          FloatLaneDense.forward(x, 5, in, w, 2, b, 1, together, 1, out, m, stride, act, true);
          FloatLaneDense.forward(x, 5, in, w, 2, b, 1, single, 1, out, m, stride, act, false);
          FloatLaneDense.forward(x, 5, in, w, 2, b, 1, tiles, 1, out, m, stride, act, FloatLaneDense.Narrow.TILES);
          for (int j = 0; j < out; j++) {
            for (int row = 0; row < m; row++) {
              int o = 1 + j * stride + row;
              assertEquals(Float.floatToRawIntBits(single[o]), Float.floatToRawIntBits(together[o]),
                  "in " + in + ", out " + out + ", output " + j + ", row " + row);
              assertEquals(Float.floatToRawIntBits(single[o]), Float.floatToRawIntBits(tiles[o]),
                  "tiles: in " + in + ", out " + out + ", rows " + m + ", output " + j + ", row " + row);
              double y = b[1 + j];
              double scale = Math.abs(b[1 + j]);
              for (int k = 0; k < in; k++) {
                double term = (double) w[2 + k * out + j] * x[5 + k * stride + row];
                y += term;
                scale += Math.abs(term);
              }
              if (act == Activation.RELU) {
                y = Math.max(y, 0);
              }
              assertTrue(Math.abs(together[o] - y) <= 1e-6 * scale + 1e-7,
                  "in " + in + ", out " + out + ": " + together[o] + " against " + y);
              if (j < out - out % v) { // whole vectors of outputs: the float fma chain from the bias in input order
                float chain = b[1 + j];
                for (int k = 0; k < in; k++) {
                  chain = Math.fma(w[2 + k * out + j], x[5 + k * stride + row], chain);
                }
                chain = act == Activation.RELU ? Math.max(chain, 0f) : chain;
                assertEquals(Float.floatToRawIntBits(chain), Float.floatToRawIntBits(tiles[o]),
                    "wide: in " + in + ", out " + out + ", rows " + m + ", output " + j + ", row " + row);
              }
            }
          }
        }
      }
    }
  }
}
