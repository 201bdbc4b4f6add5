package org.inversesuite.astro.rv.periodogram;

import java.util.List;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.inversesuite.astro.rv.RvObservationSet;

/**
 * The generalised Lomb-Scargle periodogram of Zechmeister &amp; Kürster (2009, A&amp;A 496, 577,
 * eqs. 4-20): a sinusoid plus a floating offset fitted by weighted least squares at each
 * frequency, with weights w_i = σ_i⁻² / Σ_j σ_j⁻² from the error bars. With τ_i = 2π f t_i,
 * \[ Y = \sum w_i y_i,\; C = \sum w_i \cos τ_i,\; S = \sum w_i \sin τ_i, \]
 * \[ YY = \sum w_i y_i^2 - Y^2,\; YC = \sum w_i y_i \cos τ_i - YC,\; YS = \sum w_i y_i \sin τ_i - YS, \]
 * \[ CC = \sum w_i \cos^2 τ_i - C^2,\; SS = \sum w_i \sin^2 τ_i - S^2,\; CS = \sum w_i \cos τ_i \sin τ_i - CS, \]
 * \[ p(f) = \frac{SS\,YC^2 + CC\,YS^2 - 2\,CS\,YC\,YS}{YY\,(CC\,SS - CS^2)} \in [0, 1], \]
 * the fraction of the weighted variance the sinusoid explains (eq. 20).
 *
 * <p>Computation: vectorised over frequencies with {@code jdk.incubator.vector}; for each
 * vector of L consecutive frequencies the sums run over the epochs in registers, and the
 * (cos, sin) of every epoch advance from one vector of frequencies to the next by a rotation
 * by 2π L Δf t_i (angle addition), so sines and cosines are computed only for the first vector.
 * The state carries the square root of the weight, (a_i, b_i) = √w_i (cos τ_i, sin τ_i) (a
 * rotation keeps the factor), so that each of the seven sums takes one fused multiply-add per
 * epoch: C = Σ √w_i a_i, YC = Σ (√w_i y_i) a_i, CC = Σ a_i², CS = Σ a_i b_i, and so on (11 vector
 * operations per epoch and vector of frequencies instead of 16).
 * Times are taken relative to the first epoch (the power does not depend on the origin). The
 * rotation accumulates rounding of about 1e-13 over the grid. An instance owns scratch space:
 * one per thread.
 */
public final class GlsPeriodogram {
  private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
  private static final int L = SPECIES.length();

  private final PeriodogramConfig config;
  private final int frequencies;
  private final int padded;
  private final EpochPhases phases = new EpochPhases();
  private final PhaseTables tables = new PhaseTables();
  /** The weighed set of the refined path: √w_i, √w_i y_i, Y, YY. */
  private double[] root = new double[0];
  private double[] rootY = new double[0];
  private double mean;
  private double yy;

  /** @param config the frequency grid */
  public GlsPeriodogram(PeriodogramConfig config) {
    this.config = config;
    this.frequencies = config.frequencies();
    this.padded = (frequencies + L - 1) / L * L;
  }

  /** @return the grid */
  public PeriodogramConfig config() {
    return config;
  }

  /** @return the power at every grid frequency, length {@link PeriodogramConfig#frequencies()} */
  public double[] power(RvObservationSet data) {
    double[] out = new double[frequencies];
    power(data, out);
    return out;
  }

  /** @return the power of every set, one row per set (the batched form of {@link #power(RvObservationSet)}) */
  public double[][] power(List<RvObservationSet> sets) {
    double[][] out = new double[sets.size()][frequencies];
    for (int i = 0; i < out.length; i++) {
      power(sets.get(i), out[i]);
    }
    return out;
  }

  /** Writes the power at every grid frequency into {@code out}. */
  public void power(RvObservationSet data, double[] out) {
    power(data, out, false);
  }

  /**
   * {@link #power(RvObservationSet, double[])} with run 21's last step ({@code reference}: {@link #finishReference},
   * kept as the reference of {@link #finish}) or this one: the same powers.
   */
  void power(RvObservationSet data, double[] out, boolean reference) {
    int n = data.size();
    double[] root = new double[n];
    double[] rootY = new double[n];
    double[] moments = new double[2];
    if (!weigh(data, root, rootY, moments)) {
      java.util.Arrays.fill(out, 0, frequencies, 0);
      return;
    }
    double mean = moments[0];
    double yy = moments[1];
    phases.start(data, config, L, root);
    double[] cos = phases.cos();
    double[] sin = phases.sin();
    double[] stepCos = phases.stepCos();
    double[] stepSin = phases.stepSin();
    double[] sums = new double[7 * L];
    double[] block = new double[L];
    for (int k = 0; k < padded; k += L) {
      accumulate(n, root, rootY, cos, sin, stepCos, stepSin, sums);
      if (reference) {
        finishReference(sums, mean, yy, out, k, block);
      } else {
        finish(sums, mean, yy, out, k, frequencies, block);
      }
    }
  }

