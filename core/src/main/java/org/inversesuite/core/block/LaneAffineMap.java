package org.inversesuite.core.block;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The element-wise inverse map of an affine coupling with the ATAN clamp over rows in the vector lanes
 * ({@link LaneCouplingInverse}): {@code x = (z − t) · e^{−s}}, s = α · (0.636 · atan(ŝ)) (Ardizzone et
 * al. 2019, "Guided image generation with conditional invertible neural networks", eq. 3–4; the clamp of
 * {@link ClampActivation#ATAN}), in double lane by lane, rounded to float.
 *
 * <p>Against the per-element reference ({@link #reference}: {@link ClampActivation#scale} and
 * {@link Math#exp} per element, the map before) the only difference is e^{−s}: atan is {@link VectorAtan}
 * (the same bits as {@link FdlibmAtan}), the products and the difference z − t are the same IEEE
 * operations, and e^{−s} is {@link VectorExp} (within 2 ulp of {@code Math.exp}). After the rounding to
 * float the two differ by at most one float ulp, and only where the double product lies within ~2⁻⁵²
 * relative of a float rounding boundary ({@code LaneAffineMapTest} bounds both).
 */
final class LaneAffineMap {
  private static final VectorSpecies<Double> D = VectorAtan.SPECIES;
  private static final VectorSpecies<Float> F = VectorSpecies.of(float.class,
      VectorShape.forBitSize(D.vectorBitSize() / 2));
  private static final int L = D.length();

  private LaneAffineMap() {
  }

  /** @return whether {@link #inverse} applies: the ATAN clamp with |s| ≤ α within {@link VectorExp}'s range */
  static boolean applies(ClampActivation g, double alpha) {
    return g == ClampActivation.ATAN && Math.abs(alpha) < VectorExp.LIMIT;
  }

  /**
   * {@code state[v0 + r] = (float) ((state[v0 + r] − t_r) · e^{−α·0.636·atan(ŝ_r)})} for r &lt; m, with
   * ŝ_r = raw[s0 + r], t_r = raw[t0 + r]; in passes over the scratch arrays, each a loop that calls only
   * the Vector API (as {@link VectorAtan#atan}, why).
   *
   * @param u scratch of at least m doubles (ŝ, then −s)
   * @param angle scratch of at least m doubles (atan ŝ, then e^{−s})
   * @param work scratch of at least m doubles
   */
  static void inverse(float[] raw, int s0, int t0, float[] state, int v0, int m, double alpha, double[] u,
      double[] angle, double[] work) {
    int whole = m - m % L;
    widen(raw, s0, u, whole);
    VectorAtan.atan(u, angle, work, whole);
    scale(angle, u, whole, alpha);
    VectorExp.exp(u, angle, whole);
    map(raw, t0, state, v0, whole, angle);
    reference(raw, s0 + whole, t0 + whole, state, v0 + whole, m - whole, ClampActivation.ATAN, alpha);
  }

  /** u[r] = ŝ_r in double. */
  private static void widen(float[] raw, int s0, double[] u, int n) {
    for (int r = 0; r < n; r += L) {
      ((DoubleVector) FloatVector.fromArray(F, raw, s0 + r).convertShape(VectorOperators.F2D, D, 0)).intoArray(u, r);
    }
  }

  /** minus[r] = −s = −(α · (0.636 · atan ŝ_r)), the clamp's operations in its order. */
  private static void scale(double[] angle, double[] minus, int n, double alpha) {
    for (int r = 0; r < n; r += L) {
      DoubleVector.fromArray(D, angle, r).mul(0.636).mul(alpha).neg().intoArray(minus, r);
    }
  }

  /** state = (z − t) e^{−s} with e^{−s} at factor[r], rounded to float. */
  private static void map(float[] raw, int t0, float[] state, int v0, int n, double[] factor) {
    for (int r = 0; r < n; r += L) {
      DoubleVector t = (DoubleVector) FloatVector.fromArray(F, raw, t0 + r).convertShape(VectorOperators.F2D, D, 0);
      DoubleVector z = (DoubleVector) FloatVector.fromArray(F, state, v0 + r).convertShape(VectorOperators.F2D, D, 0);
      DoubleVector x = z.sub(t).mul(DoubleVector.fromArray(D, factor, r));
      ((FloatVector) x.convertShape(VectorOperators.D2F, F, 0)).intoArray(state, v0 + r);
    }
  }

  /** The per-element map: {@link ClampActivation#scale} and {@link Math#exp} in double per element. */
  static void reference(float[] raw, int s0, int t0, float[] state, int v0, int m, ClampActivation g, double alpha) {
    for (int r = 0; r < m; r++) {
      double s = g.scale(raw[s0 + r], alpha);
      state[v0 + r] = (float) ((state[v0 + r] - (double) raw[t0 + r]) * Math.exp(-s));
    }
  }
}
