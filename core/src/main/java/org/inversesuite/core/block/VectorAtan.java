package org.inversesuite.core.block;

/*
 * The algorithm and constants are those of fdlibm's s_atan.c, whose notice is preserved here:
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
 * arctan of every lane of a {@link DoubleVector}, the same bits as {@link FdlibmAtan#atan} (and so
 * {@code StrictMath.atan}) lane by lane: fdlibm 5.3's {@code s_atan.c} (Sun Microsystems 1993) with its
 * branches turned into blends. Every lane computes the reduced argument of its interval,
 * x' = (2|x| − 1)/(2 + |x|), (|x| − 1)/(|x| + 1), (|x| − 1.5)/(1 + 1.5|x|) or −1/|x| for the breakpoints
 * 7/16, 11/16, 19/16, 39/16 (x itself below 7/16), as one division of the blended numerator and
 * denominator (each candidate is the scalar code's expression, and x/1 = x), then the odd polynomial
 * atan(x') = x' − x'(z(a₀ + w(a₂ + …)) + w(a₁ + w(a₃ + …))), z = x'², w = z², with the same operations in
 * the same order (no fused multiply-add), and atan(c) added as its high and low parts. The special cases
 * (|x| &lt; 2⁻²⁹: x; |x| ≥ 2⁶⁶: ±π/2; NaN: x + x) are blended in at the end.
 *
 * <p>Only IEEE additions, multiplications, divisions, compares and blends: the result does not depend on
 * the JIT tier (docs/reproducibility.md). {@code VectorAtanTest} compares it with {@link FdlibmAtan} bit
 * for bit.
 */
final class VectorAtan {
  /** The lanes this kernel is compiled for: a constant species lets C2 replace the vector objects by registers. */
  static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
  // fdlibm's constants, shared with the scalar transcription
  private static final double[] HI = FdlibmAtan.ATAN_HI;
  private static final double[] LO = FdlibmAtan.ATAN_LO;
  private static final double A0 = FdlibmAtan.A0;
  private static final double A1 = FdlibmAtan.A1;
  private static final double A2 = FdlibmAtan.A2;
  private static final double A3 = FdlibmAtan.A3;
  private static final double A4 = FdlibmAtan.A4;
  private static final double A5 = FdlibmAtan.A5;
  private static final double A6 = FdlibmAtan.A6;
  private static final double A7 = FdlibmAtan.A7;
  private static final double A8 = FdlibmAtan.A8;
  private static final double A9 = FdlibmAtan.A9;
  private static final double A10 = FdlibmAtan.A10;

  private VectorAtan() {
  }

  /**
   * out[i] = atan(x[i]) for i &lt; n, bit for bit {@link FdlibmAtan#atan}. Four passes over the arrays, each a
   * loop whose body calls only the Vector API (no method of ours that takes or returns a vector): C2 on JDK 17
   * may refuse to inline a method of ours (its node count limit, or "already compiled into a big method"
   * when C1 compiled it first), and a vector that crosses such a call is boxed, every operation then
   * allocating; which happens depends on the order of compilations, so it varied from run to run.
   *
   * @param work scratch of at least n
   * @param n a multiple of {@link #SPECIES}' length
   */
  static void atan(double[] x, double[] out, double[] work, int n) {
    int l = SPECIES.length();
    if (n % l != 0) {
      throw new IllegalArgumentException(n + " lanes are not a multiple of " + l);
    }
    reduce(x, work, n);
    polynomial(work, out, n);
    combine(x, work, out, n);
    special(x, out, n);
  }

  /** work = x', the argument reduced to |x'| &lt; 7/16: the blended numerator over the blended denominator. */
  private static void reduce(double[] x, double[] work, int n) {
    DoubleVector one = DoubleVector.broadcast(SPECIES, 1.0);
    DoubleVector minusOne = DoubleVector.broadcast(SPECIES, -1.0);
    for (int i = 0; i < n; i += SPECIES.length()) {
      DoubleVector v = DoubleVector.fromArray(SPECIES, x, i);
      DoubleVector a = v.abs();
      VectorMask<Double> reduced = a.compare(VectorOperators.GE, 0.4375);
      VectorMask<Double> from11 = a.compare(VectorOperators.GE, 0.6875);
      VectorMask<Double> from19 = a.compare(VectorOperators.GE, 1.1875);
      VectorMask<Double> from39 = a.compare(VectorOperators.GE, 2.4375);
      DoubleVector num = v.blend(a.mul(2.0).sub(1.0), reduced).blend(a.sub(1.0), from11).blend(a.sub(1.5), from19)
          .blend(minusOne, from39);
      DoubleVector den = one.blend(a.add(2.0), reduced).blend(a.add(1.0), from11).blend(a.mul(1.5).add(1.0), from19)
          .blend(a, from39);
      num.div(den).intoArray(work, i);
    }
  }

