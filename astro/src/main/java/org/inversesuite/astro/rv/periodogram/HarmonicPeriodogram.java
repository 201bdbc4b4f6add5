package org.inversesuite.astro.rv.periodogram;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.inversesuite.astro.rv.RvObservationSet;

/**
 * The two-harmonic periodogram (the multi-harmonic periodogram of Schwarzenberg-Czerny 1996, ApJ 460,
 * L107, with two harmonics and the floating offset and error weights of the generalised Lomb-Scargle
 * periodogram of Zechmeister &amp; Kürster 2009, A&amp;A 496, 577): at each grid frequency f the weighted
 * least-squares fit of
 * \[ v(t) = a_0 + a_1 \cos τ + b_1 \sin τ + a_2 \cos 2τ + b_2 \sin 2τ,\qquad τ = 2π f t, \]
 * and its power, the fraction of the weighted variance it explains,
 * \[ p(f) = \frac{\mathbf b^\top M^{-1} \mathbf b}{YY} \in [0, 1],\quad
 *    M_{jk} = \sum_i w_i φ_j φ_k - Φ_j Φ_k,\; b_j = \sum_i w_i y_i φ_j - Y Φ_j,\; Φ_j = \sum_i w_i φ_j, \]
 * with φ = (cos τ, sin τ, cos 2τ, sin 2τ), w_i = σ_i⁻²/Σσ_j⁻², Y = Σ w_i y_i and YY = Σ w_i y_i² − Y² (subtracting
 * the weighted means is the offset a₀). An eccentric orbit's velocity curve is a Fourier series in the mean
 * anomaly whose second harmonic grows with e, so a sinusoid explains only part of it and its GLS power
 * spreads over harmonics and aliases; two harmonics hold most of it up to e ≈ 0.5–0.6. The model with one
 * harmonic is nested in this one, so p(f) is at least the GLS power at every f.
 *
 * <p>Computation, as in {@link GlsPeriodogram}: vectorised over frequencies, each epoch's (cos τ, sin τ)
 * advanced from one vector of L frequencies to the next by a rotation. The products of the basis functions
 * follow from the sums of cos kτ and sin kτ for k = 1…4 (cos²τ = (1 + cos 2τ)/2, cos τ cos 2τ = (cos τ + cos 3τ)/2,
 * …), so each epoch costs the rotation, the multiple angles and 12 fused multiply-adds. M is solved by a
 * Cholesky factorisation in the vector lanes; a pivot below 1e-10 (a basis function that is, at this
 * frequency and these epochs, a combination of the previous ones) drops that function, which leaves the fit
 * unchanged. An instance owns scratch space: one per thread.
 */
public final class HarmonicPeriodogram {
  private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
  private static final int L = SPECIES.length();
  private static final double PIVOT = 1e-10;
  /** Where {@link #finish}'s steps keep M and L's factor in the scratch array after the twelve sums. */
  private static final int M00 = 12 * L;
  private static final int M10 = 13 * L;
  private static final int M11 = 14 * L;
  private static final int M20 = 15 * L;
  private static final int M21 = 16 * L;
  private static final int M22 = 17 * L;
  private static final int M30 = 18 * L;
  private static final int M31 = 19 * L;
  private static final int M32 = 20 * L;
  private static final int M33 = 21 * L;
  private static final int L00 = 22 * L;
  private static final int L10 = 23 * L;
  private static final int L11 = 24 * L;
  private static final int L20 = 25 * L;
  private static final int L21 = 26 * L;
  private static final int L22 = 27 * L;
  private static final int L30 = 28 * L;
  private static final int L31 = 29 * L;
  private static final int L32 = 30 * L;
  private static final int L33 = 31 * L;
  private static final int SCRATCH = 32 * L;

  private final PeriodogramConfig config;
  private final int frequencies;
  private final int padded;
  private final EpochPhases phases = new EpochPhases();
  private final PhaseTables tables = new PhaseTables();
  /** The weighed set of the refined path: w_i, w_i (y_i − Y), YY. */
  private double[] w = new double[0];
  private double[] wy = new double[0];
  private double yy;

