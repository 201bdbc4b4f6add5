package org.inversesuite.astro.rv.periodogram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.inversesuite.astro.rv.RvObservationSet;
import org.inversesuite.core.random.Rng;
import org.junit.jupiter.api.Test;

/**
 * The generalised Lomb-Scargle periodogram against a direct evaluation of Zechmeister &amp;
 * Kürster's sums, its peak on noiseless sinusoids sampled at irregular epochs, the error bars as
 * weights, and the batched form against one set at a time.
 */
class GlsPeriodogramTest {
  private static final PeriodogramConfig GRID = PeriodogramConfig.defaults();

  /** n irregular epochs over 2000 d (sorted, uniform), y = γ + A sin(2π t/P + φ) + noise, errors in [1, 10]. */
  static RvObservationSet sinusoid(int n, double period, double noise, long seed) {
    Rng r = new Rng(seed);
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = 2000 * r.uniform() + 2_450_000;
    }
    Arrays.sort(t);
    double[] y = new double[n];
    double[] e = new double[n];
    double phase = 2 * Math.PI * r.uniform();
    for (int i = 0; i < n; i++) {
      e[i] = 1 + 9 * r.uniform();
      y[i] = 12 + 40 * Math.sin(2 * Math.PI * t[i] / period + phase) + noise * e[i] * r.gaussian();
    }
    return new RvObservationSet(t, y, e);
  }

  /** Eqs. 4-20 of Zechmeister & Kürster (2009), evaluated with Math.cos/sin at every frequency. */
  static double direct(RvObservationSet d, double f) {
    double w = 0;
    for (int i = 0; i < d.size(); i++) {
      w += 1 / (d.error(i) * d.error(i));
    }
    double y = 0, c = 0, s = 0, yy = 0, yc = 0, ys = 0, cc = 0, ss = 0, cs = 0;
    for (int i = 0; i < d.size(); i++) {
      double wi = 1 / (d.error(i) * d.error(i)) / w;
      double a = 2 * Math.PI * f * d.time(i);
      double co = Math.cos(a);
      double si = Math.sin(a);
      double v = d.velocity(i);
      y += wi * v;
      c += wi * co;
      s += wi * si;
      yy += wi * v * v;
      yc += wi * v * co;
      ys += wi * v * si;
      cc += wi * co * co;
      ss += wi * si * si;
      cs += wi * co * si;
    }
    yy -= y * y;
    yc -= y * c;
    ys -= y * s;
    cc -= c * c;
    ss -= s * s;
    cs -= c * s;
    double dd = cc * ss - cs * cs;
    return (ss * yc * yc + cc * ys * ys - 2 * cs * yc * ys) / (yy * dd);
  }

  private static int argmax(double[] p) {
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      if (p[k] > p[best]) {
        best = k;
      }
    }
    return best;
  }

  @Test
  void agreesWithTheDirectSumsAtEveryFrequency() {
    GlsPeriodogram gls = new GlsPeriodogram(GRID);
    for (int n : new int[] {10, 37, 200}) {
      RvObservationSet d = sinusoid(n, 17.3, 1.0, n);
      double[] p = gls.power(d);
      assertEquals(GRID.frequencies(), p.length);
      double worst = 0;
      for (int k = 0; k < p.length; k++) {
        worst = Math.max(worst, Math.abs(p[k] - direct(d, GRID.frequency(k))));
      }
      assertTrue(worst < 1e-8, n + " epochs: largest difference " + worst);
    }
  }

  @Test
  void peaksAtTheTruePeriodOfANoiselessSinusoidWithIrregularEpochs() {
    GlsPeriodogram gls = new GlsPeriodogram(GRID);
    PeriodogramFeatures features = new PeriodogramFeatures(GRID);
    double df = GRID.frequencyStep();
    for (double period : new double[] {1.37, 4.23, 29.7, 111.1, 380.0, 900.0, 2.9, 7.7, 55.5, 250, 600}) {
      RvObservationSet d = sinusoid(25, period, 0, (long) (period * 100));
      double[] p = gls.power(d);
      int k = argmax(p);
      assertTrue(Math.abs(GRID.frequency(k) - 1 / period) <= 0.5 * df, "P = " + period + ": peak at "
          + 1 / GRID.frequency(k) + " d");
      double[] f = features.features(d);
      double found = features.period(f[GRID.bins()]);
      assertTrue(Math.abs(1 / found - 1 / period) < 0.3 * df, "P = " + period + ": refined peak at " + found);
      assertEquals(p[k], f[GRID.bins() + 1], 0.0, "the first peak is the highest");
      assertTrue(f[GRID.bins() + 3] <= f[GRID.bins() + 1], "peaks sorted");
      int bin = Math.min(GRID.bins() - 1, (int) (features.position(GRID.frequency(k)) * GRID.bins()));
      assertEquals(p[k], f[bin], 1e-12, "the bin of the peak holds its power");
    }
  }

  @Test
  void aSinusoidOnAGridFrequencyIsExplainedCompletely() {
    double f = GRID.frequency(1234);
    RvObservationSet d = sinusoid(15, 1 / f, 0, 5);
    assertEquals(1.0, new GlsPeriodogram(GRID).power(d)[1234], 1e-9);
  }

  @Test
  void errorBarsWeightThePoints() {
    RvObservationSet d = sinusoid(20, 52.0, 0.5, 9);
    int n = d.size();
    double[] t = Arrays.copyOf(d.times(), n + 1);
    double[] y = Arrays.copyOf(d.velocities(), n + 1);
    double[] e = Arrays.copyOf(d.errors(), n + 1);
    t[n] = t[n - 1] + 3;
    y[n] = 5000; // a wild point with a huge error bar hardly counts
    e[n] = 1e7;
    GlsPeriodogram gls = new GlsPeriodogram(GRID);
    double[] without = gls.power(d);
    double[] with = gls.power(new RvObservationSet(t, y, e));
    for (int k = 0; k < without.length; k++) {
      assertEquals(without[k], with[k], 1e-6, "frequency " + k);
    }
    e[n] = 1;
    double[] counted = gls.power(new RvObservationSet(t, y, e));
    assertTrue(Math.abs(counted[argmax(without)] - without[argmax(without)]) > 0.1, "a precise outlier changes it");
  }

  /**
   * The last step with two blends and the store written out (docs/astro.md run 23) against the step before (an or
   * of masks, the store a call), its reference: the same powers bit for bit, on sets of 3-60 epochs, a grid whose
   * length leaves a partial vector, and sets with degenerate frequencies (two epochs a whole number of grid steps
   * apart make some phases equal), repeated until the JIT has compiled both.
   */
  @Test
  void lastStepIsBitForBitTheStepBefore() {
    PeriodogramConfig odd = new PeriodogramConfig(1, 1000, 2000, 3, 40, 4, 0);
    for (int round = 0; round < 30; round++) {
      for (int i = 0; i < 8; i++) {
        RvObservationSet set = i == 7
            ? new RvObservationSet(new double[] {0, 1, 2}, new double[] {1, -2, 3}, new double[] {1, 1, 1})
            : sinusoid(3 + 8 * i, 2 + 37 * i, 0.5, 70 + i);
        for (PeriodogramConfig grid : new PeriodogramConfig[] {GRID, odd}) {
          GlsPeriodogram gls = new GlsPeriodogram(grid);
          double[] fast = new double[grid.frequencies()];
          double[] reference = new double[grid.frequencies()];
          gls.power(set, fast, false);
          gls.power(set, reference, true);
          for (int k = 0; k < fast.length; k++) {
            assertEquals(Double.doubleToRawLongBits(reference[k]), Double.doubleToRawLongBits(fast[k]),
                "set " + i + ", frequency " + k);
          }
        }
      }
    }
  }

  @Test
  void batchedEqualsOneSetAtATime() {
    List<RvObservationSet> sets = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      sets.add(sinusoid(10 + 13 * i, 3 + 50 * i, 0.3, 40 + i));
    }
    GlsPeriodogram gls = new GlsPeriodogram(GRID);
    PeriodogramFeatures features = new PeriodogramFeatures(GRID);
    double[][] batch = gls.power(sets);
    double[][] batchFeatures = features.features(sets);
    for (int i = 0; i < sets.size(); i++) {
      assertArrayEquals(new GlsPeriodogram(GRID).power(sets.get(i)), batch[i], 0.0, "set " + i);
      assertArrayEquals(new PeriodogramFeatures(GRID).features(sets.get(i)), batchFeatures[i], 0.0, "set " + i);
    }
  }

  @Test
  void constantDataHaveNoPower() {
    RvObservationSet d = new RvObservationSet(new double[] {0, 1.5, 7, 30}, new double[] {3, 3, 3, 3},
        new double[] {1, 2, 1, 1});
    for (double v : new GlsPeriodogram(GRID).power(d)) {
      assertEquals(0.0, v);
    }
  }
}
