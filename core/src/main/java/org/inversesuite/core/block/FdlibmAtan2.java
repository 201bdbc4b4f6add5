package org.inversesuite.core.block;

/*
 * The algorithm and constants are those of fdlibm's e_atan2.c, whose notice is preserved here:
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
 * Developed at SunPro, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this software is freely granted,
 * provided that this notice is preserved.
 */

/**
 * atan2 in plain Java arithmetic: fdlibm 5.3's {@code e_atan2.c} (Sun Microsystems 1993), the algorithm behind
 * {@link StrictMath#atan2} (and {@link Math#atan2}, which delegates to it on JDK 17), transcribed operation for
 * operation over {@link FdlibmAtan}, so it returns the same bits for every pair of arguments
 * ({@code VectorAtan2Test}, which checks both). The general case is
 * \[ z = \operatorname{atan}(|y/x|), \qquad
 *    \operatorname{atan2}(y, x) = z,\ -z,\ \pi - (z - \pi_{lo}),\ (z - \pi_{lo}) - \pi \]
 * for the sign bits (x, y) = (+, +), (+, −), (−, +), (−, −); the special cases (a NaN, x = 1, y = ±0, x = ±0,
 * infinities, |y/x| beyond 2^±60 by the high words' exponent difference) are fdlibm's.
 *
 * <p>Why it exists: on JDK 17 {@code StrictMath.atan2} is a native call; this one is inlined with its caller
 * (the angle pairs' map back of many draws, {@code PairAngles}) and needs no vector code, so its cost does not
 * depend on whether C2 has compiled a Vector API kernel (docs/astro.md run 26).
 */
public final class FdlibmAtan2 {
  private static final double TINY = 1.0e-300;
  private static final double PI_O_4 = Double.longBitsToDouble(0x3FE921FB54442D18L);
  private static final double PI_O_2 = Double.longBitsToDouble(0x3FF921FB54442D18L);
  private static final double PI = Double.longBitsToDouble(0x400921FB54442D18L);
  private static final double PI_LO = Double.longBitsToDouble(0x3CA1A62633145C07L);

  private FdlibmAtan2() {
  }

  /** @return atan2(y, x), bit for bit {@link StrictMath#atan2}(y, x) */
  public static double atan2(double y, double x) {
    long bx = Double.doubleToRawLongBits(x);
    long by = Double.doubleToRawLongBits(y);
    int hx = (int) (bx >>> 32);
    int lx = (int) bx;
    int hy = (int) (by >>> 32);
    int ly = (int) by;
    int ix = hx & 0x7fffffff;
    int iy = hy & 0x7fffffff;
    if ((ix | ((lx | -lx) >>> 31)) > 0x7ff00000 || (iy | ((ly | -ly) >>> 31)) > 0x7ff00000) { // x or y is NaN
      return x + y;
    }
    if (((hx - 0x3ff00000) | lx) == 0) { // x = 1.0
      return FdlibmAtan.atan(y);
    }
    int m = ((hy >> 31) & 1) | ((hx >> 30) & 2); // 2 sign(x) + sign(y)
    if ((iy | ly) == 0) { // y = ±0
      switch (m) {
        case 0:
        case 1:
          return y;
        case 2:
          return PI + TINY;
        default:
          return -PI - TINY;
      }
    }
    if ((ix | lx) == 0) { // x = ±0
      return hy < 0 ? -PI_O_2 - TINY : PI_O_2 + TINY;
    }
    if (ix == 0x7ff00000) { // x = ±∞
      if (iy == 0x7ff00000) {
        switch (m) {
          case 0:
            return PI_O_4 + TINY;
          case 1:
            return -PI_O_4 - TINY;
          case 2:
            return 3.0 * PI_O_4 + TINY;
          default:
            return -3.0 * PI_O_4 - TINY;
        }
      }
      switch (m) {
        case 0:
          return 0.0;
        case 1:
          return -0.0;
        case 2:
          return PI + TINY;
        default:
          return -PI - TINY;
      }
    }
    if (iy == 0x7ff00000) { // y = ±∞
      return hy < 0 ? -PI_O_2 - TINY : PI_O_2 + TINY;
    }
    int k = (iy - ix) >> 20;
    double z;
    if (k > 60) { // |y/x| > 2^60
      z = PI_O_2 + 0.5 * PI_LO;
    } else if (hx < 0 && k < -60) { // |y|/x < -2^60
      z = 0.0;
    } else {
      z = FdlibmAtan.atan(Math.abs(y / x));
    }
    switch (m) {
      case 0:
        return z;
      case 1:
        return -z;
      case 2:
        return PI - (z - PI_LO);
      default:
        return (z - PI_LO) - PI;
    }
  }
}
