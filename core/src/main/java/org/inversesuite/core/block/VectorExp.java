package org.inversesuite.core.block;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * e^x of every lane of a {@link DoubleVector} for |x| ≤ {@value #LIMIT}, within 2 ulp of {@link Math#exp}
 * (not the same bits): Cody–Waite reduction x = n ln 2 + r with n = rint(x / ln 2) (the 1.5·2⁵² rounding
 * constant), |r| ≤ ln 2 / 2, ln 2 split into a high part with 21 trailing zero bits and a low part
 * (fdlibm's {@code e_exp.c} constants), then the Taylor polynomial of degree 13 in Horner form with fused
 * multiply-adds (truncation below 0.35¹⁴/14! ≈ 5·10⁻¹⁸ relative), and 2ⁿ built in the exponent field.
 * See Cody &amp; Waite, Software Manual for the Elementary Functions (1980), ch. 6.
 *
 * <p>Only IEEE fused multiply-adds, additions, multiplications, integer adds and shifts: the result
 * does not depend on the JIT tier (docs/reproducibility.md), unlike the Vector API's lane-wise
 * {@code EXP}. {@code VectorExpTest} bounds the error against {@link Math#exp}. Arguments outside
 * ±{@value #LIMIT} are the caller's to avoid (the scale 2ⁿ would leave the normal range).
 */
public final class VectorExp {
  /** Largest |x| accepted: 2ⁿ stays a normal double. */
  public static final double LIMIT = 700;
  private static final double INV_LN2 = 1.44269504088896338700e+00;
  private static final double LN2_HI = 6.93147180369123816490e-01;
  private static final double LN2_LO = 1.90821492927058770002e-10;
  private static final double ROUND = 0x1.8p52;
  private static final double[] C = new double[14];
  private static final VectorSpecies<Double> S = VectorAtan.SPECIES;
  /** The lanes of one vector: {@link #exp} takes whole vectors. */
  public static final int LANES = S.length();

  static {
    double f = 1;
    for (int k = 0; k < C.length; k++) {
      f = k == 0 ? 1 : f * k;
      C[k] = 1 / f;
    }
  }

  private static final double C0 = C[0];
  private static final double C1 = C[1];
  private static final double C2 = C[2];
  private static final double C3 = C[3];
  private static final double C4 = C[4];
  private static final double C5 = C[5];
  private static final double C6 = C[6];
  private static final double C7 = C[7];
  private static final double C8 = C[8];
  private static final double C9 = C[9];
  private static final double C10 = C[10];
  private static final double C11 = C[11];
  private static final double C12 = C[12];
  private static final double C13 = C[13];

  private VectorExp() {
  }

  /**
   * out[i] = e^{x[i]} for i &lt; n, |x[i]| ≤ {@value #LIMIT}; one loop whose body calls only the Vector API
   * (as {@link VectorAtan#atan}, why). x and out may be the same array.
   *
   * @param n a multiple of {@link VectorAtan#SPECIES}' length
   */
  public static void exp(double[] x, double[] out, int n) {
    if (n % S.length() != 0) {
      throw new IllegalArgumentException(n + " lanes are not a multiple of " + S.length());
    }
    DoubleVector ln2Hi = DoubleVector.broadcast(S, -LN2_HI);
    DoubleVector ln2Lo = DoubleVector.broadcast(S, -LN2_LO);
    for (int i = 0; i < n; i += S.length()) {
      DoubleVector v = DoubleVector.fromArray(S, x, i);
      DoubleVector t = v.mul(INV_LN2).add(ROUND);
      DoubleVector k = t.sub(ROUND);
      DoubleVector r = k.fma(ln2Hi, v);
      r = k.fma(ln2Lo, r);
      // Horner, c₁₃ down to c₀, written out (a loop over C[j] ran partly on the Vector API's Java fallback in a
      // JDK 17 profile, docs/astro.md run 20): the same operations in the same order
      DoubleVector p = DoubleVector.broadcast(S, C13);
      p = p.fma(r, DoubleVector.broadcast(S, C12));
      p = p.fma(r, DoubleVector.broadcast(S, C11));
      p = p.fma(r, DoubleVector.broadcast(S, C10));
      p = p.fma(r, DoubleVector.broadcast(S, C9));
      p = p.fma(r, DoubleVector.broadcast(S, C8));
      p = p.fma(r, DoubleVector.broadcast(S, C7));
      p = p.fma(r, DoubleVector.broadcast(S, C6));
      p = p.fma(r, DoubleVector.broadcast(S, C5));
      p = p.fma(r, DoubleVector.broadcast(S, C4));
      p = p.fma(r, DoubleVector.broadcast(S, C3));
      p = p.fma(r, DoubleVector.broadcast(S, C2));
      p = p.fma(r, DoubleVector.broadcast(S, C1));
      p = p.fma(r, DoubleVector.broadcast(S, C0));
      // the low bits of t hold k (t = 1.5·2⁵² + k exactly): (k + 1023) << 52 is 2ᵏ
      DoubleVector scale = t.reinterpretAsLongs().add(1023L).lanewise(VectorOperators.LSHL, 52L).reinterpretAsDoubles();
      p.mul(scale).intoArray(out, i);
    }
  }
}
