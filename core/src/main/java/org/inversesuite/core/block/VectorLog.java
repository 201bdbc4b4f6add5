package org.inversesuite.core.block;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * ln x of every lane of a {@link DoubleVector} for positive, finite, normal x, within 1 ulp of {@link Math#log}
 * (not the same bits): fdlibm's {@code e_log.c} (Sun Microsystems, 1993) lane by lane. x = 2ᵏ m with
 * m ∈ [√2/2, √2) read from the exponent field, f = m − 1, s = f/(2 + f), and
 * \[ \ln x = k \ln 2 + f - \tfrac12 f^2 + s\,(\tfrac12 f^2 + R(s^2)), \]
 * R the degree-14 minimax polynomial in s of 2 atanh(s) − 2s (fdlibm's Lg1…Lg7, |error| &lt; 2⁻⁵⁸·⁴⁵), ln 2 split
 * into a high part exact in k·ln2_hi and a low part.
 *
 * <p>Only IEEE additions, multiplications, one division, compares, blends and integer shifts and masks: the
 * result does not depend on the JIT tier (docs/reproducibility.md), unlike the Vector API's lane-wise
 * {@code LOG}. {@code VectorLogTest} bounds the error against {@link Math#log}. Zero, negative, subnormal,
 * infinite and NaN lanes are the caller's to avoid (the result is then meaningless).
 */
public final class VectorLog {
  /** The lanes' species (that of {@link VectorAtan} and {@link VectorExp}). */
  public static final VectorSpecies<Double> SPECIES = VectorAtan.SPECIES;
  // the constants are public for a kernel that writes the logarithm out in its own loop (LaneBlendInverse, run 23)
  public static final double LN2_HI = 6.93147180369123816490e-01;
  public static final double LN2_LO = 1.90821492927058770002e-10;
  public static final double SQRT2 = 1.4142135623730951;
  public static final double LG1 = 6.666666666666735130e-01;
  public static final double LG2 = 3.999999999940941908e-01;
  public static final double LG3 = 2.857142874366239149e-01;
  public static final double LG4 = 2.222219843214978396e-01;
  public static final double LG5 = 1.818357216161805012e-01;
  public static final double LG6 = 1.531383769920937332e-01;
  public static final double LG7 = 1.479819860511658591e-01;
  /** 2⁵²: the bits 0x433… + e read as a double are 2⁵² + e exactly. */
  public static final double TWO52 = 0x1p52;
  public static final long MANTISSA = 0x000F_FFFF_FFFF_FFFFL;
  public static final long ONE_BITS = 0x3FF0_0000_0000_0000L;
  public static final long TWO52_BITS = 0x4330_0000_0000_0000L;

  private VectorLog() {
  }

  /** @return ln x lane by lane, x positive, finite and normal in every lane */
  public static DoubleVector log(DoubleVector x) {
    LongVector bits = x.reinterpretAsLongs();
    // the biased exponent e as the double 2⁵² + e, then k = e − 1023
    DoubleVector e = bits.lanewise(VectorOperators.LSHR, 52L).or(TWO52_BITS).reinterpretAsDoubles();
    DoubleVector k = e.sub(TWO52 + 1023);
    DoubleVector m = bits.and(MANTISSA).or(ONE_BITS).reinterpretAsDoubles();
    VectorMask<Double> high = m.compare(VectorOperators.GT, SQRT2);
    m = m.blend(m.mul(0.5), high);
    k = k.blend(k.add(1), high);
    DoubleVector f = m.sub(1);
    DoubleVector s = f.div(f.add(2));
    DoubleVector z = s.mul(s);
    DoubleVector w = z.mul(z);
    DoubleVector t1 = w.mul(w.mul(w.mul(LG6).add(LG4)).add(LG2));
    DoubleVector t2 = z.mul(w.mul(w.mul(w.mul(LG7).add(LG5)).add(LG3)).add(LG1));
    DoubleVector r = t2.add(t1);
    DoubleVector hfsq = f.mul(f).mul(0.5);
    // k ln2_hi − ((hfsq − (s (hfsq + R) + k ln2_lo)) − f), fdlibm's order
    DoubleVector inner = hfsq.sub(s.mul(hfsq.add(r)).add(k.mul(LN2_LO))).sub(f);
    return k.mul(LN2_HI).sub(inner);
  }

  /**
   * out[i] = ln x[i] for i &lt; n; x and out may be the same array.
   *
   * @param n a multiple of {@link #SPECIES}' length
   */
  public static void log(double[] x, double[] out, int n) {
    if (n % SPECIES.length() != 0) {
      throw new IllegalArgumentException(n + " lanes are not a multiple of " + SPECIES.length());
    }
    // log(DoubleVector)'s operations written out in the loop (docs/astro.md run 23): a caller of ours that takes a
    // vector is inlined by JDK 17's C2 only if it was not compiled on its own first, else every vector crossing the
    // call is boxed (run 17), which varied between JVM runs of the lane solve; the same operations, the same bits
    for (int i = 0; i < n; i += SPECIES.length()) {
      DoubleVector x0 = DoubleVector.fromArray(SPECIES, x, i);
      LongVector bits = x0.reinterpretAsLongs();
      DoubleVector e = bits.lanewise(VectorOperators.LSHR, 52L).or(TWO52_BITS).reinterpretAsDoubles();
      DoubleVector k = e.sub(TWO52 + 1023);
      DoubleVector m = bits.and(MANTISSA).or(ONE_BITS).reinterpretAsDoubles();
      VectorMask<Double> high = m.compare(VectorOperators.GT, SQRT2);
      m = m.blend(m.mul(0.5), high);
      k = k.blend(k.add(1), high);
      DoubleVector f = m.sub(1);
      DoubleVector s = f.div(f.add(2));
      DoubleVector z = s.mul(s);
      DoubleVector w = z.mul(z);
      DoubleVector t1 = w.mul(w.mul(w.mul(LG6).add(LG4)).add(LG2));
      DoubleVector t2 = z.mul(w.mul(w.mul(w.mul(LG7).add(LG5)).add(LG3)).add(LG1));
      DoubleVector r = t2.add(t1);
      DoubleVector hfsq = f.mul(f).mul(0.5);
      DoubleVector inner = hfsq.sub(s.mul(hfsq.add(r)).add(k.mul(LN2_LO))).sub(f);
      k.mul(LN2_HI).sub(inner).intoArray(out, i);
    }
  }
}
