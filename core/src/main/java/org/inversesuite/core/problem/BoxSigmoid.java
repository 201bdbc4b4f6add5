package org.inversesuite.core.problem;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.inversesuite.core.block.VectorExp;

/**
 * The last step of a box's inverse logit over the vector lanes: with e = e^{−|t|},
 * g = e/(1 + e) (the logistic σ(−|t|)), x = b − (b − a) g for t ≥ 0 and a + (b − a) g otherwise, clamped to
 * [low, high] (Stan Reference Manual, "Constraint transforms", lower and upper bounded scalar). The same IEEE
 * operations in the same order as {@link BoundedTransform}'s per-element form, and division, multiplication,
 * subtraction, min and max are correctly rounded per lane, so every lane is the same bits as the scalar form for
 * finite t and e (a NaN lane is the caller's to redo). One loop whose body calls only the Vector API (docs/astro.md
 * run 17: kernels that pass vectors across calls ran boxed).
 */
final class BoxSigmoid {
  private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

  private BoxSigmoid() {
  }

  /**
   * out[i] = x(t[i], e[i]) for i &lt; n.
   *
   * @param n a multiple of {@link VectorExp#LANES}
   */
  static void apply(double[] t, double[] e, double a, double b, double low, double high, double[] out, int n) {
    if (n % S.length() != 0 || S.length() != VectorExp.LANES) {
      throw new IllegalArgumentException(n + " lanes are not a multiple of " + S.length());
    }
    double width = b - a;
    for (int i = 0; i < n; i += S.length()) {
      DoubleVector ev = DoubleVector.fromArray(S, e, i);
      DoubleVector g = ev.div(ev.add(1.0));
      DoubleVector share = g.mul(width);
      DoubleVector fromUpper = DoubleVector.broadcast(S, b).sub(share);
      DoubleVector fromLower = share.add(a);
      DoubleVector value = fromLower.blend(fromUpper, DoubleVector.fromArray(S, t, i).compare(VectorOperators.GE, 0.0));
      value.max(low).min(high).intoArray(out, i);
    }
  }
}