  /** @param config the frequency grid (its {@code harmonics} setting is not read: this is always two) */
  public HarmonicPeriodogram(PeriodogramConfig config) {
    this.config = config;
    this.frequencies = config.frequencies();
    this.padded = (frequencies + L - 1) / L * L;
  }

  /** @return the power at every grid frequency, length {@link PeriodogramConfig#frequencies()} */
  public double[] power(RvObservationSet data) {
    double[] out = new double[frequencies];
    power(data, out);
    return out;
  }

  /** Writes the power at every grid frequency into {@code out}. */
  public void power(RvObservationSet data, double[] out) {
    double[] wy = new double[data.size()];
    double yy = centre(data, wy);
    if (!(yy > 0)) {
      java.util.Arrays.fill(out, 0, frequencies, 0);
      return;
    }
    int n = data.size();
    double[] w = EpochPhases.weights(data);
    phases.start(data, config, L, null);
    double[] block = new double[L];
    double[] sums = new double[SCRATCH];
    for (int k = 0; k < padded; k += L) {
      sums(n, w, wy, phases.cos(), phases.sin(), phases.stepCos(), phases.stepSin(), sums);
      finish(sums, yy, out, 0, null, k, frequencies, block);
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
    if (coarse(data, prepared, refinement, null, 0)) {
      refineRuns(refinement, prepared);
    } else {
      refinement.zero();
    }
  }

  /**
   * The coarse pass: the two-harmonic powers on the coarse grid into {@code refinement.coarse()} and, if
   * {@code glsCoarse} is not null, the GLS powers of the same frequencies from the same sums into it (the GLS sums
   * are among the two-harmonic ones: with the centred sums, CC = M₀₀, SS = M₁₁, CS = M₁₀, YC = b₀, YS = b₁, and
   * p_GLS = (SS·YC² + CC·YS² − 2·CS·YC·YS) / (YY_GLS (CC·SS − CS²)), {@link GlsPeriodogram}'s eq. 20 with its YY
   * {@code glsVariance}; one pass over the epochs for both periodograms instead of two). Keeps the weighed set
   * for {@link #refineRuns}.
   *
   * @return false if the set has no variance to explain (the two-harmonic periodogram is then 0; the GLS powers
   *     are written all the same)
   */
  boolean coarse(RvObservationSet data, PhaseTables prepared, CoarseRefinement refinement, double[] glsCoarse,
      double glsVariance) {
    int n = data.size();
    if (wy.length < n) {
      wy = new double[n];
    }
    yy = centre(data, wy);
    w = EpochPhases.weights(data);
    if (!(yy > 0) && glsCoarse == null) {
      return false;
    }
    double[] block = new double[L];
    double[] sums = new double[SCRATCH];
    int coarseCount = refinement.coarseCount();
    phases.startCoarse(prepared, null);
    for (int k = 0; k < coarseCount; k += L) {
      sums(n, w, wy, phases.cos(), phases.sin(), phases.stepCos(), phases.stepSin(), sums);
      finish(sums, yy, refinement.coarse(), glsVariance, glsCoarse, k, coarseCount, block);
    }
    return yy > 0;
  }

  /**
   * The refinement's selection from its coarse powers, then the two-harmonic powers on the whole grid over its runs
   * (after {@link #coarse} of the same set returned true).
   */
  void refineRuns(CoarseRefinement refinement, PhaseTables prepared) {
    int n = prepared.epochs();
    double[] fine = refinement.fine();
    double[] block = new double[L];
    double[] sums = new double[SCRATCH];
    refinement.select();
    phases.prepareJumps(prepared, null);
    for (int r = 0; r < refinement.runs(); r++) {
      int end = refinement.runEnd(r);
      phases.moveTo(refinement.runStart(r));
      for (int k = refinement.runStart(r); k < end; k += L) {
        sums(n, w, wy, phases.cos(), phases.sin(), phases.fineStepCos(), phases.fineStepSin(), sums);
        finish(sums, yy, fine, 0, null, k, end, block);
      }
    }
  }

  /** Writes w_i (y_i − Y) into {@code wy}; @return YY = Σ w_i (y_i − Y)² (two passes) */
  private static double centre(RvObservationSet data, double[] wy) {
    int n = data.size();
    double[] w = EpochPhases.weights(data);
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
   * The twelve sums over the epochs for the L frequencies whose phases {@code cos}, {@code sin} hold (Σw cos kτ,
   * Σw sin kτ for k = 1…4 from the multiple angles, Σw(y − Y) cos kτ, Σw(y − Y) sin kτ for k = 1, 2) into
   * {@code sums}, then the phases advanced by the step; {@link #finish} takes the powers from them. Two methods that
   * pass their vectors through the array, as {@link GlsPeriodogram}'s (until docs/astro.md run 29 one method did
   * both, with the same operations in the same order: the same powers).
   */
  private static void sums(int n, double[] w, double[] wy, double[] cos, double[] sin, double[] stepCos,
      double[] stepSin, double[] sums) {
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
    c1.intoArray(sums, 0);
    s1.intoArray(sums, L);
    c2.intoArray(sums, 2 * L);
    s2.intoArray(sums, 3 * L);
    c3.intoArray(sums, 4 * L);
    s3.intoArray(sums, 5 * L);
    c4.intoArray(sums, 6 * L);
    s4.intoArray(sums, 7 * L);
    y1.intoArray(sums, 8 * L);
    z1.intoArray(sums, 9 * L);
    y2.intoArray(sums, 10 * L);
    z2.intoArray(sums, 11 * L);
  }

  /**
   * From the {@link #sums} of L frequencies: the two-harmonic powers into out[k … min(k + L, limit)) (M and b
   * centred, Cholesky in the lanes, p = |L⁻¹b|² / YY), and, if {@code gls} is not null, the GLS powers of the same
   * frequencies (as {@link GlsPeriodogram}'s finish, from M₀₀, M₁₁, M₁₀, b₀, b₁ and YY {@code glsVariance}) into
   * gls[k …]. Three methods that pass their vectors through {@code sums} (M from index 12 L, L's factor from
   * 22 L): in one method, C2 on JDK 17 stopped inlining the Vector API calls part-way (its node budget) and ran the
   * rest as boxed objects, ~700 bytes and ~130 ns per call (docs/astro.md run 29); the operations and their order
   * are unchanged, so the powers are the same bits.
   */
  private static void finish(double[] sums, double yy, double[] out, double glsVariance, double[] gls, int k,
      int limit, double[] block) {
    moments(sums);
    if (gls != null) {
      glsPower(sums, glsVariance, gls, k, limit, block);
    }
    factor(sums);
    solve(sums, yy, out, k, limit, block);
  }

  /** M in the basis (cos τ, sin τ, cos 2τ, sin 2τ), centred: M_jk = Σ w φ_j φ_k − Φ_j Φ_k (Σ w = 1), into sums[12 L …]. */
  private static void moments(double[] sums) {
    DoubleVector c1 = DoubleVector.fromArray(SPECIES, sums, 0);
    DoubleVector s1 = DoubleVector.fromArray(SPECIES, sums, L);
    DoubleVector c2 = DoubleVector.fromArray(SPECIES, sums, 2 * L);
    DoubleVector s2 = DoubleVector.fromArray(SPECIES, sums, 3 * L);
    DoubleVector c3 = DoubleVector.fromArray(SPECIES, sums, 4 * L);
    DoubleVector s3 = DoubleVector.fromArray(SPECIES, sums, 5 * L);
    DoubleVector c4 = DoubleVector.fromArray(SPECIES, sums, 6 * L);
    DoubleVector s4 = DoubleVector.fromArray(SPECIES, sums, 7 * L);
    c2.add(1).mul(0.5).sub(c1.mul(c1)).intoArray(sums, M00);
    s2.mul(0.5).sub(s1.mul(c1)).intoArray(sums, M10);
    c2.neg().add(1).mul(0.5).sub(s1.mul(s1)).intoArray(sums, M11);
    c1.add(c3).mul(0.5).sub(c2.mul(c1)).intoArray(sums, M20);
    s3.sub(s1).mul(0.5).sub(c2.mul(s1)).intoArray(sums, M21);
    c4.add(1).mul(0.5).sub(c2.mul(c2)).intoArray(sums, M22);
    s3.add(s1).mul(0.5).sub(s2.mul(c1)).intoArray(sums, M30);
    c1.sub(c3).mul(0.5).sub(s2.mul(s1)).intoArray(sums, M31);
    s4.mul(0.5).sub(s2.mul(c2)).intoArray(sums, M32);
    c4.neg().add(1).mul(0.5).sub(s2.mul(s2)).intoArray(sums, M33);
  }

  /** The GLS power (eq. 20) of the sinusoid alone from CC = M₀₀, SS = M₁₁, CS = M₁₀, YC = b₀, YS = b₁. */
  private static void glsPower(double[] sums, double glsVariance, double[] gls, int k, int limit, double[] block) {
    DoubleVector m00 = DoubleVector.fromArray(SPECIES, sums, M00);
    DoubleVector m10 = DoubleVector.fromArray(SPECIES, sums, M10);
    DoubleVector m11 = DoubleVector.fromArray(SPECIES, sums, M11);
    DoubleVector y1 = DoubleVector.fromArray(SPECIES, sums, 8 * L);
    DoubleVector z1 = DoubleVector.fromArray(SPECIES, sums, 9 * L);
    DoubleVector d = m00.mul(m11).sub(m10.mul(m10));
    DoubleVector num = m11.mul(y1).mul(y1).add(m00.mul(z1).mul(z1)).sub(m10.mul(y1).mul(z1).mul(2));
    DoubleVector g = num.div(d.mul(glsVariance));
    DoubleVector zero = DoubleVector.zero(SPECIES);
    g = g.blend(zero, d.compare(VectorOperators.LE, 1e-12));
    g = g.blend(zero, g.compare(VectorOperators.NE, g));
    g = g.max(0).min(1);
    if (k + L <= limit) {
      g.intoArray(gls, k);
    } else {
      g.intoArray(block, 0);
      System.arraycopy(block, 0, gls, k, limit - k);
    }
  }

  /** The Cholesky factor M = L Lᵀ (a pivot below {@code PIVOT}: +∞, which drops that function) into sums[22 L …]. */
  private static void factor(double[] sums) {
    DoubleVector m00 = DoubleVector.fromArray(SPECIES, sums, M00);
    DoubleVector m10 = DoubleVector.fromArray(SPECIES, sums, M10);
    DoubleVector m11 = DoubleVector.fromArray(SPECIES, sums, M11);
    DoubleVector m20 = DoubleVector.fromArray(SPECIES, sums, M20);
    DoubleVector m21 = DoubleVector.fromArray(SPECIES, sums, M21);
    DoubleVector m22 = DoubleVector.fromArray(SPECIES, sums, M22);
    DoubleVector m30 = DoubleVector.fromArray(SPECIES, sums, M30);
    DoubleVector m31 = DoubleVector.fromArray(SPECIES, sums, M31);
    DoubleVector m32 = DoubleVector.fromArray(SPECIES, sums, M32);
    DoubleVector m33 = DoubleVector.fromArray(SPECIES, sums, M33);
    // √pivot, or +∞ where the pivot is below PIVOT (drops that basis function), written out in place (a vector
    // passed to a method C2 did not inline was boxed, run 29)
    DoubleVector l00 = m00.sqrt().blend(Double.POSITIVE_INFINITY, m00.compare(VectorOperators.LT, PIVOT));
    DoubleVector l10 = m10.div(l00);
    DoubleVector l20 = m20.div(l00);
    DoubleVector l30 = m30.div(l00);
    DoubleVector p11 = m11.sub(l10.mul(l10));
    DoubleVector l11 = p11.sqrt().blend(Double.POSITIVE_INFINITY, p11.compare(VectorOperators.LT, PIVOT));
    DoubleVector l21 = m21.sub(l20.mul(l10)).div(l11);
    DoubleVector l31 = m31.sub(l30.mul(l10)).div(l11);
    DoubleVector p22 = m22.sub(l20.mul(l20)).sub(l21.mul(l21));
    DoubleVector l22 = p22.sqrt().blend(Double.POSITIVE_INFINITY, p22.compare(VectorOperators.LT, PIVOT));
    DoubleVector l32 = m32.sub(l30.mul(l20)).sub(l31.mul(l21)).div(l22);
    l00.intoArray(sums, L00);
    l10.intoArray(sums, L10);
    l11.intoArray(sums, L11);
    l20.intoArray(sums, L20);
    l21.intoArray(sums, L21);
    l22.intoArray(sums, L22);
    l30.intoArray(sums, L30);
    l31.intoArray(sums, L31);
    l32.intoArray(sums, L32);
    DoubleVector p33 = m33.sub(l30.mul(l30)).sub(l31.mul(l31)).sub(l32.mul(l32));
    p33.sqrt().blend(Double.POSITIVE_INFINITY, p33.compare(VectorOperators.LT, PIVOT)).intoArray(sums, L33);
  }

  /** z = L⁻¹ b and the power |z|² / YY, into out[k … min(k + L, limit)). */
  private static void solve(double[] sums, double yy, double[] out, int k, int limit, double[] block) {
    DoubleVector y1 = DoubleVector.fromArray(SPECIES, sums, 8 * L);
    DoubleVector z1 = DoubleVector.fromArray(SPECIES, sums, 9 * L);
    DoubleVector y2 = DoubleVector.fromArray(SPECIES, sums, 10 * L);
    DoubleVector z2 = DoubleVector.fromArray(SPECIES, sums, 11 * L);
    DoubleVector l00 = DoubleVector.fromArray(SPECIES, sums, L00);
    DoubleVector l10 = DoubleVector.fromArray(SPECIES, sums, L10);
    DoubleVector l11 = DoubleVector.fromArray(SPECIES, sums, L11);
    DoubleVector l20 = DoubleVector.fromArray(SPECIES, sums, L20);
    DoubleVector l21 = DoubleVector.fromArray(SPECIES, sums, L21);
    DoubleVector l22 = DoubleVector.fromArray(SPECIES, sums, L22);
    DoubleVector l30 = DoubleVector.fromArray(SPECIES, sums, L30);
    DoubleVector l31 = DoubleVector.fromArray(SPECIES, sums, L31);
    DoubleVector l32 = DoubleVector.fromArray(SPECIES, sums, L32);
    DoubleVector l33 = DoubleVector.fromArray(SPECIES, sums, L33);
    DoubleVector q0 = y1.div(l00);
    DoubleVector q1 = z1.sub(l10.mul(q0)).div(l11);
    DoubleVector q2 = y2.sub(l20.mul(q0)).sub(l21.mul(q1)).div(l22);
    DoubleVector q3 = z2.sub(l30.mul(q0)).sub(l31.mul(q1)).sub(l32.mul(q2)).div(l33);
    DoubleVector p = q0.mul(q0).add(q1.mul(q1)).add(q2.mul(q2)).add(q3.mul(q3)).div(yy);
    // NaN as p ≠ p (the lanes of test(IS_NAN)) and the store written out, so that no vector crosses a call (as
    // GlsPeriodogram's finish, docs/astro.md runs 20, 23): the same lanes set to zero, the same values stored
    p = p.blend(0, p.compare(VectorOperators.NE, p));
    p = p.max(0).min(1);
    if (k + L <= limit) {
      p.intoArray(out, k);
    } else {
      p.intoArray(block, 0);
      System.arraycopy(block, 0, out, k, limit - k);
    }
  }

}
