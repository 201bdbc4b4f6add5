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
final class VectorExp {
  /** Largest |x| accepted: 2ⁿ stays a normal double. */
  static final double LIMIT = 700;
  private static final double INV_LN2 = 1.44269504088896338700e+00;
  private static final double LN2_HI = 6.93147180369123816490e-01;
  private static final double LN2_LO = 1.90821492927058770002e-10;
  private static final double ROUND = 0x1.8p52;
  private static final double[] C = new double[14];
  private static final VectorSpecies<Double> S = VectorAtan.SPECIES;

  static {
    double f = 1;
    for (int k = 0; k < C.length; k++) {
      f = k == 0 ? 1 : f * k;
      C[k] = 1 / f;
    }
  }

  private VectorExp() {
  }

  /** @return e^x lane by lane, for |x| ≤ {@value #LIMIT}; lanes of {@link VectorAtan#SPECIES} (small methods, as there) */
  static DoubleVector exp(DoubleVector x) {
    DoubleVector t = x.mul(INV_LN2).add(ROUND);
    DoubleVector n = t.sub(ROUND);
    DoubleVector r = n.fma(DoubleVector.broadcast(S, -LN2_HI), x);
    r = n.fma(DoubleVector.broadcast(S, -LN2_LO), r);
    // the low bits of t hold n (t = 1.5·2⁵² + n exactly): (n + 1023) << 52 is 2ⁿ
    DoubleVector scale = t.reinterpretAsLongs().add(1023L).lanewise(VectorOperators.LSHL, 52L).reinterpretAsDoubles();
    return lowTerms(r, highTerms(r)).mul(scale);
  }

  /** @return c₁₃ r⁶ + … + c₇ in Horner form */
  private static DoubleVector highTerms(DoubleVector r) {
    DoubleVector p = DoubleVector.broadcast(S, C[13]);
    p = p.fma(r, DoubleVector.broadcast(S, C[12]));
    p = p.fma(r, DoubleVector.broadcast(S, C[11]));
    p = p.fma(r, DoubleVector.broadcast(S, C[10]));
    p = p.fma(r, DoubleVector.broadcast(S, C[9]));
    p = p.fma(r, DoubleVector.broadcast(S, C[8]));
    return p.fma(r, DoubleVector.broadcast(S, C[7]));
  }

  /** @return p r⁷ + c₆ r⁶ + … + c₀ in Horner form */
  private static DoubleVector lowTerms(DoubleVector r, DoubleVector p) {
    p = p.fma(r, DoubleVector.broadcast(S, C[6]));
    p = p.fma(r, DoubleVector.broadcast(S, C[5]));
    p = p.fma(r, DoubleVector.broadcast(S, C[4]));
    p = p.fma(r, DoubleVector.broadcast(S, C[3]));
    p = p.fma(r, DoubleVector.broadcast(S, C[2]));
    p = p.fma(r, DoubleVector.broadcast(S, C[1]));
    return p.fma(r, DoubleVector.broadcast(S, C[0]));
  }
}
