package org.inversesuite.astro.rv.periodogram;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.inversesuite.astro.rv.RvObservationSet;

/**
 * The coarse-then-refine periodogram features ({@link PeriodogramConfig#refine()} r &ge; 2) as
 * {@link PeriodogramFeatures} computed them before docs/astro.md run 29: the GLS periodogram's own coarse pass and
 * refined runs ({@link GlsPeriodogram}), then the two-harmonic periodogram's ({@link HarmonicPeriodogram}), each with
 * its own phase state and tables, each summarised from its known powers. A deliberate copy of the code of that time
 * (with {@link EpochPhasesBefore} and {@link CoarseRefinementBefore}), kept unchanged as the reference the faster
 * encode is tested against ({@code RefinedEncodeEquivalenceTest}) and timed beside ({@code PeriodogramRefineBenchmark}).
 * One instance per thread.
 */
final class RefinedFeaturesBefore {
  private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
  private static final int L = SPECIES.length();
  private static final double PIVOT = 1e-10;

  private final PeriodogramConfig config;
  private final int frequencies;
  private final int[] binEnd;
  private final double logRange;
  private final EpochPhasesBefore glsPhases = new EpochPhasesBefore();
  private final EpochPhasesBefore harmonicPhases = new EpochPhasesBefore();
  private final CoarseRefinementBefore glsRefinement;
  private final CoarseRefinementBefore harmonicRefinement;

  /** @param config a refined grid ({@code refine} &ge; 2) */
  RefinedFeaturesBefore(PeriodogramConfig config) {
    this.config = config;
    this.frequencies = config.frequencies();
    this.binEnd = CoarseRefinementTest.binEnds(config);
    this.logRange = Math.log(config.periodMax() / config.periodMin());
    this.glsRefinement = new CoarseRefinementBefore(config, binEnd);
    this.harmonicRefinement = new CoarseRefinementBefore(config, binEnd);
  }

  /** @return the two-harmonic powers on the whole grid, as {@link HarmonicPeriodogram#power} before run 29 */
  double[] harmonicWholeGrid(RvObservationSet data) {
    double[] out = new double[frequencies];
    double[] wy = new double[data.size()];
    double yy = centre(data, wy);
    if (!(yy > 0)) {
      return out;
    }
    int n = data.size();
    double[] w = EpochPhasesBefore.weights(data);
    harmonicPhases.start(data, config, L, null);
    double[] block = new double[L];
    for (int k = 0; k < frequencies; k += L) {
      harmonicBlock(n, w, wy, yy, harmonicPhases.cos(), harmonicPhases.sin(), harmonicPhases.stepCos(),
          harmonicPhases.stepSin(), out, k, frequencies, block);
    }
    return out;
  }

  /** @return the features of one set, as {@link PeriodogramFeatures#features(RvObservationSet)} before run 29 */
  double[] features(RvObservationSet data) {
    double[] out = new double[config.featureCount()];
    glsRefined(data, glsRefinement);
    summarise(glsRefinement, out, 0);
    if (config.harmonics() == 2) {
      harmonicRefined(data, harmonicRefinement);
      summarise(harmonicRefinement, out, config.summaryCount());
    }
    return out;
  }


