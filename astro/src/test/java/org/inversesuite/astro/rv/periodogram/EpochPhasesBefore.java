package org.inversesuite.astro.rv.periodogram;

import jdk.incubator.vector.DoubleVector;
import org.inversesuite.astro.rv.RvObservationSet;

/**
 * {@link EpochPhases} as it was before docs/astro.md run 29, kept unchanged (a deliberate copy) as part of the
 * reference that {@link RefinedFeaturesBefore} computes the coarse-then-refine features with.
 *
 * <p>The per-epoch state that the vectorised periodograms ({@link GlsPeriodogram}, {@link HarmonicPeriodogram})
 * carry along their frequency grid: for the first L grid frequencies f_l = f_0 + l Δf,
 * (cos_il, sin_il) = s_i (cos 2π f_l t_i, sin 2π f_l t_i), and the rotation by 2π L Δf t_i that advances them to
 * the next L frequencies by angle addition, cos(τ + δ) = cos τ cos δ − sin τ sin δ, sin(τ + δ) = sin τ cos δ +
 * cos τ sin δ. Times are taken relative to the first epoch (the powers do not depend on the origin). Owns the
 * arrays: one instance per periodogram.
 *
 * <p>A coarse grid of every r-th frequency ({@code stride} r) starts the lanes at f_0 + l r Δf and steps by
 * 2π L r Δf t_i. For the refinement of {@link CoarseRefinement}, {@link #moveTo} jumps the lanes to any fine index
 * k = Σ_e d_e 16^e: s_i e^{2πi (f_0 + (k + l)Δf) t_i} = s_i e^{2πi f_0 t_i} ∏_{e: d_e ≠ 0} R_{d_e,e,i} · e^{2πi l Δf t_i}
 * with R_{d,e,i} = e^{2πi d 16^e Δf t_i} tabulated per set by complex products (at most 15 · 4 products from one
 * sine and cosine: rounding of ~1e-14 in the angle); a jump costs at most four complex products per epoch and one
 * per lane, instead of 2L sines and cosines.
 */
