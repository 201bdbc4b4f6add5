package org.inversesuite.astro.rv.periodogram;

import jdk.incubator.vector.DoubleVector;
import org.inversesuite.astro.rv.RvObservationSet;

/**
 * The per-epoch state that the vectorised periodograms ({@link GlsPeriodogram}, {@link HarmonicPeriodogram})
 * carry along their frequency grid: for the first L grid frequencies f_l = f_0 + l Δf,
 * (cos_il, sin_il) = s_i (cos 2π f_l t_i, sin 2π f_l t_i), and the rotation by 2π L Δf t_i that advances them to
 * the next L frequencies by angle addition, cos(τ + δ) = cos τ cos δ − sin τ sin δ, sin(τ + δ) = sin τ cos δ +
 * cos τ sin δ. Times are taken relative to the first epoch (the powers do not depend on the origin). Owns the
 * arrays: one instance per periodogram.
 */
final class EpochPhases {
  private double[] cos = new double[0];
  private double[] sin = new double[0];
  private double[] stepCos = new double[0];
  private double[] stepSin = new double[0];

  /** @return w_i = σ_i⁻² / Σ_j σ_j⁻², the weights of the generalised Lomb-Scargle sums */
  static double[] weights(RvObservationSet data) {
    double[] w = new double[data.size()];
    double total = 0;
    for (int i = 0; i < w.length; i++) {
      w[i] = 1 / (data.error(i) * data.error(i));
      total += w[i];
    }
    for (int i = 0; i < w.length; i++) {
      w[i] /= total;
    }
    return w;
  }

  /**
   * Sets the state for {@code data}: {@link #cos()}[i·L + l], {@link #sin()}[i·L + l] and {@link #stepCos()}[i],
   * {@link #stepSin()}[i] for every epoch i and lane l (the arrays grow as needed and may be longer).
   *
   * @param lanes L
   * @param scale s_i per epoch (null: 1)
   */
  void start(RvObservationSet data, PeriodogramConfig config, int lanes, double[] scale) {
    int n = data.size();
    if (cos.length < n * lanes) {
      cos = new double[n * lanes];
      sin = new double[n * lanes];
    }
    if (stepCos.length < n) {
      stepCos = new double[n];
      stepSin = new double[n];
    }
    double t0 = data.time(0);
    double f0 = config.frequency(0);
    double df = config.frequencyStep();
    for (int i = 0; i < n; i++) {
      double t = data.time(i) - t0;
      double s = scale == null ? 1 : scale[i];
      for (int l = 0; l < lanes; l++) {
        double angle = 2 * Math.PI * (f0 + l * df) * t;
        cos[i * lanes + l] = s * Math.cos(angle);
        sin[i * lanes + l] = s * Math.sin(angle);
      }
      double step = 2 * Math.PI * lanes * df * t;
      stepCos[i] = Math.cos(step);
      stepSin[i] = Math.sin(step);
    }
  }

  /** @return s_i cos 2π f_l t_i at [i·L + l], advanced in place by the periodogram as it goes */
  double[] cos() {
    return cos;
  }

  /** @return s_i sin 2π f_l t_i at [i·L + l] */
  double[] sin() {
    return sin;
  }

  /** @return cos 2π L Δf t_i */
  double[] stepCos() {
    return stepCos;
  }

  /** @return sin 2π L Δf t_i */
  double[] stepSin() {
    return stepSin;
  }

  /** Writes the lanes of {@code p} that lie on the grid (frequencies k … k + L − 1, below {@code frequencies}). */
  static void store(DoubleVector p, double[] out, int k, int frequencies, double[] block) {
    int m = Math.min(p.length(), frequencies - k);
    if (m == p.length()) {
      p.intoArray(out, k);
    } else {
      p.intoArray(block, 0);
      System.arraycopy(block, 0, out, k, m);
    }
  }
}
