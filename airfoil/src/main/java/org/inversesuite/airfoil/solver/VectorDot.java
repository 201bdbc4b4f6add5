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
 *
 * <p>On a machine whose preferred double vector has 8 lanes the same sums run as two 512-bit accumulators (p_0..7 and
 * p_8..15, folded into q_0..7 by one addition): a 256-bit species beside the preferred 512-bit one (of
 * {@link VectorAxpy} and the cINN's double kernels in {@code inverse airfoil design}) mixes two classes into the Vector
 * API's shared type profiles, and the JIT then compiles the other double kernels well or badly by the order it meets
 * them (docs/performance.md, "One species per element type").
 */
final class VectorDot {
  private static final boolean EIGHT_LANES = DoubleVector.SPECIES_PREFERRED.length() >= 8;
  private static final VectorSpecies<Double> WIDE = DoubleVector.SPECIES_512;
  private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_256;
  private static final int RUN = 4 * SPECIES.length();

  private VectorDot() {}

  /** Σ_{j &lt; length} a[aOffset + j] · x[j]. */
  static double dot(double[] a, int aOffset, double[] x, int length) {
    return EIGHT_LANES ? dotEightLanes(a, aOffset, x, length) : dotFourLanes(a, aOffset, x, length);
  }

  /** {@link #dot} with the 16 partial sums in two 8-lane accumulators: the same additions in the same order. */
  static double dotEightLanes(double[] a, int aOffset, double[] x, int length) {
    int j = 0;
    double sum = 0;
    if (length >= RUN) {
      DoubleVector s0 = DoubleVector.zero(WIDE);
      DoubleVector s1 = DoubleVector.zero(WIDE);
      for (int upper = length - RUN; j <= upper; j += RUN) {
        int o = aOffset + j;
        s0 = s0.add(DoubleVector.fromArray(WIDE, a, o).mul(DoubleVector.fromArray(WIDE, x, j)));
        s1 = s1.add(DoubleVector.fromArray(WIDE, a, o + 8).mul(DoubleVector.fromArray(WIDE, x, j + 8)));
      }
      DoubleVector q = s0.add(s1);
      sum += q.lane(0);
      sum += q.lane(1);
      sum += q.lane(2);
      sum += q.lane(3);
      sum += q.lane(4);
      sum += q.lane(5);
      sum += q.lane(6);
      sum += q.lane(7);
    }
    for (; j < length; j++) {
      sum += a[aOffset + j] * x[j];
    }
    return sum;
  }

  /** {@link #dot} with the 16 partial sums in four 4-lane accumulators. */
  static double dotFourLanes(double[] a, int aOffset, double[] x, int length) {
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
