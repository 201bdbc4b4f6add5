package org.inversesuite.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link FloatLaneTiles#forward} gives the same bits as {@link FloatLaneDense#forward} (run 17's kernel, its
 * tested reference) at stride {@value FloatLaneTiles#STRIDE}, for the RV subnets' shapes (3 or 4 inputs to 32,
 * 32 to 32, 32 to 6 or 8) and shapes that leave every remainder: outputs not a multiple of 8 or of a vector,
 * inputs not a multiple of a vector, row counts that leave 1 or 2 vectors after the 3-vector tiles, ReLU,
 * identity and tanh, at offsets.
 */
class FloatLaneTilesTest {
  private static final int S = FloatLaneTiles.STRIDE;

  @Test
  void sameBitsAsTheRun17Kernel() {
    SplittableRandom r = new SplittableRandom(11);
    int v = FloatLaneDense.lanes();
    int[][] shapes = {{4, 32}, {3, 32}, {32, 32}, {32, 6}, {32, 8}, {5, 13}, {40, 2 * v + 8}, {2 * v + 3, v + 7},
        {1, 1}, {17, 3 * v}, {32, 2}};
    for (int[] shape : shapes) {
      int in = shape[0];
      int out = shape[1];
      for (int m : new int[] {S, 16 * v > S ? S - v : 16 * v, 4 * v, v, 3 * v}) {
        if (m > S || m % v != 0) {
          continue;
        }
        for (Activation act : new Activation[] {Activation.RELU, Activation.IDENTITY, Activation.TANH}) {
          float[] x = new float[3 + in * S];
          for (int i = 0; i < x.length; i++) {
            x[i] = (float) r.nextGaussian();
          }
          float[] w = new float[2 + in * out];
          for (int i = 0; i < w.length; i++) {
            w[i] = (float) (0.3 * r.nextGaussian());
          }
          float[] b = new float[1 + out];
          for (int i = 0; i < b.length; i++) {
            b[i] = (float) r.nextGaussian();
          }
          float[] tiles = new float[7 + out * S];
          float[] lanes = new float[7 + out * S];
          FloatLaneTiles.forward(x, 3, in, w, 2, b, 1, tiles, 7, out, m, act);
          FloatLaneDense.forward(x, 3, in, w, 2, b, 1, lanes, 7, out, m, S, act, true);
          for (int j = 0; j < out; j++) {
            for (int row = 0; row < m; row++) {
              int o = 7 + j * S + row;
              assertEquals(Float.floatToRawIntBits(lanes[o]), Float.floatToRawIntBits(tiles[o]),
                  "in " + in + ", out " + out + ", rows " + m + ", " + act + ": output " + j + ", row " + row);
            }
          }
        }
      }
    }
  }

  @Test
  void refusesRowsThatAreNotWholeVectorsOrExceedTheStride() {
    float[] a = new float[2 * S];
    int v = FloatLaneDense.lanes();
    assertThrows(IllegalArgumentException.class,
        () -> FloatLaneTiles.forward(a, 0, 1, a, 0, a, 0, a, S, 1, v + 1, Activation.RELU));
    assertThrows(IllegalArgumentException.class,
        () -> FloatLaneTiles.forward(a, 0, 1, a, 0, a, 0, a, S, 1, S + v, Activation.RELU));
  }
}
