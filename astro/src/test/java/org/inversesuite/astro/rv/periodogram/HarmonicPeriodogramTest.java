package org.inversesuite.astro.rv.periodogram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.inversesuite.astro.rv.RadialVelocityModel;
import org.inversesuite.astro.rv.RvObservationSet;
import org.inversesuite.astro.rv.RvParameters;
import org.inversesuite.core.random.Rng;
import org.junit.jupiter.api.Test;

/**
 * The two-harmonic periodogram against a dense weighted least-squares fit at every frequency, its known answers
 * (a pure two-harmonic signal is explained completely at its frequency; an offset changes nothing; the
 * sinusoid is a nested model, so the power is never below GLS), eccentric orbits, and the feature layout of
 * {@link PeriodogramConfig#harmonics()} 2 with its JSON default.
 */
class HarmonicPeriodogramTest {
  private static final PeriodogramConfig GRID = PeriodogramConfig.defaults();

  private static double[] epochs(int n, Rng r) {
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = 2000 * r.uniform() + 2_450_000;
    }
    Arrays.sort(t);
    return t;
  }

  /** γ + A₁ sin(τ + φ₁) + A₂ sin(2τ + φ₂) + noise at n irregular epochs, errors in [1, 10] m/s. */
  static RvObservationSet twoHarmonic(int n, double f, double gamma, double noise, long seed) {
    Rng r = new Rng(seed);
    double[] t = epochs(n, r);
    double[] y = new double[n];
    double[] e = new double[n];
    double p1 = 2 * Math.PI * r.uniform();
    double p2 = 2 * Math.PI * r.uniform();
    for (int i = 0; i < n; i++) {
      e[i] = 1 + 9 * r.uniform();
      double tau = 2 * Math.PI * f * t[i];
      y[i] = gamma + 40 * Math.sin(tau + p1) + 25 * Math.sin(2 * tau + p2) + noise * e[i] * r.gaussian();
    }
    return new RvObservationSet(t, y, e);
  }

  /** The fraction of the weighted variance explained by the 5-parameter fit, by normal equations and elimination. */
  static double direct(RvObservationSet d, double f) {
    int n = d.size();
    double[][] a = new double[5][6];
    double total = 0;
    for (int i = 0; i < n; i++) {
      total += 1 / (d.error(i) * d.error(i));
    }
    double mean = 0;
    double square = 0;
    for (int i = 0; i < n; i++) {
      double w = 1 / (d.error(i) * d.error(i)) / total;
      double tau = 2 * Math.PI * f * d.time(i);
      double[] phi = {1, Math.cos(tau), Math.sin(tau), Math.cos(2 * tau), Math.sin(2 * tau)};
      for (int j = 0; j < 5; j++) {
        for (int k = 0; k < 5; k++) {
          a[j][k] += w * phi[j] * phi[k];
        }
        a[j][5] += w * phi[j] * d.velocity(i);
      }
      mean += w * d.velocity(i);
      square += w * d.velocity(i) * d.velocity(i);
    }
    double[] rhs = new double[5];
    for (int j = 0; j < 5; j++) {
      rhs[j] = a[j][5];
    }
    for (int c = 0; c < 5; c++) {
      int p = c;
      for (int r = c + 1; r < 5; r++) {
        p = Math.abs(a[r][c]) > Math.abs(a[p][c]) ? r : p;
      }
      double[] swap = a[c];
      a[c] = a[p];
      a[p] = swap;
      for (int r = 0; r < 5; r++) {
        if (r != c) {
          double m = a[r][c] / a[c][c];
          for (int k = c; k < 6; k++) {
            a[r][k] -= m * a[c][k];
          }
        }
      }
    }
    // explained weighted sum of squares about the mean: βᵀ(Σ w φ y) − Y²
    double fit = 0;
    for (int j = 0; j < 5; j++) {
      fit += a[j][5] / a[j][j] * rhs[j];
    }
    return (fit - mean * mean) / (square - mean * mean);
  }

  @Test
  void equalsTheDenseLeastSquaresFitAtEveryFrequency() {
    HarmonicPeriodogram h = new HarmonicPeriodogram(GRID);
    for (int n : new int[] {10, 37, 200}) {
      RvObservationSet d = twoHarmonic(n, 1 / 87.3, 5, 3, 40 + n);
      double[] p = h.power(d);
      assertEquals(GRID.frequencies(), p.length);
      double worst = 0;
      for (int k = 0; k < p.length; k++) {
        worst = Math.max(worst, Math.abs(p[k] - direct(d, GRID.frequency(k))));
      }
      assertTrue(worst < 1e-7, n + " epochs: largest difference from the dense fit " + worst);
    }
  }

  @Test
  void aPureTwoHarmonicSignalIsExplainedCompletelyAtItsFrequencyAndPeaksThere() {
    GlsPeriodogram gls = new GlsPeriodogram(GRID);
    HarmonicPeriodogram h = new HarmonicPeriodogram(GRID);
    for (int k : new int[] {12, 377, 4000, 9000}) {
      RvObservationSet d = twoHarmonic(25, GRID.frequency(k), -30, 0, k);
      double[] p = h.power(d);
      assertEquals(1, p[k], 1e-9, "frequency index " + k);
      int best = 0;
      for (int j = 1; j < p.length; j++) {
        best = p[j] > p[best] ? j : best;
      }
      assertEquals(k, best, "the highest two-harmonic power");
      assertTrue(gls.power(d)[k] < 0.99, "a sinusoid does not explain it: GLS power " + gls.power(d)[k]);
    }
  }

  @Test
  void anOffsetChangesNothingAndTheSinusoidIsNestedInIt() {
    HarmonicPeriodogram h = new HarmonicPeriodogram(GRID);
    GlsPeriodogram gls = new GlsPeriodogram(GRID);
    RvObservationSet d = GlsPeriodogramTest.sinusoid(30, 143.0, 2, 8);
    double[] shifted = new double[d.size()];
    double[] t = new double[d.size()];
    double[] e = new double[d.size()];
    for (int i = 0; i < d.size(); i++) {
      t[i] = d.time(i);
      e[i] = d.error(i);
      shifted[i] = d.velocity(i) + 1234.5;
    }
    double[] p = h.power(d);
    assertArrayEquals(p, h.power(new RvObservationSet(t, shifted, e)), 1e-9);
    double[] q = gls.power(d);
    for (int k = 0; k < p.length; k++) {
      assertTrue(p[k] >= q[k] - 1e-9, "frequency " + k + ": two-harmonic " + p[k] + " below GLS " + q[k]);
    }
  }

  @Test
  void constantDataHaveZeroPowerAndHugeErrorsAreIgnored() {
    HarmonicPeriodogram h = new HarmonicPeriodogram(GRID);
    RvObservationSet d = twoHarmonic(20, 1 / 55.0, 0, 1, 3);
    double[] flat = new double[20];
    double[] t = new double[20];
    double[] e = new double[20];
    for (int i = 0; i < 20; i++) {
      t[i] = d.time(i);
      e[i] = d.error(i);
      flat[i] = 7;
    }
    assertEquals(0, Arrays.stream(h.power(new RvObservationSet(t, flat, e))).max().orElseThrow(), 0);
    double[] wild = d.velocities().clone();
    double[] wildError = e.clone();
    wild[5] += 1e4;
    wildError[5] = 1e7;
    double[] p = h.power(new RvObservationSet(t, wild, wildError));
    // the same as without that point
    double[] t19 = new double[19];
    double[] v19 = new double[19];
    double[] e19 = new double[19];
    for (int i = 0, j = 0; i < 20; i++) {
      if (i != 5) {
        t19[j] = t[i];
        v19[j] = d.velocity(i);
        e19[j++] = e[i];
      }
    }
    assertArrayEquals(h.power(new RvObservationSet(t19, v19, e19)), p, 1e-6);
    wildError[5] = 1;
    assertTrue(Math.abs(h.power(new RvObservationSet(t, wild, wildError))[100] - p[100]) > 1e-3, "weighted equally it matters");
  }

  @Test
  void eccentricOrbitsPeakAtTheirPeriodMoreOftenThanWithASinusoid() {
    RadialVelocityModel model = new RadialVelocityModel(0);
    GlsPeriodogram gls = new GlsPeriodogram(GRID);
    HarmonicPeriodogram h = new HarmonicPeriodogram(GRID);
    int glsRight = 0;
    int harmonicRight = 0;
    int cases = 40;
    for (int c = 0; c < cases; c++) {
      Rng r = new Rng(900 + c);
      double period = Math.exp(Math.log(20) + r.uniform() * Math.log(40));
      RvParameters p = new RvParameters(period, 300, 0.5 + 0.2 * r.uniform(), 2 * Math.PI * r.uniform(),
          2 * Math.PI * r.uniform(), 0, 0);
      double[] t = epochs(20, r);
      double[] e = new double[t.length];
      double[] v = model.velocities(p, t);
      for (int i = 0; i < t.length; i++) {
        e[i] = 5;
        v[i] += 5 * r.gaussian();
      }
      RvObservationSet d = new RvObservationSet(t, v, e);
      glsRight += nearTruth(gls.power(d), period) ? 1 : 0;
      harmonicRight += nearTruth(h.power(d), period) ? 1 : 0;
    }
    assertTrue(harmonicRight > glsRight + cases / 10, "highest peak within 1 % of P: two-harmonic "
        + harmonicRight + ", GLS " + glsRight + " of " + cases);
  }

  private static boolean nearTruth(double[] power, double period) {
    int best = 0;
    for (int k = 1; k < power.length; k++) {
      best = power[k] > power[best] ? k : best;
    }
    return Math.abs(1 / GRID.frequency(best) / period - 1) < 0.01;
  }

  @Test
  void featuresAppendTheTwoHarmonicSummaryAndOlderConfigsReadAsNone() throws Exception {
    PeriodogramConfig two = GRID.withHarmonics(2);
    assertEquals(2 * GRID.featureCount(), two.featureCount());
    RvObservationSet a = twoHarmonic(30, 1 / 300.0, 0, 1, 1);
    RvObservationSet b = twoHarmonic(12, 1 / 3.3, 0, 1, 2);
    double[] old = new PeriodogramFeatures(GRID).features(a);
    double[] with = new PeriodogramFeatures(two).features(a);
    assertArrayEquals(old, Arrays.copyOf(with, old.length), 0);
    double[] expected = new double[GRID.featureCount()];
    new PeriodogramFeatures(GRID).summarise(new HarmonicPeriodogram(GRID).power(a), expected, 0);
    assertArrayEquals(expected, Arrays.copyOfRange(with, old.length, with.length), 0);
    double[][] batch = new PeriodogramFeatures(two).features(List.of(a, b));
    assertArrayEquals(with, batch[0], 0);
    assertArrayEquals(new PeriodogramFeatures(two).features(b), batch[1], 0);

    var mapper = org.inversesuite.core.config.Json.mapper();
    var node = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.valueToTree(two);
    assertEquals(two, mapper.treeToValue(node, PeriodogramConfig.class));
    node.remove("harmonics");
    assertEquals(GRID, mapper.treeToValue(node, PeriodogramConfig.class));
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> GRID.withHarmonics(3));
    assertTrue(bad.getMessage().contains("harmonics"), bad.getMessage());
  }
}