  /** out = x'(s1 + s2), fdlibm's z(a₀ + w(a₂ + …)) + w(a₁ + w(a₃ + …)) with z = x'², w = z². */
  private static void polynomial(double[] work, double[] out, int n) {
    for (int i = 0; i < n; i += SPECIES.length()) {
      DoubleVector r = DoubleVector.fromArray(SPECIES, work, i);
      DoubleVector z = r.mul(r);
      DoubleVector w = z.mul(z);
      DoubleVector s1 = z.mul(w.mul(w.mul(w.mul(w.mul(w.mul(A10).add(A8)).add(A6)).add(A4)).add(A2)).add(A0));
      DoubleVector s2 = w.mul(w.mul(w.mul(w.mul(w.mul(A9).add(A7)).add(A5)).add(A3)).add(A1));
      r.mul(s1.add(s2)).intoArray(out, i);
    }
  }

  /** out = x' − x'(s1 + s2) below 7/16, else ±(atan(c)_hi − ((x'(s1 + s2) − atan(c)_lo) − x')). */
  private static void combine(double[] x, double[] work, double[] out, int n) {
    DoubleVector hi0 = DoubleVector.broadcast(SPECIES, HI[0]);
    DoubleVector hi1 = DoubleVector.broadcast(SPECIES, HI[1]);
    DoubleVector hi2 = DoubleVector.broadcast(SPECIES, HI[2]);
    DoubleVector hi3 = DoubleVector.broadcast(SPECIES, HI[3]);
    DoubleVector lo0 = DoubleVector.broadcast(SPECIES, LO[0]);
    DoubleVector lo1 = DoubleVector.broadcast(SPECIES, LO[1]);
    DoubleVector lo2 = DoubleVector.broadcast(SPECIES, LO[2]);
    DoubleVector lo3 = DoubleVector.broadcast(SPECIES, LO[3]);
    for (int i = 0; i < n; i += SPECIES.length()) {
      DoubleVector v = DoubleVector.fromArray(SPECIES, x, i);
      DoubleVector a = v.abs();
      DoubleVector r = DoubleVector.fromArray(SPECIES, work, i);
      DoubleVector rs = DoubleVector.fromArray(SPECIES, out, i);
      VectorMask<Double> from11 = a.compare(VectorOperators.GE, 0.6875);
      VectorMask<Double> from19 = a.compare(VectorOperators.GE, 1.1875);
      VectorMask<Double> from39 = a.compare(VectorOperators.GE, 2.4375);
      DoubleVector hi = hi0.blend(hi1, from11).blend(hi2, from19).blend(hi3, from39);
      DoubleVector lo = lo0.blend(lo1, from11).blend(lo2, from19).blend(lo3, from39);
      DoubleVector big = hi.sub(rs.sub(lo).sub(r));
      big = big.blend(big.neg(), v.compare(VectorOperators.LT, 0.0));
      r.sub(rs).blend(big, a.compare(VectorOperators.GE, 0.4375)).intoArray(out, i);
    }
  }

  /** The special cases blended into out: x for |x| &lt; 2⁻²⁹ (and ±0), ±π/2 for |x| ≥ 2⁶⁶, x + x for NaN. */
  private static void special(double[] x, double[] out, int n) {
    DoubleVector up = DoubleVector.broadcast(SPECIES, HI[3] + LO[3]);
    DoubleVector down = DoubleVector.broadcast(SPECIES, -HI[3] - LO[3]);
    for (int i = 0; i < n; i += SPECIES.length()) {
      DoubleVector v = DoubleVector.fromArray(SPECIES, x, i);
      DoubleVector a = v.abs();
      DoubleVector o = DoubleVector.fromArray(SPECIES, out, i);
      o = o.blend(v, a.compare(VectorOperators.LT, 0x1p-29));
      o = o.blend(up.blend(down, v.compare(VectorOperators.LT, 0.0)), a.compare(VectorOperators.GE, 0x1p66));
      o.blend(v.add(v), v.compare(VectorOperators.NE, v)).intoArray(out, i);
    }
  }
}
