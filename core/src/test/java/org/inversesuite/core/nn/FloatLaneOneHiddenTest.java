package org.inversesuite.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link FloatLaneOneHidden#forward} (both layers of a one-hidden-layer ReLU subnet in one pass per row vector,
 * docs/astro.md run 30) gives the same bits as {@link FloatLaneDense#forward} layer after layer (ReLU, then the
 * identity, with the narrow outputs in tiles), for 1 to {@link FloatLaneOneHidden#SMALL} inputs, hidden widths of
 * one to six vectors, outputs with and without narrow ones (one, two or more) and with more than eight wide
 * ones (the outputs past eight from the stored hidden layer), row counts of one vector to a whole chunk, rows at an offset with a stride, and inputs with zeros, signed
 * zeros and large values (ReLU's floor and the fma's rounding both exercised).
 */
class FloatLaneOneHiddenTest {
  @Test
  void equalsTheTwoLayersBitForBit() {
    SplittableRandom r = new SplittableRandom(11);
    int v = FloatLaneDense.lanes();
    int cases = 0;
    for (int in = 1; in <= FloatLaneOneHidden.SMALL; in++) {
      for (int hidden : new int[] {48, 32, v, 3 * v, 5 * v}) {
        for (int out : new int[] {8, 10, 9, v + 2, 2 * v, 2 * v + 3, 3, 1}) {
          for (int m : new int[] {v, 3 * v, 5 * v, 240}) {
            if (out - out % v < 8 || (out - out % v) % 8 != 0) {
              continue; // applies() is false: the layers' pass
            }
            int stride = m + (cases % 2) * v;
            int xOff = 3;
            float[] x = new float[xOff + in * stride];
            for (int i = 0; i < x.length; i++) {
              x[i] = i % 17 == 0 ? 0f : i % 19 == 0 ? -0f : i % 23 == 0 ? 3e4f : (float) r.nextGaussian();
            }
            int w1 = 2;
            int w2 = w1 + in * hidden + 1;
            int b2 = w2 + hidden * out;
            float[] w = new float[b2 + out + 4];
            for (int i = 0; i < w.length; i++) {
              w[i] = (float) (0.3 * r.nextGaussian());
            }
            float[] b1 = new float[hidden + 5];
            for (int i = 0; i < b1.length; i++) {
              b1[i] = (float) r.nextGaussian();
            }
            int yOff = 1;
            float[] h = new float[hidden * stride];
            float[] layers = new float[yOff + out * stride];
            FloatLaneDense.forward(x, xOff, in, w, w1, b1, 4, h, 0, hidden, m, stride, Activation.RELU,
                FloatLaneDense.Narrow.TILES);
            FloatLaneDense.forward(h, 0, hidden, w, w2, w, b2, layers, yOff, out, m, stride, Activation.IDENTITY,
                FloatLaneDense.Narrow.TILES);
            float[] fused = new float[yOff + out * stride];
            FloatLaneOneHidden.forward(x, xOff, in, w, w1, b1, 4, new float[hidden * stride], hidden, w2, b2, fused,
                yOff, out, m, stride);
            for (int j = 0; j < out; j++) {
              for (int row = 0; row < m; row++) {
                int o = yOff + j * stride + row;
                assertEquals(Float.floatToRawIntBits(layers[o]), Float.floatToRawIntBits(fused[o]),
                    "in " + in + ", hidden " + hidden + ", out " + out + ", rows " + m + ", output " + j + ", row " + row);
              }
            }
            cases++;
          }
        }
      }
    }
    assertTrue(cases >= 5 * 5 * 3 * 4, "cases compared: " + cases);
  }

  /** Where the layer-by-layer pass orders some element otherwise (or the hidden layer is not ReLU), it is not used. */
  @Test
  void appliesOnlyWhereItIsTheSameBits() {
    int v = FloatLaneDense.lanes();
    Parameters p = new Parameters(org.inversesuite.core.tensor.Precision.FLOAT32);
    Mlp oneLayer = new Mlp(p, "a", 9, 10, MlpConfig.of(6 * v, 1, Activation.RELU), OutputInit.ZERO);
    assertEquals(v == 8, FloatLaneOneHidden.applies(oneLayer, 5), "10 outputs: 8 wide with 8 lanes, none with 16");
    assertFalse(FloatLaneOneHidden.applies(new Mlp(p, "e", 9, 5, MlpConfig.of(6 * v, 1, Activation.RELU),
        OutputInit.ZERO), 5), "no wide output");
    assertFalse(FloatLaneOneHidden.applies(oneLayer, FloatLaneOneHidden.SMALL + 1), "more inputs than it holds");
    assertFalse(FloatLaneOneHidden.applies(new Mlp(p, "b", 9, 10, MlpConfig.of(6 * v + 1, 1, Activation.RELU),
        OutputInit.ZERO), 5), "hidden units in FloatGemmNt's order");
    assertFalse(FloatLaneOneHidden.applies(new Mlp(p, "c", 9, 10, MlpConfig.of(6 * v, 1, Activation.TANH),
        OutputInit.ZERO), 5), "not ReLU");
    assertFalse(FloatLaneOneHidden.applies(new Mlp(p, "d", 9, 10, MlpConfig.of(6 * v, 2, Activation.RELU),
        OutputInit.ZERO), 5), "two hidden layers");
  }

  @Test
  void refusesMoreInputsThanItHolds() {
    assertThrows(IllegalArgumentException.class, () -> FloatLaneOneHidden.forward(new float[64], 0,
        FloatLaneOneHidden.SMALL + 1, new float[1000], 0, new float[8], 0, new float[64], 8, 0, 0, new float[64], 0, 8,
        FloatLaneDense.lanes(), FloatLaneDense.lanes()));
  }
}
