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

  /**
   * Four updates y[o_q + j] −= w_q · x[xOffset + j] (q = 0 … 3) sharing one run of x, which is
   * loaded once for the four: the same operations and roundings per entry as four calls of
   * {@link #subtractScaled}, with a quarter of the loads of x (the Jacobian's rows are
   * built four at a time).
   */
  static void subtractScaled4(double[] y, int o0, int o1, int o2, int o3, double w0, double w1, double w2,
      double w3, double[] x, int xOffset, int length) {
    int j = 0;
    int step = SPECIES.length();
    if (length >= step) {
      DoubleVector v0 = DoubleVector.broadcast(SPECIES, w0);
      DoubleVector v1 = DoubleVector.broadcast(SPECIES, w1);
      DoubleVector v2 = DoubleVector.broadcast(SPECIES, w2);
      DoubleVector v3 = DoubleVector.broadcast(SPECIES, w3);
      for (int upper = SPECIES.loopBound(length); j < upper; j += step) {
        DoubleVector xv = DoubleVector.fromArray(SPECIES, x, xOffset + j);
        DoubleVector.fromArray(SPECIES, y, o0 + j).sub(xv.mul(v0)).intoArray(y, o0 + j);
        DoubleVector.fromArray(SPECIES, y, o1 + j).sub(xv.mul(v1)).intoArray(y, o1 + j);
        DoubleVector.fromArray(SPECIES, y, o2 + j).sub(xv.mul(v2)).intoArray(y, o2 + j);
        DoubleVector.fromArray(SPECIES, y, o3 + j).sub(xv.mul(v3)).intoArray(y, o3 + j);
      }
    }
    for (; j < length; j++) {
      double xj = x[xOffset + j];
      y[o0 + j] -= w0 * xj;
      y[o1 + j] -= w1 * xj;
      y[o2 + j] -= w2 * xj;
      y[o3 + j] -= w3 * xj;
    }
  }

  /**
   * y[yOffset + j] ← (y[yOffset + j] − f · a[aOffset + j]) − g · b[bOffset + j]: two rank-one
   * updates of one run in one pass, with the roundings of two calls of {@link #subtractScaled}
   * in that order (the LU factorisation eliminates two columns per pass over its trailing rows).
   */
  static void subtractScaled2(double[] y, int yOffset, double f, double[] a, int aOffset, double g, double[] b,
      int bOffset, int length) {
    int j = 0;
    int step = SPECIES.length();
    if (length >= step) {
      DoubleVector fv = DoubleVector.broadcast(SPECIES, f);
      DoubleVector gv = DoubleVector.broadcast(SPECIES, g);
      for (int upper = SPECIES.loopBound(length); j < upper; j += step) {
        DoubleVector av = DoubleVector.fromArray(SPECIES, a, aOffset + j);
        DoubleVector bv = DoubleVector.fromArray(SPECIES, b, bOffset + j);
        DoubleVector.fromArray(SPECIES, y, yOffset + j).sub(av.mul(fv)).sub(bv.mul(gv)).intoArray(y, yOffset + j);
      }
    }
    for (; j < length; j++) {
      double v = y[yOffset + j] - f * a[aOffset + j];
      y[yOffset + j] = v - g * b[bOffset + j];
    }
  }
}
