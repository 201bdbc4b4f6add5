package org.inversesuite.airfoil.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts of the boundary-layer march (the tanh skipped where the e^N ramp is zero, the
 * closure constant in the separation secant, the gradient chaining over the non-zero range one
 * output at a time) against the plain computations they replaced: identical bit for bit, so the
 * solver's results do not move.
 */
class MarchShortcutTest {
  /**
   * Amplification.rate as it was before the shortcut: the reference (with the same tanh as the
   * rate, {@link Tanh}, which is compared with Math.tanh in TanhTest).
   */
  private static double referenceRate(double h, double theta, double reTheta) {
    double hk = Math.max(h, 1.05);
    double hmi = 1.0 / (hk - 1.0);
    double logCrit = (1.415 * hmi - 0.489) * Tanh.of(20.0 * hmi - 12.9) + 3.295 * hmi + 0.44;
    double r = (Math.log10(Math.max(reTheta, 1e-3)) - (logCrit - 0.08)) / (2 * 0.08);
    if (r <= 0) {
      return 0;
    }
    double ramp = r >= 1 ? 1 : r * r * (3 - 2 * r);
    double a = 2.4 * hk - 3.7 + 2.5 * Tanh.of(1.5 * hk - 4.65);
    double dndre = 0.01 * Math.sqrt(a * a + 0.25);
    double mPlusOneL = 0.5 * (0.058 * (hk - 4) * (hk - 4) * hmi - 0.068 + (6.54 * hk - 14.07) / (hk * hk));
    return Math.max(0, ramp * dndre * mPlusOneL / theta);
  }

  @Test
  void amplificationRateIsUnchangedAcrossTheCriticalReynoldsNumber() {
    int nonZero = 0;
    for (double h = 1.0; h <= 8; h += 0.0137) {
      for (double logRe = -4; logRe <= 6; logRe += 0.00731) {
        double reTheta = Math.pow(10, logRe);
        double expected = referenceRate(h, 2e-3, reTheta);
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(Amplification.rate(h, 2e-3, reTheta)),
            "H " + h + ", Re_theta " + reTheta);
        nonZero += expected > 0 ? 1 : 0;
      }
    }
    // both sides of the critical Reynolds number were visited
    assertEquals(true, nonZero > 1000);
    assertEquals(referenceRate(Double.NaN, 1e-3, 300), Amplification.rate(Double.NaN, 1e-3, 300));
    assertEquals(referenceRate(2.5, 1e-3, Double.NaN), Amplification.rate(2.5, 1e-3, Double.NaN));
  }

  @Test
  void secantSlopeAtMaximumShapeFactorEqualsTheFullSlopes() {
    Random r = new Random(3);
    double[] d = new double[2];
    for (int i = 0; i < 10_000; i++) {
      double theta = Math.exp(-4 - 8 * r.nextDouble());
      double u = 2 * r.nextDouble();
      double g = 20 * r.nextGaussian();
      double re = Math.pow(10, 4 + 3 * r.nextDouble());
      LaminarTwoEquation.slopes(theta, LaminarTwoEquation.MAX_H, u, g, re, d);
      assertEquals(Double.doubleToRawLongBits(d[0]),
          Double.doubleToRawLongBits(LaminarTwoEquation.thetaSlopeAtMaxH(theta, u, g, re)), "theta " + theta + ", u " + u);
    }
  }

  /** The chaining loop before the change: entry by entry, zero entries skipped. */
  private static void referenceChain(double[] partial, double[] src, double[][] next) {
    for (int i = 0; i < src.length; i++) {
      double gi = src[i];
      if (gi != 0) {
        for (int o = 0; o < next.length; o++) {
          next[o][i] += partial[o] * gi;
        }
      }
    }
  }

  @Test
  void gradientChainingEqualsTheEntryByEntryLoop() {
    Random r = new Random(11);
    int n = 157;
    for (int trial = 0; trial < 200; trial++) {
      double[][] expected = new double[6][n];
      double[][] actual = new double[6][n];
      // outputs the march does not need at a station are passed as null and skipped
      boolean skip = trial % 3 == 1;
      if (skip) {
        actual[3] = null;
        actual[5] = null;
      }
      for (int v = 0; v < 3; v++) {
        double[] partial = new double[6];
        for (int o = 0; o < 6; o++) {
          partial[o] = r.nextGaussian() * Math.pow(10, 6 * r.nextGaussian());
        }
        if (trial % 17 == 0) {
          partial[trial % 6] = trial % 2 == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        }
        double[] src = new double[n];
        int lo = r.nextInt(n);
        int hi = lo + r.nextInt(n - lo);
        for (int i = lo; i <= hi; i++) {
          double x = r.nextDouble();
          src[i] = x < 0.2 ? 0 : x < 0.25 ? -0.0 : r.nextGaussian();
        }
        referenceChain(partial, src, expected);
        BoundaryLayerMarch.chainState(partial, src, actual, n);
      }
      for (int o = 0; o < 6; o++) {
        if (actual[o] == null) {
          continue;
        }
        assertArrayEquals(bits(expected[o]), bits(actual[o]), "trial " + trial + ", output " + o);
      }
    }
  }

  private static long[] bits(double[] x) {
    long[] b = new long[x.length];
    for (int i = 0; i < x.length; i++) {
      b[i] = Double.doubleToRawLongBits(x[i]);
    }
    return b;
  }
  /**
   * The march skips the amplification input's finite difference on turbulent and wake intervals
   * (its partials would be exact zeros): valid only while those intervals do not read it.
   */
  @Test
  void turbulentAndWakeIntervalsDoNotReadTheAmplification() {
    Random r = new Random(9);
    double[] s = {0.1, 0.1 + 0.02, 0.1 + 0.05};
    StationStep step = new StationStep(1e6, 9, LaminarModel.TWO_EQUATION, s, new double[3], 2, Double.NaN);
    for (StationStep.Kind kind : new StationStep.Kind[] {StationStep.Kind.TURBULENT, StationStep.Kind.WAKE}) {
      for (int i = 0; i < 200; i++) {
        double theta = 1e-4 * (1 + 20 * r.nextDouble());
        double h = 1.3 + 2 * r.nextDouble();
        double[] in = {theta, theta * HeadEntrainment.h1(h), 0, 0.8 + 0.4 * r.nextDouble(), 0.8 + 0.4 * r.nextDouble(),
            0.8 + 0.4 * r.nextDouble(), 1};
        double[] a = new double[6];
        double[] b = new double[6];
        int substeps = 1 + r.nextInt(8);
        step.evaluate(2, kind, null, substeps, in, a);
        in[2] = 20 * r.nextDouble();
        step.evaluate(2, kind, null, substeps, in, b);
        assertArrayEquals(a, b, 0.0, kind + " case " + i);
      }
    }
  }
}
