package org.inversesuite.core.block;

/*
 * The algorithm and constants are those of fdlibm's e_atan2.c, whose notice is preserved here:
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
 * Developed at SunPro, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this software is freely granted,
 * provided that this notice is preserved.
 */

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * atan2(y, x) over arrays, the same bits as {@link Math#atan2} (on JDK 17 {@code StrictMath.atan2}, fdlibm 5.3's
 * {@code e_atan2.c}, Sun Microsystems 1993, a native call per element) for every pair of arguments. fdlibm's
 * general case is
 * \[ z = \operatorname{atan}(|y/x|), \qquad
 *    \operatorname{atan2}(y, x) = \begin{cases} z & x &gt; 0,\ y &gt; 0 \\ -z & x &gt; 0,\ y &lt; 0 \\
 *    \pi - (z - \pi_{lo}) & x &lt; 0,\ y &gt; 0 \\ (z - \pi_{lo}) - \pi & x &lt; 0,\ y &lt; 0 \end{cases} \]
 * (signs read from the sign bits, π_lo = π − fl(π)), taken when 2⁻⁶⁰ ≲ |y/x| ≲ 2⁶⁰. Here the quotient, the sign
 * cases and the subtractions run over the vector lanes and atan(|y/x|) is {@link VectorAtan} (fdlibm's
 * {@code s_atan.c} lane by lane, bit for bit), so every lane of the general case gets fdlibm's operations in
 * fdlibm's order. Every other lane (x or y zero, infinite or NaN, x = 1, or |y/x| outside (2⁻⁵⁸, 2⁵⁸), a margin
 * inside fdlibm's own exponent test k = ⌊(e_y − e_x)⌋ ∈ [−60, 60] on the high words) is recomputed by
 * {@link Math#atan2} itself. {@code VectorAtan2Test} compares it with {@link Math#atan2} bit for bit.
 */
public final class VectorAtan2 {
  /** The lanes: n must be a multiple of this species' length. */
  public static final VectorSpecies<Double> SPECIES = VectorAtan.SPECIES;
  private static final double PI = Double.longBitsToDouble(0x400921FB54442D18L);
  private static final double PI_LO = Double.longBitsToDouble(0x3CA1A62633145C07L);
  /** |y/x| inside (2⁻⁵⁸, 2⁵⁸) is fdlibm's general case (its exponent difference k lies in [−59, 58]). */
  private static final double LOW = 0x1p-58;
  private static final double HIGH = 0x1p58;

  private VectorAtan2() {
  }

  /**
   * out[i] = atan2(y[i], x[i]) for i &lt; n, bit for bit {@link Math#atan2}.
   *
   * @param t scratch of at least n (|y/x|)
   * @param work scratch of at least n
   * @param n a multiple of {@link #SPECIES}' length
   */
  public static void atan2(double[] y, double[] x, double[] out, double[] t, double[] work, int n) {
    int l = SPECIES.length();
    if (n % l != 0) {
      throw new IllegalArgumentException(n + " lanes are not a multiple of " + l);
    }
    for (int i = 0; i < n; i += l) {
      DoubleVector.fromArray(SPECIES, y, i).div(DoubleVector.fromArray(SPECIES, x, i)).abs().intoArray(t, i);
    }
    VectorAtan.atan(t, out, work, n);
    DoubleVector pi = DoubleVector.broadcast(SPECIES, PI);
    for (int i = 0; i < n; i += l) {
      DoubleVector z = DoubleVector.fromArray(SPECIES, out, i);
      // fdlibm's m = 2 sign(x) + sign(y) reads the sign bits; ±0 and NaN are the scalar lanes, so here sign = "< 0"
      VectorMask<Double> yNeg = DoubleVector.fromArray(SPECIES, y, i).compare(VectorOperators.LT, 0.0);
      VectorMask<Double> xNeg = DoubleVector.fromArray(SPECIES, x, i).compare(VectorOperators.LT, 0.0);
      DoubleVector shifted = z.sub(PI_LO);
      DoubleVector right = z.blend(z.neg(), yNeg);
      DoubleVector left = pi.sub(shifted).blend(shifted.sub(pi), yNeg);
      right.blend(left, xNeg).intoArray(out, i);
    }
    for (int i = 0; i < n; i++) { // the lanes outside fdlibm's general case (none for ordinary draws)
      double q = t[i];
      if (!(q > LOW && q < HIGH) || x[i] == 1.0) {
        out[i] = Math.atan2(y[i], x[i]);
      }
    }
  }
}