  /**
   * The powers coarse-then-refine ({@link PeriodogramConfig#refine()} r &ge; 2): on the coarse grid into
   * {@code refinement.coarse()}, then, after {@link CoarseRefinement#select()}, on the whole grid over the selected
   * runs into {@code refinement.fine()}, whose other entries keep the coarse powers or −∞.
   */
  void glsRefined(RvObservationSet data, CoarseRefinementBefore refinement) {
    int n = data.size();
    double[] root = new double[n];
    double[] rootY = new double[n];
    double[] moments = new double[2];
    double[] fine = refinement.fine();
    if (!weigh(data, root, rootY, moments)) {
      java.util.Arrays.fill(fine, 0);
      return;
    }
    double mean = moments[0];
    double yy = moments[1];
    double[] sums = new double[7 * L];
    double[] block = new double[L];
    int coarseCount = refinement.coarseCount();
    glsPhases.start(data, config, L, root, refinement.stride());
    for (int k = 0; k < coarseCount; k += L) {
      accumulate(n, root, rootY, glsPhases.cos(), glsPhases.sin(), glsPhases.stepCos(), glsPhases.stepSin(), sums);
      finish(sums, mean, yy, refinement.coarse(), k, coarseCount, block);
    }
    refinement.select();
    glsPhases.prepareJumps(data, config, L, root);
    for (int r = 0; r < refinement.runs(); r++) {
      int end = refinement.runEnd(r);
      glsPhases.moveTo(refinement.runStart(r), L);
      for (int k = refinement.runStart(r); k < end; k += L) {
        accumulate(n, root, rootY, glsPhases.cos(), glsPhases.sin(), glsPhases.fineStepCos(), glsPhases.fineStepSin(), sums);
        finish(sums, mean, yy, fine, k, end, block);
      }
    }
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
   * The powers coarse-then-refine ({@link PeriodogramConfig#refine()} r &ge; 2): on the coarse grid into
   * {@code refinement.coarse()}, then, after {@link CoarseRefinement#select()}, on the whole grid over the selected
   * runs into {@code refinement.fine()}, whose other entries keep the coarse powers or −∞.
   */
  void harmonicRefined(RvObservationSet data, CoarseRefinementBefore refinement) {
    double[] wy = new double[data.size()];
    double yy = centre(data, wy);
    double[] fine = refinement.fine();
    if (!(yy > 0)) {
      java.util.Arrays.fill(fine, 0);
      return;
    }
    int n = data.size();
    double[] w = EpochPhasesBefore.weights(data);
    double[] block = new double[L];
    int coarseCount = refinement.coarseCount();
    harmonicPhases.start(data, config, L, null, refinement.stride());
    for (int k = 0; k < coarseCount; k += L) {
      harmonicBlock(n, w, wy, yy, harmonicPhases.cos(), harmonicPhases.sin(), harmonicPhases.stepCos(), harmonicPhases.stepSin(), refinement.coarse(), k,
          coarseCount, block);
    }
    refinement.select();
    harmonicPhases.prepareJumps(data, config, L, null);
    for (int r = 0; r < refinement.runs(); r++) {
      int end = refinement.runEnd(r);
      harmonicPhases.moveTo(refinement.runStart(r), L);
      for (int k = refinement.runStart(r); k < end; k += L) {
        harmonicBlock(n, w, wy, yy, harmonicPhases.cos(), harmonicPhases.sin(), harmonicPhases.fineStepCos(), harmonicPhases.fineStepSin(), fine, k, end,
            block);
      }
    }
  }


  /** Writes w_i (y_i − Y) into {@code wy}; @return YY = Σ w_i (y_i − Y)² (two passes) */
  private static double centre(RvObservationSet data, double[] wy) {
    int n = data.size();
    double[] w = EpochPhasesBefore.weights(data);
    double mean = 0;
    for (int i = 0; i < n; i++) {
      mean += w[i] * data.velocity(i);
    }
    // centred velocities (two passes): Σ w (y − Y) φ = Σ w y φ − Y Φ, and YY = Σ w (y − Y)²
    double yy = 0;
    for (int i = 0; i < n; i++) {
      double centred = data.velocity(i) - mean;
      wy[i] = w[i] * centred;
      yy += wy[i] * centred;
    }
    return yy;
  }


  /**
   * The powers of the L frequencies whose phases {@code cos}, {@code sin} hold, into out[k … min(k + L, limit)),
   * then the phases advanced by the step.
   */
  private static void harmonicBlock(int n, double[] w, double[] wy, double yy, double[] cos, double[] sin, double[] stepCos,
      double[] stepSin, double[] out, int k, int limit, double[] block) {
    DoubleVector c1 = DoubleVector.zero(SPECIES);
    DoubleVector s1 = c1;
    DoubleVector c2 = c1;
    DoubleVector s2 = c1;
    DoubleVector c3 = c1;
    DoubleVector s3 = c1;
    DoubleVector c4 = c1;
    DoubleVector s4 = c1;
    DoubleVector y1 = c1;
    DoubleVector z1 = c1;
    DoubleVector y2 = c1;
    DoubleVector z2 = c1;
    for (int i = 0; i < n; i++) {
      DoubleVector a = DoubleVector.fromArray(SPECIES, cos, i * L);
      DoubleVector b = DoubleVector.fromArray(SPECIES, sin, i * L);
      DoubleVector wi = DoubleVector.broadcast(SPECIES, w[i]);
      DoubleVector wyi = DoubleVector.broadcast(SPECIES, wy[i]);
      DoubleVector a2 = a.fma(a, b.mul(b).neg());
      DoubleVector ab = a.mul(b);
      DoubleVector b2 = ab.add(ab);
      DoubleVector a3 = a2.fma(a, b2.mul(b).neg());
      DoubleVector b3 = b2.fma(a, a2.mul(b));
      DoubleVector a4 = a2.fma(a2, b2.mul(b2).neg());
      DoubleVector a2b2 = a2.mul(b2);
      DoubleVector b4 = a2b2.add(a2b2);
      c1 = a.fma(wi, c1);
      s1 = b.fma(wi, s1);
      c2 = a2.fma(wi, c2);
      s2 = b2.fma(wi, s2);
      c3 = a3.fma(wi, c3);
      s3 = b3.fma(wi, s3);
      c4 = a4.fma(wi, c4);
      s4 = b4.fma(wi, s4);
      y1 = a.fma(wyi, y1);
      z1 = b.fma(wyi, z1);
      y2 = a2.fma(wyi, y2);
      z2 = b2.fma(wyi, z2);
      DoubleVector rc = DoubleVector.broadcast(SPECIES, stepCos[i]);
      DoubleVector rs = DoubleVector.broadcast(SPECIES, stepSin[i]);
      a.fma(rc, b.mul(rs).neg()).intoArray(cos, i * L);
      b.fma(rc, a.mul(rs)).intoArray(sin, i * L);
    }
    // M in the basis (cos τ, sin τ, cos 2τ, sin 2τ), centred: Σ w φ_j φ_k − Φ_j Φ_k (Σ w = 1)
    DoubleVector m00 = c2.add(1).mul(0.5).sub(c1.mul(c1));
    DoubleVector m10 = s2.mul(0.5).sub(s1.mul(c1));
    DoubleVector m11 = c2.neg().add(1).mul(0.5).sub(s1.mul(s1));
    DoubleVector m20 = c1.add(c3).mul(0.5).sub(c2.mul(c1));
    DoubleVector m21 = s3.sub(s1).mul(0.5).sub(c2.mul(s1));
    DoubleVector m22 = c4.add(1).mul(0.5).sub(c2.mul(c2));
    DoubleVector m30 = s3.add(s1).mul(0.5).sub(s2.mul(c1));
    DoubleVector m31 = c1.sub(c3).mul(0.5).sub(s2.mul(s1));
    DoubleVector m32 = s4.mul(0.5).sub(s2.mul(c2));
    DoubleVector m33 = c4.neg().add(1).mul(0.5).sub(s2.mul(s2));
    // Cholesky M = L Lᵀ and z = L⁻¹ b; the explained variance is |z|²
    DoubleVector l00 = root(m00);
    DoubleVector l10 = m10.div(l00);
    DoubleVector l20 = m20.div(l00);
    DoubleVector l30 = m30.div(l00);
    DoubleVector l11 = root(m11.sub(l10.mul(l10)));
    DoubleVector l21 = m21.sub(l20.mul(l10)).div(l11);
    DoubleVector l31 = m31.sub(l30.mul(l10)).div(l11);
    DoubleVector l22 = root(m22.sub(l20.mul(l20)).sub(l21.mul(l21)));
    DoubleVector l32 = m32.sub(l30.mul(l20)).sub(l31.mul(l21)).div(l22);
    DoubleVector l33 = root(m33.sub(l30.mul(l30)).sub(l31.mul(l31)).sub(l32.mul(l32)));
    DoubleVector q0 = y1.div(l00);
    DoubleVector q1 = z1.sub(l10.mul(q0)).div(l11);
    DoubleVector q2 = y2.sub(l20.mul(q0)).sub(l21.mul(q1)).div(l22);
    DoubleVector q3 = z2.sub(l30.mul(q0)).sub(l31.mul(q1)).sub(l32.mul(q2)).div(l33);
    DoubleVector p = q0.mul(q0).add(q1.mul(q1)).add(q2.mul(q2)).add(q3.mul(q3)).div(yy);
    p = p.blend(0, p.test(VectorOperators.IS_NAN));
    p = p.max(0).min(1);
    EpochPhasesBefore.store(p, out, k, limit, block);
  }


  /** @return √pivot, or +∞ where the pivot is below {@link #PIVOT} (drops that basis function) */
  private static DoubleVector root(DoubleVector pivot) {
    return pivot.sqrt().blend(Double.POSITIVE_INFINITY, pivot.compare(VectorOperators.LT, PIVOT));
  }


  /**
   * {@link #summarise(double[], double[], int)} of {@code r.fine()} reading only the known powers: per bin the coarse
   * points and the runs inside it, and the peaks within one index of the runs (a known power with both neighbours
   * known lies there, the runs being at least two unknown indices apart), in increasing index as there: the same
   * features.
   */
  private void summarise(CoarseRefinementBefore r, double[] out, int offset) {
    double[] fine = r.fine();
    int stride = r.stride();
    int bins = config.bins();
    int run = 0;
    int start = 0;
    for (int b = bins - 1; b >= 0; b--) {
      int end = binEnd[b];
      double m = 0;
      for (int k = (start + stride - 1) / stride * stride; k < end; k += stride) {
        m = Math.max(m, fine[k]);
      }
      while (run < r.runs() && r.runEnd(run) <= start) {
        run++;
      }
      for (int i = run; i < r.runs() && r.runStart(i) < end; i++) {
        for (int k = Math.max(start, r.runStart(i)); k < Math.min(end, r.runEnd(i)); k++) {
          m = Math.max(m, fine[k]);
        }
      }
      out[offset + b] = m;
      start = Math.max(start, end);
    }
    int peaks = config.peaks();
    double[] bestPower = new double[peaks];
    double[] bestU = new double[peaks];
    for (int i = 0; i < r.runs() && peaks > 0; i++) {
      for (int k = Math.max(0, r.runStart(i) - 1); k <= Math.min(fine.length - 1, r.runEnd(i)); k++) {
        peak(fine, k, bestPower, bestU);
      }
    }
    for (int j = 0; j < peaks; j++) {
      out[offset + bins + 2 * j] = bestU[j];
      out[offset + bins + 2 * j + 1] = bestPower[j];
    }
  }


  /**
   * Inserts grid index k of {@code power} among the m highest peaks so far if it is a local maximum above the m-th
   * (both neighbours known: a power of −∞ inside the grid is unknown), its position refined by the parabola.
   */
  private void peak(double[] power, int k, double[] bestPower, double[] bestU) {
    int m = bestPower.length;
    // the cheap, mostly true test first (below the m-th best so far): the same condition, fewer branches missed
    if (power[k] <= bestPower[m - 1]) {
      return;
    }
    double left = k > 0 ? power[k - 1] : Double.NEGATIVE_INFINITY;
    double right = k + 1 < power.length ? power[k + 1] : Double.NEGATIVE_INFINITY;
    if (!(power[k] > left && power[k] >= right)) {
      return;
    }
    // coarse-then-refine: a neighbour not computed (−∞ inside the grid) leaves open whether k is a peak
    if (k > 0 && left == Double.NEGATIVE_INFINITY || k + 1 < power.length && right == Double.NEGATIVE_INFINITY) {
      return;
    }
    double shift = 0;
    if (k > 0 && k + 1 < power.length) {
      double curvature = left - 2 * power[k] + right;
      shift = curvature < 0 ? 0.5 * (left - right) / curvature : 0;
    }
    double u = position(config.frequency(0) + (k + shift) * config.frequencyStep());
    int j = m - 1;
    while (j > 0 && bestPower[j - 1] < power[k]) {
      bestPower[j] = bestPower[j - 1];
      bestU[j] = bestU[j - 1];
      j--;
    }
    bestPower[j] = power[k];
    bestU[j] = u;
  }


  /** @return u = ln(P/P_min)/ln(P_max/P_min) of frequency f = 1/P */
  public double position(double frequency) {
    return Math.max(0, Math.min(1, Math.log(1 / (frequency * config.periodMin())) / logRange));
  }
}