final class EpochPhasesBefore {
  private double[] cos = new double[0];
  private double[] sin = new double[0];
  private double[] stepCos = new double[0];
  private double[] stepSin = new double[0];
  private double[] baseCos = new double[0];
  private double[] baseSin = new double[0];
  private double[] fineCos = new double[0];
  private double[] fineSin = new double[0];
  private double[] rotCos = new double[0];
  private double[] rotSin = new double[0];
  private double[] laneCos = new double[0];
  private double[] laneSin = new double[0];
  private double[] jumpCos = new double[0];
  private double[] jumpSin = new double[0];
  private int digits;
  private int jumpEpochs;

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
    start(data, config, lanes, scale, 1);
  }

  /**
   * {@link #start(RvObservationSet, PeriodogramConfig, int, double[])} on the grid of every {@code stride}-th
   * frequency: lane l at f_0 + l · stride · Δf, steps of L · stride · Δf (stride 1: the same values; a larger stride
   * takes lane l as lane 0 times e^{2πi l · stride · Δf t_i}, by complex products).
   */
  void start(RvObservationSet data, PeriodogramConfig config, int lanes, double[] scale, int stride) {
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
      if (stride == 1) {
        for (int l = 0; l < lanes; l++) {
          double angle = 2 * Math.PI * (f0 + l * df) * t;
          cos[i * lanes + l] = s * Math.cos(angle);
          sin[i * lanes + l] = s * Math.sin(angle);
        }
      } else {
        // the coarse grid (refinement only): lane 0 from its sine and cosine, the others by complex products
        double angle = 2 * Math.PI * f0 * t;
        double c = s * Math.cos(angle);
        double d = s * Math.sin(angle);
        double gc = Math.cos(2 * Math.PI * stride * df * t);
        double gs = Math.sin(2 * Math.PI * stride * df * t);
        for (int l = 0; l < lanes; l++) {
          cos[i * lanes + l] = c;
          sin[i * lanes + l] = d;
          double c2 = c * gc - d * gs;
          d = d * gc + c * gs;
          c = c2;
        }
      }
      double step = 2 * Math.PI * lanes * stride * df * t;
      stepCos[i] = Math.cos(step);
      stepSin[i] = Math.sin(step);
    }
  }

  /**
   * Prepares {@link #moveTo} for {@code data} (after {@link #start}, which it does not change): per epoch the base
   * phase s_i e^{2πi f_0 t_i}, the rotations R_{d,e} = e^{2πi d 16^e Δf t_i} (d = 1 … 15, by complex products
   * from e^{2πi Δf t_i}), the lane factors e^{2πi l Δf t_i} (l &lt; L) and the fine step e^{2πi L Δf t_i}
   * ({@link #fineStepCos()}).
   */
  void prepareJumps(RvObservationSet data, PeriodogramConfig config, int lanes, double[] scale) {
    int n = data.size();
    digits = Math.max(1, (32 - Integer.numberOfLeadingZeros(config.frequencies()) + 3) / 4);
    if (baseCos.length < n) {
      baseCos = new double[n];
      baseSin = new double[n];
      fineCos = new double[n];
      fineSin = new double[n];
      jumpCos = new double[n];
      jumpSin = new double[n];
    }
    if (rotCos.length < n * 15 * digits) {
      rotCos = new double[n * 15 * digits];
      rotSin = new double[n * 15 * digits];
    }
    if (laneCos.length < n * lanes) {
      laneCos = new double[n * lanes];
      laneSin = new double[n * lanes];
    }
    double t0 = data.time(0);
    double f0 = config.frequency(0);
    double df = config.frequencyStep();
    for (int i = 0; i < n; i++) {
      double t = data.time(i) - t0;
      double s = scale == null ? 1 : scale[i];
      double angle = 2 * Math.PI * f0 * t;
      baseCos[i] = s * Math.cos(angle);
      baseSin[i] = s * Math.sin(angle);
      double gc = Math.cos(2 * Math.PI * df * t);
      double gs = Math.sin(2 * Math.PI * df * t);
      double c = 1;
      double d = 0;
      for (int l = 0; l < lanes; l++) {
        laneCos[i * lanes + l] = c;
        laneSin[i * lanes + l] = d;
        double c2 = c * gc - d * gs;
        d = d * gc + c * gs;
        c = c2;
      }
      for (int e = 0; e < digits; e++) {
        c = gc;
        d = gs;
        for (int k = 0; k < 15; k++) {
          rotCos[(e * 15 + k) * n + i] = c;
          rotSin[(e * 15 + k) * n + i] = d;
          double c2 = c * gc - d * gs;
          d = d * gc + c * gs;
          c = c2;
        }
        gc = c; // e^{2πi 16^{e+1} Δf t}
        gs = d;
      }
      double step = 2 * Math.PI * lanes * df * t;
      fineCos[i] = Math.cos(step);
      fineSin[i] = Math.sin(step);
    }
    jumpEpochs = n;
  }

  /**
   * Sets {@link #cos()} and {@link #sin()} of every epoch to the L fine frequencies from grid index {@code k}: the
   * base phase times R_{d,e} for each hexadecimal digit d ≠ 0 of k, then times the lane factors.
   */
  void moveTo(int k, int lanes) {
    int n = jumpEpochs;
    System.arraycopy(baseCos, 0, jumpCos, 0, n);
    System.arraycopy(baseSin, 0, jumpSin, 0, n);
    for (int e = 0, rest = k; rest != 0; e++, rest >>>= 4) {
      int d = rest & 15;
      if (d == 0) {
        continue;
      }
      int at = (e * 15 + d - 1) * n;
      for (int i = 0; i < n; i++) {
        double rc = rotCos[at + i];
        double rs = rotSin[at + i];
        double c = jumpCos[i];
        double s = jumpSin[i];
        jumpCos[i] = c * rc - s * rs;
        jumpSin[i] = s * rc + c * rs;
      }
    }
    for (int i = 0; i < n; i++) {
      double c = jumpCos[i];
      double s = jumpSin[i];
      for (int l = 0; l < lanes; l++) {
        double tc = laneCos[i * lanes + l];
        double ts = laneSin[i * lanes + l];
        cos[i * lanes + l] = c * tc - s * ts;
        sin[i * lanes + l] = s * tc + c * ts;
      }
    }
  }

  /** @return cos 2π L Δf t_i, the step from L fine frequencies to the next (after {@link #prepareJumps}) */
  double[] fineStepCos() {
    return fineCos;
  }

  /** @return sin 2π L Δf t_i */
  double[] fineStepSin() {
    return fineSin;
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
