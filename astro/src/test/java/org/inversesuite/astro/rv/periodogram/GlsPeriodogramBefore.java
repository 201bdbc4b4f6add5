package org.inversesuite.astro.rv.periodogram;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.inversesuite.astro.rv.RvObservationSet;

/**
 * The vectorised periodogram as it was before run 10 (docs/astro.md), kept unchanged as the
 * reference the faster {@link GlsPeriodogram} is tested against and timed beside
 * ({@code GlsPeriodogramEquivalenceTest}, {@code RvEncodeSpeedBenchmark}): state (cos τ, sin τ),
 * weights applied per sum. Zechmeister &amp; Kürster (2009, A&amp;A 496, 577, eqs. 4-20).
 */
final class GlsPeriodogramBefore {
  private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
  private static final int L = SPECIES.length();

  private final PeriodogramConfig config;
  private final int frequencies;
  private final int padded;
  private double[] cos = new double[0];
  private double[] sin = new double[0];

  GlsPeriodogramBefore(PeriodogramConfig config) {
    this.config = config;
    this.frequencies = config.frequencies();
    this.padded = (frequencies + L - 1) / L * L;
  }

  /** @return the power at every grid frequency */
  double[] power(RvObservationSet data) {
    double[] out = new double[frequencies];
    power(data, out);
    return out;
  }

  private void power(RvObservationSet data, double[] out) {
    int n = data.size();
    double[] w = new double[n];
    double[] wy = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      w[i] = 1 / (data.error(i) * data.error(i));
      total += w[i];
    }
    double mean = 0;
    double square = 0;
    for (int i = 0; i < n; i++) {
      w[i] /= total;
      wy[i] = w[i] * data.velocity(i);
      mean += wy[i];
      square += wy[i] * data.velocity(i);
    }
    double yy = square - mean * mean;
    if (!(yy > 0)) {
      java.util.Arrays.fill(out, 0, frequencies, 0);
      return;
    }
    if (cos.length < n * L) {
      cos = new double[n * L];
      sin = new double[n * L];
    }
    double[] stepCos = new double[n];
    double[] stepSin = new double[n];
    double t0 = data.time(0);
    double f0 = config.frequency(0);
    double df = config.frequencyStep();
    for (int i = 0; i < n; i++) {
      double t = data.time(i) - t0;
      for (int l = 0; l < L; l++) {
        double angle = 2 * Math.PI * (f0 + l * df) * t;
        cos[i * L + l] = Math.cos(angle);
        sin[i * L + l] = Math.sin(angle);
      }
      double step = 2 * Math.PI * L * df * t;
      stepCos[i] = Math.cos(step);
      stepSin[i] = Math.sin(step);
    }
    double[] block = new double[L];
    for (int k = 0; k < padded; k += L) {
      DoubleVector c = DoubleVector.zero(SPECIES);
      DoubleVector s = DoubleVector.zero(SPECIES);
      DoubleVector yc = DoubleVector.zero(SPECIES);
      DoubleVector ys = DoubleVector.zero(SPECIES);
      DoubleVector cc = DoubleVector.zero(SPECIES);
      DoubleVector ss = DoubleVector.zero(SPECIES);
      DoubleVector cs = DoubleVector.zero(SPECIES);
      for (int i = 0; i < n; i++) {
        DoubleVector ci = DoubleVector.fromArray(SPECIES, cos, i * L);
        DoubleVector si = DoubleVector.fromArray(SPECIES, sin, i * L);
        DoubleVector wc = ci.mul(w[i]);
        DoubleVector ws = si.mul(w[i]);
        c = c.add(wc);
        s = s.add(ws);
        yc = ci.fma(DoubleVector.broadcast(SPECIES, wy[i]), yc);
        ys = si.fma(DoubleVector.broadcast(SPECIES, wy[i]), ys);
        cc = wc.fma(ci, cc);
        ss = ws.fma(si, ss);
        cs = wc.fma(si, cs);
        // advance to the next L frequencies: angle + 2π L Δf t_i
        ci.mul(stepCos[i]).sub(si.mul(stepSin[i])).intoArray(cos, i * L);
        si.mul(stepCos[i]).add(ci.mul(stepSin[i])).intoArray(sin, i * L);
      }
      yc = yc.sub(c.mul(mean));
      ys = ys.sub(s.mul(mean));
      cc = cc.sub(c.mul(c));
      ss = ss.sub(s.mul(s));
      cs = cs.sub(c.mul(s));
      DoubleVector d = cc.mul(ss).sub(cs.mul(cs));
      DoubleVector num = ss.mul(yc).mul(yc).add(cc.mul(ys).mul(ys)).sub(cs.mul(yc).mul(ys).mul(2));
      DoubleVector p = num.div(d.mul(yy));
      // a degenerate fit (all phases equal at this frequency) explains nothing
      p = p.blend(0, d.compare(VectorOperators.LE, 1e-12).or(p.test(VectorOperators.IS_NAN)));
      p = p.max(0).min(1);
      int m = Math.min(L, frequencies - k);
      if (m == L) {
        p.intoArray(out, k);
      } else {
        p.intoArray(block, 0);
        System.arraycopy(block, 0, out, k, m);
      }
    }
  }
}
