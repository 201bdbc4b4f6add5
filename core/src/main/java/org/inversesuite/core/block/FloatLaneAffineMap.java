package org.inversesuite.core.block;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The element-wise inverse map of an affine coupling with the ATAN clamp, {@code x = (z − t) · e^{−s}},
 * s = α · (0.636 · atan ŝ) (Ardizzone et al. 2019, "Guided image generation with conditional invertible neural
 * networks", eq. 3–4; {@link ClampActivation#ATAN}), in float32 over all the float lanes (16 with AVX-512,
 * twice {@link LaneAffineMap}'s double lanes), in two passes that call only the Vector API (why:
 * {@link VectorAtan#atan}):
 * <ul>
 *   <li>atan by one reduction, |ŝ| &gt; 1 to π/2 − atan(1/|ŝ|) (π/2 in a high and a low float part), and
 *       atan q = q + q·q²·P(q²) on [0, 1] with P of degree 7, a least-squares fit of the relative error
 *       (Lawson weights, near-minimax: 1.7e-8 relative in exact arithmetic, ~1e-7 in float, i.e. about
 *       1.5 float ulp), evaluated in Horner form with fused multiply-adds;</li>
 *   <li>e^y by Cody–Waite reduction y = k ln 2 + r, |r| ≤ ln 2 / 2 (ln 2 as fdlibm's {@code e_expf.c}
 *       high and low float parts), the Taylor polynomial of degree 7 (truncation 0.35⁸/8! ≈ 5·10⁻⁹, below a
 *       float ulp), and 2ᵏ built in the exponent field (Cody &amp; Waite 1980, ch. 6).</li>
 * </ul>
 * The result differs from the double map ({@link LaneAffineMap}, and the block's per-element map) by a few
 * float ulp: z − t and the product are rounded to float, and atan and exp are within ~2 ulp
 * ({@code FloatLaneAffineMapTest} bounds each). That is far below the flow's own float32 rounding (every
 * subnet output carries its products' rounding), so the draws are the same distribution; docs/astro.md run 20
 * measures the quality (C2ST, SBC) of both side by side. Only IEEE fma, add, mul, div, compares, blends,
 * integer adds and shifts: the result does not depend on the JIT tier (docs/reproducibility.md).
 */
final class FloatLaneAffineMap {
  static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
  private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_PREFERRED;
  private static final int L = SPECIES.length();
  /** Largest |y| for e^y: 2ᵏ stays a normal float. */
  static final float LIMIT = 80f;
  /** atan q / q − 1 = q² P(q²) on [0, 1]: P's coefficients, constant term first. */
  static final float[] ATAN = {-0.33333152532577515f, 0.19993773102760315f, -0.14211052656173706f,
      0.10665992647409439f, -0.07552185654640198f, 0.04321149364113808f, -0.016367686912417412f,
      0.0029206289909780025f};
  private static final float PIO2_HI = 1.5707963705062866f;
  private static final float PIO2_LO = -4.371139000186243e-8f;
  private static final float INV_LN2 = 1.4426950216e+00f;
  private static final float LN2_HI = 6.9314575195e-01f;
  private static final float LN2_LO = 1.4286067653e-06f;
  private static final float ROUND = 0x1.8p23f;

  private FloatLaneAffineMap() {
  }

  /** @return whether {@link #inverse} applies: the ATAN clamp with |s| ≤ |α| within the exp's range */
  static boolean applies(ClampActivation g, double alpha) {
    return g == ClampActivation.ATAN && Math.abs(alpha) < LIMIT && SPECIES.length() == INTS.length();
  }

  /**
   * {@code state[v0 + r] = (state[v0 + r] − t_r) · e^{−(α·(0.636·atan ŝ_r))}} in float for r &lt; m, with
   * ŝ_r = raw[s0 + r], t_r = raw[t0 + r]; the rows past the last whole vector per element in double
   * ({@link LaneAffineMap#reference}).
   *
   * @param work scratch of at least m floats
   */
  static void inverse(float[] raw, int s0, int t0, float[] state, int v0, int m, double alpha, float[] work) {
    int whole = m - m % L;
    minusScale(raw, s0, work, whole, (float) alpha);
    map(raw, t0, state, v0, work, whole);
    LaneAffineMap.reference(raw, s0 + whole, t0 + whole, state, v0 + whole, m - whole, ClampActivation.ATAN, alpha);
  }

  /** work[r] = −s = −((atan ŝ · 0.636) · α) in float. */
  static void minusScale(float[] raw, int s0, float[] work, int n, float alpha) {
    FloatVector one = FloatVector.broadcast(SPECIES, 1f);
    for (int r = 0; r < n; r += L) {
      FloatVector v = FloatVector.fromArray(SPECIES, raw, s0 + r);
      FloatVector a = v.abs();
      VectorMask<Float> big = a.compare(VectorOperators.GT, 1f);
      FloatVector q = a.blend(one.div(a), big);
      FloatVector t = q.mul(q);
      FloatVector p = FloatVector.broadcast(SPECIES, ATAN[7]);
      p = p.fma(t, FloatVector.broadcast(SPECIES, ATAN[6]));
      p = p.fma(t, FloatVector.broadcast(SPECIES, ATAN[5]));
      p = p.fma(t, FloatVector.broadcast(SPECIES, ATAN[4]));
      p = p.fma(t, FloatVector.broadcast(SPECIES, ATAN[3]));
      p = p.fma(t, FloatVector.broadcast(SPECIES, ATAN[2]));
      p = p.fma(t, FloatVector.broadcast(SPECIES, ATAN[1]));
      p = p.fma(t, FloatVector.broadcast(SPECIES, ATAN[0]));
      FloatVector at = q.mul(t).fma(p, q);
      at = at.blend(FloatVector.broadcast(SPECIES, PIO2_HI).sub(at.sub(PIO2_LO)), big);
      at = at.blend(at.neg(), v.compare(VectorOperators.LT, 0f));
      at.mul(0.636f).mul(alpha).neg().intoArray(work, r);
    }
  }

  /** state = (z − t) · e^{y} with y = work[r], e^y as in the class comment; z = 1, t = 0 gives e^y itself. */
  static void map(float[] raw, int t0, float[] state, int v0, float[] work, int n) {
    FloatVector ln2Hi = FloatVector.broadcast(SPECIES, -LN2_HI);
    FloatVector ln2Lo = FloatVector.broadcast(SPECIES, -LN2_LO);
    for (int r = 0; r < n; r += L) {
      FloatVector y = FloatVector.fromArray(SPECIES, work, r);
      FloatVector t = y.mul(INV_LN2).add(ROUND);
      FloatVector k = t.sub(ROUND);
      FloatVector f = k.fma(ln2Hi, y);
      f = k.fma(ln2Lo, f);
      FloatVector p = FloatVector.broadcast(SPECIES, 1f / 5040f);
      p = p.fma(f, FloatVector.broadcast(SPECIES, 1f / 720f));
      p = p.fma(f, FloatVector.broadcast(SPECIES, 1f / 120f));
      p = p.fma(f, FloatVector.broadcast(SPECIES, 1f / 24f));
      p = p.fma(f, FloatVector.broadcast(SPECIES, 1f / 6f));
      p = p.fma(f, FloatVector.broadcast(SPECIES, 0.5f));
      p = p.fma(f, FloatVector.broadcast(SPECIES, 1f));
      p = p.fma(f, FloatVector.broadcast(SPECIES, 1f));
      // the low bits of t hold k (t = 1.5·2²³ + k exactly): (k + 127) << 23 is 2ᵏ
      FloatVector scale = t.reinterpretAsInts().add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
      FloatVector z = FloatVector.fromArray(SPECIES, state, v0 + r);
      z.sub(FloatVector.fromArray(SPECIES, raw, t0 + r)).mul(p.mul(scale)).intoArray(state, v0 + r);
    }
  }
}
