package org.inversesuite.core.block;

/*
 * The algorithm and constants are those of fdlibm's s_atan.c, whose notice is preserved here:
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
 * Developed at SunPro, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this software is freely granted,
 * provided that this notice is preserved.
 */

/**
 * arctan in plain Java arithmetic: fdlibm 5.3's {@code s_atan.c} (Sun Microsystems 1993), the
 * algorithm behind {@link StrictMath#atan}, transcribed operation for operation, so that it returns
 * the same bits as {@code StrictMath.atan} (and {@link Math#atan}, which delegates to it on JDK 17)
 * for every argument ({@code FdlibmAtanTest} compares them).
 *
 * <p>Why it exists: on JDK 17 {@code StrictMath.atan} is a native method (the Java port of fdlibm
 * came with JDK 21), and the affine couplings' soft clamp {@code s = α · 0.636 · atan(ŝ)} calls it
 * for every element of every coupling in training and sampling. A native call cannot be inlined or
 * scheduled with its neighbours; this one can, and it gives the same result.
 *
 * <p>Algorithm (fdlibm): reduce |x| to |x'| &lt; 7/16 with atan(x) = atan(c) + atan((x − c)/(1 + x c))
 * for c ∈ {0.5, 1, 1.5, ∞} (the breakpoints 7/16, 11/16, 19/16, 39/16), then
 * atan(x') = x' − x'·(z·(a₀ + w(a₂ + …)) + w(a₁ + w(a₃ + …))) with z = x'², w = z², an odd
 * minimax polynomial of degree 23; atan(c) is split in a high and a low part. Error below one ulp.
 * Only IEEE double additions, multiplications and divisions (no fused multiply-add), evaluated in
 * fdlibm's order: the result does not depend on the JIT tier.
 */
public final class FdlibmAtan {
  static final double[] ATAN_HI = {
      Double.longBitsToDouble(0x3FDDAC670561BB4FL), // atan(0.5) hi
      Double.longBitsToDouble(0x3FE921FB54442D18L), // atan(1.0) hi
      Double.longBitsToDouble(0x3FEF730BD281F69BL), // atan(1.5) hi
      Double.longBitsToDouble(0x3FF921FB54442D18L), // atan(inf) hi
  };
  static final double[] ATAN_LO = {
      Double.longBitsToDouble(0x3C7A2B7F222F65E2L),
      Double.longBitsToDouble(0x3C81A62633145C07L),
      Double.longBitsToDouble(0x3C7007887AF0CBBDL),
      Double.longBitsToDouble(0x3C91A62633145C07L),
  };
  static final double A0 = Double.longBitsToDouble(0x3FD555555555550DL);
  static final double A1 = Double.longBitsToDouble(0xBFC999999998EBC4L);
  static final double A2 = Double.longBitsToDouble(0x3FC24924920083FFL);
  static final double A3 = Double.longBitsToDouble(0xBFBC71C6FE231671L);
  static final double A4 = Double.longBitsToDouble(0x3FB745CDC54C206EL);
  static final double A5 = Double.longBitsToDouble(0xBFB3B0F2AF749A6DL);
  static final double A6 = Double.longBitsToDouble(0x3FB10D66A0D03D51L);
  static final double A7 = Double.longBitsToDouble(0xBFADDE2D52DEFD9AL);
  static final double A8 = Double.longBitsToDouble(0x3FA97B4B24760DEBL);
  static final double A9 = Double.longBitsToDouble(0xBFA2B4442C6A6C2FL);
  static final double A10 = Double.longBitsToDouble(0x3F90AD3AE322DA11L);
  private static final double ONE = 1.0;
  private static final double HUGE = 1.0e300;

  private FdlibmAtan() {
  }

  /** @return atan(x), bit for bit equal to {@link StrictMath#atan}(x) */
  public static double atan(double x) {
    int hx = (int) (Double.doubleToRawLongBits(x) >>> 32);
    int ix = hx & 0x7fffffff;
    int id;
    if (ix >= 0x44100000) { // |x| >= 2^66, or NaN
      if (ix > 0x7ff00000 || (ix == 0x7ff00000 && (int) Double.doubleToRawLongBits(x) != 0)) {
        return x + x; // NaN
      }
      return hx > 0 ? ATAN_HI[3] + ATAN_LO[3] : -ATAN_HI[3] - ATAN_LO[3];
    }
    if (ix < 0x3fdc0000) { // |x| < 0.4375
      if (ix < 0x3e200000 && HUGE + x > ONE) { // |x| < 2^-29
        return x;
      }
      id = -1;
    } else {
      x = Math.abs(x);
      if (ix < 0x3ff30000) { // |x| < 1.1875
        if (ix < 0x3fe60000) { // 7/16 <= |x| < 11/16
          id = 0;
          x = (2.0 * x - ONE) / (2.0 + x);
        } else { // 11/16 <= |x| < 19/16
          id = 1;
          x = (x - ONE) / (x + ONE);
        }
      } else if (ix < 0x40038000) { // |x| < 2.4375
        id = 2;
        x = (x - 1.5) / (ONE + 1.5 * x);
      } else { // 2.4375 <= |x| < 2^66
        id = 3;
        x = -1.0 / x;
      }
    }
    double z = x * x;
    double w = z * z;
    // the sum over i of a_i z^(i+1) split into odd and even polynomials
    double s1 = z * (A0 + w * (A2 + w * (A4 + w * (A6 + w * (A8 + w * A10)))));
    double s2 = w * (A1 + w * (A3 + w * (A5 + w * (A7 + w * A9))));
    if (id < 0) {
      return x - x * (s1 + s2);
    }
    z = ATAN_HI[id] - ((x * (s1 + s2) - ATAN_LO[id]) - x);
    return hx < 0 ? -z : z;
  }
}
