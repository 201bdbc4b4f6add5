package org.inversesuite.airfoil.solver;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The dot product Σ_j a_j x_j over a run of a row-major array, written with the Vector API: the
 * mass-defect term D μ of the Newton residual ({@link NewtonSystem#residual}), evaluated once per
 * trial step of the line search.
 *
 * <p>The order of the additions is fixed, whatever the machine's vector width: runs of 16 entries
 * go to 16 partial sums p_r (r = j mod 16, four 256-bit accumulators of four lanes), which are
 * folded as q_l = p_l + p_{l+8} (l = 0 … 7) and added in lane order ((q_0 + q_1) + …) + q_7; the
 * entries after the last full run are added one by one. That is the rounding an 8-lane (AVX-512)
 * reduction of two accumulators gives, written so that a 4-lane (AVX2) machine computes it too.
 * With {@code SPECIES_PREFERRED} the sum depended on the width, and that last-bit difference
 * decided whether a marginal viscous solve converged (PolarSweepTest passed on AVX-512 and failed
 * on AVX2): a solver's answer must not depend on the CPU it runs on. The sequential loop is the
 * tests' reference.
 */
final class VectorDot {
  private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_256;
  private static final int RUN = 4 * SPECIES.length();

  private VectorDot() {}

  /** Σ_{j &lt; length} a[aOffset + j] · x[j]. */
  static double dot(double[] a, int aOffset, double[] x, int length) {
    int j = 0;
    double sum = 0;
    int step = SPECIES.length();
    if (length >= RUN) {
      DoubleVector s0 = DoubleVector.zero(SPECIES);
      DoubleVector s1 = DoubleVector.zero(SPECIES);
      DoubleVector s2 = DoubleVector.zero(SPECIES);
      DoubleVector s3 = DoubleVector.zero(SPECIES);
      for (int upper = length - RUN; j <= upper; j += RUN) {
        int o = aOffset + j;
        s0 = s0.add(DoubleVector.fromArray(SPECIES, a, o).mul(DoubleVector.fromArray(SPECIES, x, j)));
        s1 = s1.add(DoubleVector.fromArray(SPECIES, a, o + step).mul(DoubleVector.fromArray(SPECIES, x, j + step)));
        s2 = s2.add(DoubleVector.fromArray(SPECIES, a, o + 2 * step)
            .mul(DoubleVector.fromArray(SPECIES, x, j + 2 * step)));
        s3 = s3.add(DoubleVector.fromArray(SPECIES, a, o + 3 * step)
            .mul(DoubleVector.fromArray(SPECIES, x, j + 3 * step)));
      }
      DoubleVector low = s0.add(s2);
      DoubleVector high = s1.add(s3);
      // constant lane indices: lane(l) with a loop index is not intrinsified: 6-9 % of a polar (docs/airfoil.md, session 17)
      sum += low.lane(0);
      sum += low.lane(1);
      sum += low.lane(2);
      sum += low.lane(3);
      sum += high.lane(0);
      sum += high.lane(1);
      sum += high.lane(2);
      sum += high.lane(3);
    }
    for (; j < length; j++) {
      sum += a[aOffset + j] * x[j];
    }
    return sum;
  }
}
