package org.inversesuite.airfoil.solver;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The dot product Σ_j a_j x_j over a run of a row-major array, written with the Vector API: the
 * mass-defect term D μ of the Newton residual ({@link NewtonSystem#residual}), evaluated once per
 * trial step of the line search. The lanes hold partial sums that are added at the end, so the
 * rounding differs from the sequential loop (by a few ulps of the sum); the sequential loop is
 * the tests' reference.
 */
final class VectorDot {
  private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;

  private VectorDot() {}

  /** Σ_{j &lt; length} a[aOffset + j] · x[j]. */
  static double dot(double[] a, int aOffset, double[] x, int length) {
    int j = 0;
    double sum = 0;
    int step = SPECIES.length();
    if (length >= 2 * step) {
      DoubleVector s0 = DoubleVector.zero(SPECIES);
      DoubleVector s1 = DoubleVector.zero(SPECIES);
      for (int upper = length - 2 * step; j <= upper; j += 2 * step) {
        s0 = s0.add(DoubleVector.fromArray(SPECIES, a, aOffset + j).mul(DoubleVector.fromArray(SPECIES, x, j)));
        s1 = s1.add(DoubleVector.fromArray(SPECIES, a, aOffset + j + step)
            .mul(DoubleVector.fromArray(SPECIES, x, j + step)));
      }
      sum = s0.add(s1).reduceLanes(VectorOperators.ADD);
    }
    for (; j < length; j++) {
      sum += a[aOffset + j] * x[j];
    }
    return sum;
  }
}
