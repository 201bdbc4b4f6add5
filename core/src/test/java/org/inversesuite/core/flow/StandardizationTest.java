package org.inversesuite.core.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.FloatMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.junit.jupiter.api.Test;

class StandardizationTest {
  /**
   * The float32-to-float64 path of {@link Standardization#invert} (on the arrays, docs/astro.md run 23) against the
   * element path (the same values read through get): the same bits, and μ + σ·u within rounding of the definition.
   */
  @Test
  void invertFromFloatIsBitForBitTheElementPath() {
    Rng r = new Rng(4);
    DoubleMatrix data = new DoubleMatrix(50, 7);
    for (int i = 0; i < data.size(); i++) {
      data.set(i, 100 * r.gaussian() + i % 7);
    }
    Standardization s = Standardization.fit(data);
    FloatMatrix u = new FloatMatrix(301, 7);
    DoubleMatrix same = new DoubleMatrix(301, 7);
    for (int i = 0; i < u.size(); i++) {
      u.set(i, 3 * r.gaussian());
      same.set(i, u.get(i));
    }
    Matrix fast = new DoubleMatrix(301, 7);
    Matrix slow = new DoubleMatrix(301, 7);
    s.invert(u, fast);
    s.invert(same, slow);
    Matrix back = new DoubleMatrix(301, 7);
    s.apply(fast, back);
    for (int i = 0; i < u.size(); i++) {
      assertEquals(Double.doubleToRawLongBits(slow.get(i)), Double.doubleToRawLongBits(fast.get(i)), "entry " + i);
      assertEquals(u.get(i), back.get(i), 1e-12 * (1 + Math.abs(u.get(i))), "round trip " + i);
    }
  }
}