  /**
   * The powers coarse-then-refine ({@link PeriodogramConfig#refine()} r &ge; 2): on the coarse grid into
   * {@code refinement.coarse()}, then, after {@link CoarseRefinement#select()}, on the whole grid over the selected
   * runs into {@code refinement.fine()}, whose other entries keep the coarse powers or −∞ (its own tables).
   */
  void refined(RvObservationSet data, CoarseRefinement refinement) {
    tables.prepare(data, config, L);
    refined(data, refinement, tables);
  }

  /** {@link #refined(RvObservationSet, CoarseRefinement)} with the set's tables prepared by the caller. */
  void refined(RvObservationSet data, CoarseRefinement refinement, PhaseTables prepared) {
    if (!weigh(data)) {
      refinement.zero();
      return;
    }
    int n = data.size();
    double[] sums = new double[7 * L];
    double[] block = new double[L];
    int coarseCount = refinement.coarseCount();
    phases.startCoarse(prepared, root);
    for (int k = 0; k < coarseCount; k += L) {
      accumulate(n, root, rootY, phases.cos(), phases.sin(), phases.stepCos(), phases.stepSin(), sums);
      finish(sums, mean, yy, refinement.coarse(), k, coarseCount, block);
    }
    refineRuns(data, refinement, prepared);
  }

  /**
   * The refinement's selection from its coarse powers, then the powers on the whole grid over its runs (after
   * {@link #weigh(RvObservationSet)} of the same set returned true).
   */
  void refineRuns(RvObservationSet data, CoarseRefinement refinement, PhaseTables prepared) {
    int n = data.size();
    double[] sums = new double[7 * L];
    double[] block = new double[L];
    double[] fine = refinement.fine();
    refinement.select();
    phases.prepareJumps(prepared, root);
    for (int r = 0; r < refinement.runs(); r++) {
      int end = refinement.runEnd(r);
      phases.moveTo(refinement.runStart(r));
      for (int k = refinement.runStart(r); k < end; k += L) {
        accumulate(n, root, rootY, phases.cos(), phases.sin(), phases.fineStepCos(), phases.fineStepSin(), sums);
        finish(sums, mean, yy, fine, k, end, block);
      }
    }
  }

  /**
   * Weighs {@code data} into this instance's scratch (√w_i, √w_i y_i, Y and YY, as {@link #power} does);
   * @return false if YY is not positive (the periodogram is then 0)
   */
  boolean weigh(RvObservationSet data) {
    int n = data.size();
    if (root.length < n) {
      root = new double[n];
      rootY = new double[n];
    }
    double[] moments = new double[2];
    boolean positive = weigh(data, root, rootY, moments);
    mean = moments[0];
    yy = moments[1];
    return positive;
  }

  /** @return YY = Σ w_i y_i² − Y² of the set last {@link #weigh(RvObservationSet) weighed} */
  double variance() {
    return yy;
  }

  /**
   * Writes √w_i and √w_i y_i, and into {@code moments} the weighted mean Y and YY = Σ w_i y_i² − Y²;
   * @return false if YY is not positive (the periodogram is then 0)
   */
  private static boolean weigh(RvObservationSet data, double[] root, double[] rootY, double[] moments) {
    int n = data.size();
    double total = 0;
    for (int i = 0; i < n; i++) {
      total += 1 / (data.error(i) * data.error(i));
    }
    double mean = 0;
    double square = 0;
    for (int i = 0; i < n; i++) {
      double w = 1 / (data.error(i) * data.error(i)) / total;
      root[i] = Math.sqrt(w);
      rootY[i] = root[i] * data.velocity(i);
      mean += w * data.velocity(i);
      square += w * data.velocity(i) * data.velocity(i);
    }
    moments[0] = mean;
    moments[1] = square - mean * mean;
    return moments[1] > 0;
  }

  /*
   * The two halves of one vector of frequencies are separate methods that pass their vectors through
   * the arrays: in one method with the epoch loop, C2 on JDK 17 gave up inlining the Vector API calls
   * (its node count limit) and ran them as boxed objects (docs/astro.md run 17); the operations and
   * their order are unchanged, so the powers are the same bits.
   */

