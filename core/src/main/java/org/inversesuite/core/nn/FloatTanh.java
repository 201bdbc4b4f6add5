package org.inversesuite.core.nn;

/**
 * {@code (float) Math.tanh(u)} of a float, bit for bit, about five times faster: Java 17's
 * {@code Math.tanh} is the fdlibm routine in Java (no intrinsic, ~45 ns), while {@code Math.exp}
 * is a HotSpot intrinsic. With a = |u|,
 *
 * <pre>
 *   t = 1 − 2 / (exp(2a) + 1)   (in double),     tanh(u) = sign(u) · tanh(a),
 * </pre>
 *
 * and t is used only when rounding it to float cannot differ from rounding {@code Math.tanh(a)}:
 * when {@code (float)(t − g) == (float)(t + g)} with g = 10⁻¹⁵. Why g suffices: exp is within
 * 1 ulp (its specification), so exp(2a) + 1 carries a relative error of at most 2⁻⁵² + 2⁻⁵³,
 * x = 2 / (exp(2a) + 1) ≤ 1 at most 2⁻⁵¹ (≤ 4.5·10⁻¹⁶ absolute), and 1 − x adds at most
 * 2⁻⁵⁴; {@code Math.tanh} is within 2.5 ulp of the true value (≤ 2.8·10⁻¹⁶ below 1). So
 * |t − Math.tanh(a)| ≤ 8.4·10⁻¹⁶ &lt; g, and rounding to nearest is monotone: both lie in
 * [t − g, t + g], which rounds to one float. Otherwise (|u| &lt; 1/256, where t would cancel;
 * NaN; the rare t within g of a rounding boundary, odds about 10⁻⁸) it returns
 * {@code (float) Math.tanh(u)} itself. fdlibm's tanh is odd, so the sign step is exact.
 */
final class FloatTanh {
  private static final double GUARD = 1e-15;
  private static final double SMALL = 1.0 / 256;

  private FloatTanh() {
  }

  /** @return {@code (float) Math.tanh(u)} */
  static float of(float u) {
    double a = Math.abs((double) u);
    if (a >= SMALL) {
      double t = 1 - 2 / (Math.exp(2 * a) + 1);
      float f = (float) t;
      if ((float) (t - GUARD) == f && (float) (t + GUARD) == f) {
        return u < 0 ? -f : f;
      }
    }
    return (float) Math.tanh(u);
  }

  /** {@code y[i] = (float) Math.tanh(y[i])} for {@code i < size}, in place. */
  static void apply(float[] y, int size) {
    for (int i = 0; i < size; i++) {
      y[i] = of(y[i]);
    }
  }
}
