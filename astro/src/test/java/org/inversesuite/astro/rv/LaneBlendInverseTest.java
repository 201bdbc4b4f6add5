package org.inversesuite.astro.rv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The blend's inverse over the vector lanes ({@link PeriodCoordinate#inverse(double[], double[], int,
 * PeriodReference)}) against the scalar Halley solve, the reference: P agrees to the solve's tolerance (the bound
 * {@code PeriodBlendInverseTest} puts on the scalar solve against the Newton solve), the forward map returns u, and
 * the lanes repeat bit for bit from the first call to the 300th (after the JIT has compiled them: only IEEE
 * operations). Counts that leave a partial vector, lanes that stop at once (u = 0) beside lanes that take many
 * steps, both zooms, widths from 1e-4 to 1, and the coordinates the lanes do not serve (one at a time).
 */
class LaneBlendInverseTest {
  @Test
  void agreesWithTheScalarSolveRoundTripsAndRepeatsCompiled() {
    PeriodCoordinate[] coordinates = {PeriodCoordinate.PEAK_BLEND, PeriodCoordinate.PEAK_BLEND_SOFT,
        PeriodCoordinate.PEAK_BLEND_HARMONIC, PeriodCoordinate.PEAK_ASINH, PeriodCoordinate.PEAK_SHIFT};
    int[] counts = {1, 3, 7, 8, 13, 64, 203};
    double[][] first = new double[40][];
    for (int round = 0; round < 300; round++) {
      SplittableRandom rr = new SplittableRandom(21);
      for (int t = 0; t < first.length; t++) {
        PeriodCoordinate c = coordinates[t % coordinates.length];
        int n = counts[t % counts.length];
        double width = Math.exp(rr.nextDouble(Math.log(1e-4), 0));
        PeriodReference ref = new PeriodReference(Math.exp(rr.nextDouble(0, Math.log(1000))), width);
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
          u[i] = switch (i % 4) {
            case 0 -> rr.nextDouble(-12, 12);
            case 1 -> rr.nextGaussian() * 0.1;
            case 2 -> i % 8 == 2 ? 0 : rr.nextGaussian() * 1e-6;
            default -> rr.nextGaussian() * 3;
          };
        }
        double[] period = new double[n];
        c.inverse(u, period, n, ref);
        if (round == 0) {
          first[t] = period;
          for (int i = 0; i < n; i++) {
            double expected = c.inverse(u[i], ref);
            double delta = Math.log(expected / ref.period());
            double ui = u[i];
            if (c.zoom() == 0) { // not a blend: one at a time, the scalar inverse itself
              assertEquals(expected, period[i], 0, () -> c + " at u = " + ui);
              continue;
            }
            assertEquals(expected, period[i], expected * (2e-15 * Math.max(1, Math.abs(delta)) + 4e-16),
                () -> c + " at u = " + ui + ", w = " + width);
            assertEquals(u[i], c.forward(period[i], ref), 1e-13 * Math.max(1, Math.abs(u[i])) / Math.min(1, width),
                () -> c + " round trip at u = " + ui + ", w = " + width);
          }
        } else {
          for (int i = 0; i < n; i++) {
            assertTrue(Double.doubleToRawLongBits(first[t][i]) == Double.doubleToRawLongBits(period[i]),
                c + " at u = " + u[i] + " changed after warm-up");
          }
        }
      }
    }
  }

  /**
   * The solve with its stopping state as 0/1 vectors (docs/astro.md run 23) against run 21's solve with vector masks,
   * its reference: the same bits in every lane, for counts that leave a partial vector, lanes that stop at once
   * (u = 0), u far out (bisection steps), both zooms and widths from 1e-4 to 1, over 200 rounds (the JIT compiles
   * both on the way).
   */
  @Test
  void zeroOneStateIsBitForBitTheMaskSolve() {
    int[] counts = {1, 5, 8, 9, 16, 203, 1000};
    for (int round = 0; round < 200; round++) {
      SplittableRandom rr = new SplittableRandom(23 + round % 5);
      for (int t = 0; t < counts.length * 3; t++) {
        int n = counts[t % counts.length];
        double zoom = t % 2 == 0 ? PeriodCoordinate.PEAK_BLEND.zoom() : PeriodCoordinate.PEAK_BLEND_SOFT.zoom();
        double width = Math.exp(rr.nextDouble(Math.log(1e-4), 0));
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
          u[i] = switch (i % 5) {
            case 0 -> rr.nextDouble(-12, 12);
            case 1 -> rr.nextGaussian() * 0.7;
            case 2 -> i % 10 == 2 ? 0 : rr.nextGaussian() * 1e-6;
            case 3 -> rr.nextDouble(-1e3, 1e3);
            default -> rr.nextGaussian() * 3;
          };
        }
        double[] lanes = new double[n];
        double[] reference = new double[n];
        LaneBlendInverse.unblend(u, lanes, n, width, zoom);
        LaneBlendInverse.unblend(u, reference, n, width, zoom, true);
        for (int i = 0; i < n; i++) {
          int at = i;
          assertTrue(Double.doubleToRawLongBits(reference[i]) == Double.doubleToRawLongBits(lanes[i]),
              () -> "u = " + u[at] + ", w = " + width + ", zoom " + zoom + ": " + lanes[at] + " against "
                  + reference[at]);
        }
      }
    }
  }

  @Test
  void inPlaceGivesTheSameAsIntoAnotherArray() {
    PeriodReference ref = new PeriodReference(12.5, 0.01);
    double[] u = {-3, -0.2, 0, 0.05, 1.5, 7, 11.9, -11.9, 0.3};
    double[] out = new double[u.length];
    PeriodCoordinate.PEAK_BLEND.inverse(u, out, u.length, ref);
    double[] same = u.clone();
    PeriodCoordinate.PEAK_BLEND.inverse(same, same, same.length, ref);
    for (int i = 0; i < u.length; i++) {
      assertEquals(out[i], same[i], 0);
    }
  }
}