  /** The seven sums over the epochs for the current vector of frequencies, then the rotation to the next. */
  private static void accumulate(
      int n, double[] root, double[] rootY, double[] cos, double[] sin, double[] stepCos, double[] stepSin, double[] sums) {
    DoubleVector c = DoubleVector.zero(SPECIES);
    DoubleVector s = DoubleVector.zero(SPECIES);
    DoubleVector yc = DoubleVector.zero(SPECIES);
    DoubleVector ys = DoubleVector.zero(SPECIES);
    DoubleVector cc = DoubleVector.zero(SPECIES);
    DoubleVector ss = DoubleVector.zero(SPECIES);
    DoubleVector cs = DoubleVector.zero(SPECIES);
    for (int i = 0; i < n; i++) {
      // the state holds a = √w_i cos τ_i and b = √w_i sin τ_i, so every sum is one fused multiply-add
      DoubleVector a = DoubleVector.fromArray(SPECIES, cos, i * L);
      DoubleVector b = DoubleVector.fromArray(SPECIES, sin, i * L);
      DoubleVector r = DoubleVector.broadcast(SPECIES, root[i]);
      DoubleVector ry = DoubleVector.broadcast(SPECIES, rootY[i]);
      c = a.fma(r, c);
      s = b.fma(r, s);
      yc = a.fma(ry, yc);
      ys = b.fma(ry, ys);
      cc = a.fma(a, cc);
      ss = b.fma(b, ss);
      cs = a.fma(b, cs);
      // advance to the next L frequencies: angle + 2π L Δf t_i (a rotation keeps the factor √w_i)
      DoubleVector rc = DoubleVector.broadcast(SPECIES, stepCos[i]);
      DoubleVector rs = DoubleVector.broadcast(SPECIES, stepSin[i]);
      a.fma(rc, b.mul(rs).neg()).intoArray(cos, i * L);
      b.fma(rc, a.mul(rs)).intoArray(sin, i * L);
    }
    c.intoArray(sums, 0);
    s.intoArray(sums, L);
    yc.intoArray(sums, 2 * L);
    ys.intoArray(sums, 3 * L);
    cc.intoArray(sums, 4 * L);
    ss.intoArray(sums, 5 * L);
    cs.intoArray(sums, 6 * L);
  }

  /** The power of the current vector of frequencies from its sums, into out[k … min(k + L, limit)). */
  private static void finish(double[] sums, double mean, double yy, double[] out, int k, int limit, double[] block) {
    DoubleVector c = DoubleVector.fromArray(SPECIES, sums, 0);
    DoubleVector s = DoubleVector.fromArray(SPECIES, sums, L);
    DoubleVector yc = DoubleVector.fromArray(SPECIES, sums, 2 * L).sub(c.mul(mean));
    DoubleVector ys = DoubleVector.fromArray(SPECIES, sums, 3 * L).sub(s.mul(mean));
    DoubleVector cc = DoubleVector.fromArray(SPECIES, sums, 4 * L).sub(c.mul(c));
    DoubleVector ss = DoubleVector.fromArray(SPECIES, sums, 5 * L).sub(s.mul(s));
    DoubleVector cs = DoubleVector.fromArray(SPECIES, sums, 6 * L).sub(c.mul(s));
    DoubleVector d = cc.mul(ss).sub(cs.mul(cs));
    DoubleVector num = ss.mul(yc).mul(yc).add(cc.mul(ys).mul(ys)).sub(cs.mul(yc).mul(ys).mul(2));
    DoubleVector p = num.div(d.mul(yy));
    // a degenerate fit (all phases equal at this frequency) explains nothing
    // (NaN as p ≠ p: the same lanes as test(IS_NAN), which JDK 17's C2 did not always intrinsify, docs/astro.md run 20)
    // two blends instead of an or of masks, and the store written out here so that no vector crosses a call (both
    // showed in a JDK 17 profile, docs/astro.md run 23): the same lanes set to zero, the same values stored
    DoubleVector zero = DoubleVector.zero(SPECIES);
    p = p.blend(zero, d.compare(VectorOperators.LE, 1e-12));
    p = p.blend(zero, p.compare(VectorOperators.NE, p));
    p = p.max(0).min(1);
    if (k + L <= limit) {
      p.intoArray(out, k);
    } else {
      p.intoArray(block, 0);
      System.arraycopy(block, 0, out, k, limit - k);
    }
  }

  /**
   * {@link #finish} before docs/astro.md run 23 (the degenerate lanes as an or of two masks, the vector passed to
   * {@link EpochPhases#store}), kept as its reference: the same powers.
   */
  private void finishReference(double[] sums, double mean, double yy, double[] out, int k, double[] block) {
    DoubleVector c = DoubleVector.fromArray(SPECIES, sums, 0);
    DoubleVector s = DoubleVector.fromArray(SPECIES, sums, L);
    DoubleVector yc = DoubleVector.fromArray(SPECIES, sums, 2 * L).sub(c.mul(mean));
    DoubleVector ys = DoubleVector.fromArray(SPECIES, sums, 3 * L).sub(s.mul(mean));
    DoubleVector cc = DoubleVector.fromArray(SPECIES, sums, 4 * L).sub(c.mul(c));
    DoubleVector ss = DoubleVector.fromArray(SPECIES, sums, 5 * L).sub(s.mul(s));
    DoubleVector cs = DoubleVector.fromArray(SPECIES, sums, 6 * L).sub(c.mul(s));
    DoubleVector d = cc.mul(ss).sub(cs.mul(cs));
    DoubleVector num = ss.mul(yc).mul(yc).add(cc.mul(ys).mul(ys)).sub(cs.mul(yc).mul(ys).mul(2));
    DoubleVector p = num.div(d.mul(yy));
    // a degenerate fit (all phases equal at this frequency) explains nothing
    // (NaN as p ≠ p: the same lanes as test(IS_NAN), which JDK 17's C2 did not always intrinsify, docs/astro.md run 20)
    p = p.blend(DoubleVector.zero(SPECIES), d.compare(VectorOperators.LE, 1e-12).or(p.compare(VectorOperators.NE, p)));
    p = p.max(0).min(1);
    EpochPhases.store(p, out, k, frequencies, block);
  }
}
