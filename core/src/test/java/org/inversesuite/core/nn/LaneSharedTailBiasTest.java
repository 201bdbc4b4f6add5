package org.inversesuite.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.FloatMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

/**
 * {@link LaneSharedTailBias#of} (docs/astro.md run 30) gives the same bits as {@link Mlp#sharedTailBias} on float32
 * parameters: hidden widths that are whole lanes or leave a remainder (48, 50, 3, 1), 1 to 40 condition columns,
 * 0 to 5 per-row columns, conditions with zeros, signed zeros and large values.
 */
class LaneSharedTailBiasTest {
  @Test
  void equalsTheScalarSumBitForBit() {
    Rng rng = new Rng(13);
    int compared = 0;
    for (int hidden : new int[] {48, 50, 3, 1}) {
      for (int shared : new int[] {1, 7, 32, 40}) {
        for (int k = 0; k <= 5; k += 5) {
          Parameters p = new Parameters(Precision.FLOAT32);
          Mlp mlp = new Mlp(p, "net", k + shared, 8, MlpConfig.of(hidden, 1, Activation.RELU), OutputInit.ZERO);
          p.initialise(new Rng(hidden + shared));
          Matrix values = p.values();
          for (int i = 0; i < values.size(); i++) {
            values.set(i, rng.gaussian() * Math.exp(3 * rng.gaussian()));
          }
          Matrix c = Matrix.zeros(Precision.FLOAT64, 1, shared);
          for (int q = 0; q < shared; q++) {
            c.set(0, q, q % 5 == 0 ? 0.0 : q % 7 == 0 ? -0.0 : q % 11 == 0 ? 1e30 : rng.gaussian());
          }
          double[] expected = mlp.sharedTailBias(values, c, k);
          double[] got = LaneSharedTailBias.of(mlp, ((FloatMatrix) values).data(), c, k);
          for (int j = 0; j < hidden; j++) {
            assertEquals(Double.doubleToRawLongBits(expected[j]), Double.doubleToRawLongBits(got[j]),
                "hidden " + hidden + ", shared " + shared + ", k " + k + ", output " + j);
            compared++;
          }
        }
      }
    }
    assertEquals(2 * 4 * (48 + 50 + 3 + 1), compared);
  }
}
