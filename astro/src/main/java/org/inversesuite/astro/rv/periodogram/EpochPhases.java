package org.inversesuite.astro.rv.periodogram;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.inversesuite.astro.rv.RvObservationSet;

/**
 * The per-epoch state that the vectorised periodograms ({@link GlsPeriodogram}, {@link HarmonicPeriodogram})
 * carry along their frequency grid: for the first L grid frequencies f_l = f_0 + l Δf,
 * (cos_il, sin_il) = s_i (cos 2π f_l t_i, sin 2π f_l t_i), and the rotation by 2π L Δf t_i that advances them to
 * the next L frequencies by angle addition, cos(τ + δ) = cos τ cos δ − sin τ sin δ, sin(τ + δ) = sin τ cos δ +
 * cos τ sin δ. Times are taken relative to the first epoch (the powers do not depend on the origin). Owns the
 * arrays: one instance per periodogram.
 *
 * <p>A coarse grid of every r-th frequency ({@link #startCoarse}) starts the lanes at f_0 + l r Δf and steps by
 * 2π L r Δf t_i. For the refinement of {@link CoarseRefinement}, {@link #moveTo} jumps the lanes to any fine index
 * k = Σ_e d_e 16^e: s_i e^{2πi (f_0 + (k + l)Δf) t_i} = s_i e^{2πi f_0 t_i} ∏_{e: d_e ≠ 0} R_{d_e,e,i} · e^{2πi l Δf t_i}
 * with R_{d,e,i} = e^{2πi d 16^e Δf t_i} from the set's {@link PhaseTables} (at most 15 · 4 products from one sine
 * and cosine: rounding of ~1e-14 in the angle); a jump costs at most four complex products per epoch and one per
 * lane (over the vector lanes), instead of 2L sines and cosines.
 */
final class EpochPhases {
  private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
  private static final int V = SPECIES.length();
  private double[] cos = new double[0];
  private double[] sin = new double[0];
  private double[] stepCos = new double[0];
  private double[] stepSin = new double[0];
  private double[] jumpCos = new double[0];
  private double[] jumpSin = new double[0];
  private double[] baseCos = new double[0];
  private double[] baseSin = new double[0];
  private PhaseTables tables;

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
    ensure(n, lanes);
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

  /**
   * The state on the coarse grid of every r-th frequency ({@code config.refine()} r, the grid {@code tables} were
   * prepared for): lane l at f_0 + l r Δf, {@link #stepCos()} the coarse step 2π L r Δf t_i; lane 0 is s_i times the
   * first phase, the others follow by complex products with e^{2πi r Δf t_i}.
   *
   * @param scale s_i per epoch (null: 1)
   */
  void startCoarse(PhaseTables tables, double[] scale) {
    int n = tables.epochs();
    int lanes = tables.lanes();
    ensure(n, lanes);
    double[] firstCos = tables.firstCos();
    double[] firstSin = tables.firstSin();
    double[] gcs = tables.laneStepCos();
    double[] gss = tables.laneStepSin();
    for (int i = 0; i < n; i++) {
      double s = scale == null ? 1 : scale[i];
      double c = s * firstCos[i];
      double d = s * firstSin[i];
      double gc = gcs[i];
      double gs = gss[i];
      for (int l = 0; l < lanes; l++) {
        cos[i * lanes + l] = c;
        sin[i * lanes + l] = d;
        double c2 = c * gc - d * gs;
        d = d * gc + c * gs;
        c = c2;
      }
    }
    System.arraycopy(tables.coarseStepCos(), 0, stepCos, 0, n);
    System.arraycopy(tables.coarseStepSin(), 0, stepSin, 0, n);
  }

  /** Grows the state arrays to n epochs of L lanes. */
  private void ensure(int n, int lanes) {
    if (cos.length < n * lanes) {
      cos = new double[n * lanes];
      sin = new double[n * lanes];
    }
    if (stepCos.length < n) {
      stepCos = new double[n];
      stepSin = new double[n];
    }
  }

  /**
   * Prepares {@link #moveTo} from the set's {@code tables}: the base phase s_i e^{2πi f_0 t_i} per epoch (the tables'
   * rotations are shared, unscaled).
   *
   * @param scale s_i per epoch (null: 1)
   */
  void prepareJumps(PhaseTables tables, double[] scale) {
    int n = tables.epochs();
    this.tables = tables;
    ensure(n, tables.lanes());
    if (baseCos.length < n) {
      baseCos = new double[n];
      baseSin = new double[n];
      jumpCos = new double[n];
      jumpSin = new double[n];
    }
    double[] firstCos = tables.firstCos();
    double[] firstSin = tables.firstSin();
    for (int i = 0; i < n; i++) {
      double s = scale == null ? 1 : scale[i];
      baseCos[i] = s * firstCos[i];
      baseSin[i] = s * firstSin[i];
    }
  }

  /**
   * Sets {@link #cos()} and {@link #sin()} of every epoch to the L fine frequencies from grid index {@code k}: the
   * base phase times R_{d,e} for each hexadecimal digit d ≠ 0 of k (lowest digit first), then times the lane factors.
   * The products run over the vector lanes (epochs for the digits, frequencies for the lanes), each the same
   * rounded c·r − s·q and s·r + c·q as one at a time (no fused multiply-add): the same bits.
   */
  void moveTo(int k) {
    int n = tables.epochs();
    int lanes = tables.lanes();
    double[] rotCos = tables.rotCos();
    double[] rotSin = tables.rotSin();
    System.arraycopy(baseCos, 0, jumpCos, 0, n);
    System.arraycopy(baseSin, 0, jumpSin, 0, n);
    int whole = n - n % V;
    for (int e = 0, rest = k; rest != 0; e++, rest >>>= 4) {
      int d = rest & 15;
      if (d == 0) {
        continue;
      }
      int at = (e * 15 + d - 1) * n;
      int i = 0;
      for (; i < whole; i += V) {
        DoubleVector rc = DoubleVector.fromArray(SPECIES, rotCos, at + i);
        DoubleVector rs = DoubleVector.fromArray(SPECIES, rotSin, at + i);
        DoubleVector c = DoubleVector.fromArray(SPECIES, jumpCos, i);
        DoubleVector s = DoubleVector.fromArray(SPECIES, jumpSin, i);
        c.mul(rc).sub(s.mul(rs)).intoArray(jumpCos, i);
        s.mul(rc).add(c.mul(rs)).intoArray(jumpSin, i);
      }
      for (; i < n; i++) {
        double rc = rotCos[at + i];
        double rs = rotSin[at + i];
        double c = jumpCos[i];
        double s = jumpSin[i];
        jumpCos[i] = c * rc - s * rs;
        jumpSin[i] = s * rc + c * rs;
      }
    }
    double[] laneCos = tables.laneCos();
    double[] laneSin = tables.laneSin();
    if (lanes == V) {
      for (int i = 0; i < n; i++) {
        DoubleVector tc = DoubleVector.fromArray(SPECIES, laneCos, i * V);
        DoubleVector ts = DoubleVector.fromArray(SPECIES, laneSin, i * V);
        double c = jumpCos[i];
        double s = jumpSin[i];
        tc.mul(c).sub(ts.mul(s)).intoArray(cos, i * V);
        tc.mul(s).add(ts.mul(c)).intoArray(sin, i * V);
      }
      return;
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
    return tables.fineStepCos();
  }

  /** @return sin 2π L Δf t_i */
  double[] fineStepSin() {
    return tables.fineStepSin();
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
