package org.inversesuite.astro.rv.periodogram;

import org.inversesuite.astro.rv.RvObservationSet;

/**
 * The per-set, per-epoch rotations that both periodograms of a coarse-then-refine encode
 * ({@link PeriodogramConfig#refine()} r &ge; 2) start from, computed once per set and shared: with t_i the epoch's
 * time after the first epoch, f_0 the first grid frequency, Δf the grid step and L the vector width,
 * <ul>
 *   <li>e^{2πi f_0 t_i} (the first frequency's phase, unscaled);</li>
 *   <li>e^{2πi r Δf t_i} (from one coarse lane to the next) and e^{2πi L r Δf t_i} (the coarse step);</li>
 *   <li>R_{d,e,i} = e^{2πi d 16^e Δf t_i} for d = 1 … 15 and every hexadecimal digit e of a grid index (by complex
 *       products from e^{2πi Δf t_i}), the lane factors e^{2πi l Δf t_i} (l &lt; L) and the fine step
 *       e^{2πi L Δf t_i}, which {@link EpochPhases#moveTo} jumps the lanes to any fine index with.</li>
 * </ul>
 * None depends on the weights, so the GLS periodogram (whose phases carry √w_i) and the two-harmonic one (unscaled)
 * read the same tables; before docs/astro.md run 29 each computed them itself (12 sines and cosines per epoch and
 * periodogram where 10 per epoch and set suffice). Every value is computed by the same expressions, in the same
 * order, as it was then, so the phases, and the powers, are the same bits. Scratch space: one instance per thread.
 */
final class PhaseTables {
  /** Hexadecimal digits of a grid index: rotations R_{d,e} for e below this. */
  private int digits;
  private int epochs;
  private int lanes;
  private double[] firstCos = new double[0];
  private double[] firstSin = new double[0];
  private double[] laneStepCos = new double[0];
  private double[] laneStepSin = new double[0];
  private double[] coarseStepCos = new double[0];
  private double[] coarseStepSin = new double[0];
  private double[] fineStepCos = new double[0];
  private double[] fineStepSin = new double[0];
  private double[] rotCos = new double[0];
  private double[] rotSin = new double[0];
  private double[] laneCos = new double[0];
  private double[] laneSin = new double[0];

  /** Computes the tables of {@code data} on {@code config}'s grid with coarse stride r = {@code config.refine()}. */
  void prepare(RvObservationSet data, PeriodogramConfig config, int lanes) {
    int n = data.size();
    int stride = config.refine();
    this.epochs = n;
    this.lanes = lanes;
    this.digits = Math.max(1, (32 - Integer.numberOfLeadingZeros(config.frequencies()) + 3) / 4);
    if (firstCos.length < n) {
      firstCos = new double[n];
      firstSin = new double[n];
      laneStepCos = new double[n];
      laneStepSin = new double[n];
      coarseStepCos = new double[n];
      coarseStepSin = new double[n];
      fineStepCos = new double[n];
      fineStepSin = new double[n];
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
      double angle = 2 * Math.PI * f0 * t;
      firstCos[i] = Math.cos(angle);
      firstSin[i] = Math.sin(angle);
      laneStepCos[i] = Math.cos(2 * Math.PI * stride * df * t);
      laneStepSin[i] = Math.sin(2 * Math.PI * stride * df * t);
      double step = 2 * Math.PI * lanes * stride * df * t;
      coarseStepCos[i] = Math.cos(step);
      coarseStepSin[i] = Math.sin(step);
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
      double fine = 2 * Math.PI * lanes * df * t;
      fineStepCos[i] = Math.cos(fine);
      fineStepSin[i] = Math.sin(fine);
    }
  }

  /** @return the number of epochs of the set prepared */
  int epochs() {
    return epochs;
  }

  /** @return L, the lanes the tables were prepared for */
  int lanes() {
    return lanes;
  }

  /** @return the number of hexadecimal digits with rotations */
  int digits() {
    return digits;
  }

  /** @return cos 2π f_0 t_i */
  double[] firstCos() {
    return firstCos;
  }

  /** @return sin 2π f_0 t_i */
  double[] firstSin() {
    return firstSin;
  }

  /** @return cos 2π r Δf t_i, from one coarse lane to the next */
  double[] laneStepCos() {
    return laneStepCos;
  }

  /** @return sin 2π r Δf t_i */
  double[] laneStepSin() {
    return laneStepSin;
  }

  /** @return cos 2π L r Δf t_i, the coarse step */
  double[] coarseStepCos() {
    return coarseStepCos;
  }

  /** @return sin 2π L r Δf t_i */
  double[] coarseStepSin() {
    return coarseStepSin;
  }

  /** @return cos 2π L Δf t_i, the step from L fine frequencies to the next */
  double[] fineStepCos() {
    return fineStepCos;
  }

  /** @return sin 2π L Δf t_i */
  double[] fineStepSin() {
    return fineStepSin;
  }

  /** @return cos of R_{d,e,i} at [(e · 15 + d − 1) · n + i] */
  double[] rotCos() {
    return rotCos;
  }

  /** @return sin of R_{d,e,i}, laid out as {@link #rotCos()} */
  double[] rotSin() {
    return rotSin;
  }

  /** @return cos 2π l Δf t_i at [i · L + l] */
  double[] laneCos() {
    return laneCos;
  }

  /** @return sin 2π l Δf t_i at [i · L + l] */
  double[] laneSin() {
    return laneSin;
  }
}
