package org.inversesuite.airfoil.solver;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The update y ← y − w·x over a run of a row-major array, written with the Vector API: the inner
 * loop of the solver's LU factorisation (rank-one updates, Golub &amp; Van Loan Alg. 3.4.1) and of
 * its Newton Jacobian I − D ∂μ/∂q ({@link NewtonSystem}). On JDK 17 the equivalent scalar loop over
 * offsets into flat arrays is not auto-vectorised (docs/performance.md); this one works on
 * {@code SPECIES.length()} entries per instruction. It multiplies and subtracts with two roundings,
 * exactly as the scalar loop: a fused multiply-add rounds once, and that last-bit difference was
 * enough to move the viscous solution of a sharp-trailing-edge section across a transition
 * station (C_d +1 % at Re 10⁶, XfoilComparisonTest). The scalar loop is the tests' reference.
 */
final class VectorAxpy {
  private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;

  private VectorAxpy() {}

  /** y[yOffset + j] −= w · x[xOffset + j] for j in [0, length). */
  static void subtractScaled(double[] y, int yOffset, double w, double[] x, int xOffset, int length) {
    int j = 0;
    int step = SPECIES.length();
    if (length >= step) {
      DoubleVector wv = DoubleVector.broadcast(SPECIES, w);
      for (int upper = SPECIES.loopBound(length); j < upper; j += step) {
        DoubleVector xv = DoubleVector.fromArray(SPECIES, x, xOffset + j);
        DoubleVector yv = DoubleVector.fromArray(SPECIES, y, yOffset + j);
        yv.sub(xv.mul(wv)).intoArray(y, yOffset + j);
      }
    }
    for (; j < length; j++) {
      y[yOffset + j] -= w * x[xOffset + j];
    }
  }
}
