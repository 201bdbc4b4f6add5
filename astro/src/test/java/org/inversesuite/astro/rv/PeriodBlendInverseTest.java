package org.inversesuite.astro.rv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The PEAK_BLEND inverse, a Halley solve since docs/astro.md run 20, against the Newton solve before it, kept
 * here as the reference (run 16's operations; run 17's shared square root gave the same bits): P agrees to the
 * solves' 1e-15 tolerance in Δ = ln P − ln P̂ (|Δ| ≤ 12 here, so ~2e-14 relative in P at most), and the
 * forward map of the inverse returns u, for u over the flow's range, both zooms, and peak widths from 1e-4 to 1.
 */
class PeriodBlendInverseTest {
  private static double asinh(double v) {
    double a = Math.abs(v);
    double r = a > 1e8 ? Math.log(2 * a) : Math.log(a + Math.sqrt(a * a + 1));
    return Math.copySign(r, v);
  }

  private static double blend(double delta, double width, double zoom) {
    return delta / PeriodCoordinate.BLEND_FAR_SCALE + zoom * asinh(delta / width);
  }

  /** The solve before run 17, operation for operation. */
  private static double unblendBefore(double u, double width, double zoom) {
    double w = PeriodCoordinate.BLEND_FAR_SCALE;
    double lo = Math.min(0, w * u);
    double hi = Math.max(0, w * u);
    double d = w * u / (1 + zoom * w / width);
    for (int i = 0; i < 200; i++) {
      double f = blend(d, width, zoom) - u;
      if (f == 0) {
        return d;
      }
      if (f < 0) {
        lo = d;
      } else {
        hi = d;
      }
      double s = d / width;
      double next = d - f / (1 / w + zoom / (width * Math.sqrt(1 + s * s)));
      if (!(next > lo && next < hi)) {
        next = 0.5 * (lo + hi);
      }
      if (Math.abs(next - d) <= 1e-15 * Math.max(1e-300, Math.abs(d)) || hi - lo <= 1e-15 * Math.abs(hi)) {
        return next;
      }
      d = next;
    }
    return d;
  }

  @Test
  void agreesWithTheNewtonSolveAndRoundTrips() {
    SplittableRandom r = new SplittableRandom(14);
    for (PeriodCoordinate c : new PeriodCoordinate[] {PeriodCoordinate.PEAK_BLEND, PeriodCoordinate.PEAK_BLEND_SOFT}) {
      for (int i = 0; i < 20000; i++) {
        double width = Math.exp(r.nextDouble(Math.log(1e-4), 0));
        PeriodReference ref = new PeriodReference(Math.exp(r.nextDouble(0, Math.log(1000))), width);
        double u = i % 2 == 0 ? r.nextDouble(-12, 12) : r.nextGaussian() * 0.1;
        double delta = unblendBefore(u, width, c.zoom());
        double expected = ref.period() * Math.exp(delta);
        double period = c.inverse(u, ref);
        assertEquals(expected, period, expected * (2e-15 * Math.max(1, Math.abs(delta)) + 4e-16),
            () -> c + " at u = " + u + ", w = " + width);
        assertEquals(u, c.forward(period, ref), 1e-13 * Math.max(1, Math.abs(u)) / Math.min(1, width),
            () -> c + " round trip at u = " + u + ", w = " + width);
      }
    }
  }
}
