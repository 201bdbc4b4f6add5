package org.inversesuite.astro.rv;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.astro.rv.periodogram.PeriodogramConfig;
import org.inversesuite.core.nn.DeepSetEncoder;

/**
 * The data-dependent centre and width of a {@link PeriodCoordinate}, read from one encoded
 * observation y (so they are deterministic functions of y, as a reparametrisation needs):
 * \[ \hat P = P_\min \exp\bigl(u_1 \ln(P_\max/P_\min)\bigr), \qquad w = \hat P / T_y, \]
 * with u_1 the parabola-refined position of the highest periodogram peak (the first peak of
 * {@link org.inversesuite.astro.rv.periodogram.PeriodogramFeatures}) and T_y the time span of the
 * present measurements (the encoding's baseline if the span is 0). A set without a peak (constant
 * data) has u_1 = 0, so P̂ = P_min.
 *
 * @param period P̂ in days, &gt; 0
 * @param width w, the peak's width in ln P, &gt; 0
 * @param secondary the periods P_k (days) of {@link PeriodCoordinate#PEAK_BLEND_MULTI}'s further zooms, each of
 *     width w_k = w P_k / P̂ (the same span T_y); empty for every other coordinate
 */
public record PeriodReference(double period, double width, List<Double> secondary) {
  /** Validates the values. */
  public PeriodReference {
    if (!(period > 0) || !Double.isFinite(period) || !(width > 0) || !Double.isFinite(width)) {
      throw new IllegalArgumentException("need a finite period and width > 0, got " + period + ", " + width);
    }
    secondary = List.copyOf(secondary);
    for (double p : secondary) {
      if (!(p > 0) || !Double.isFinite(p)) {
        throw new IllegalArgumentException("need finite secondary periods > 0, got " + secondary);
      }
    }
  }

  /** A centre without secondary zooms. */
  public PeriodReference(double period, double width) {
    this(period, width, List.of());
  }

  /**
   * The zooms of {@link PeriodCoordinate#PEAK_BLEND_MULTI}: the centre of {@link #preferringHarmonic} and, as
   * secondary zooms, the candidate periods the summary already reports: the GLS highest peak and the
   * {@link PeriodogramConfig#peaks()} highest peaks of the two-harmonic periodogram (those with power &gt; 0), each
   * kept only if it is more than one peak width (P_k/T_y in ln P) from the centre and from every zoom kept
   * before it. Run 20 (docs/astro.md) found the true period of 55–65 % of the missed targets whose truth was
   * not at the centre at one of these two-harmonic peaks.
   *
   * @param y one encoded observation
   * @param encoding its encoding, with the two-harmonic summary
   * @return the centre with its secondary zooms
   */
  public static PeriodReference withCandidates(double[] y, RvSetEncoding encoding) {
    PeriodReference centre = preferringHarmonic(y, encoding);
    List<Double> kept = new ArrayList<>();
    for (PeriodCandidate c : candidates(y, encoding, centre)) {
      kept.add(c.period());
    }
    return new PeriodReference(centre.period(), centre.width(), kept);
  }

  /**
   * The candidate peaks of {@link #withCandidates} with their powers, in its order (the GLS highest peak, then the
   * two-harmonic peaks as the summary reports them), the same deduplication.
   *
   * @param centre {@link #preferringHarmonic}(y, encoding)
   */
  static List<PeriodCandidate> candidates(double[] y, RvSetEncoding encoding, PeriodReference centre) {
    PeriodogramConfig grid = encoding.periodogram();
    double span = centre.period() / centre.width();
    int slotsWidth = DeepSetEncoder.inputWidth(encoding.slots(), RvSetEncoding.ELEMENT_WIDTH);
    List<PeriodCandidate> all = new ArrayList<>();
    all.add(new PeriodCandidate(peakPeriod(y, encoding, 0), y[slotsWidth + grid.bins() + 1], false));
    int base = slotsWidth + grid.summaryCount() + grid.bins();
    for (int k = 0; k < grid.peaks(); k++) {
      if (y[base + 2 * k + 1] > 0) {
        all.add(new PeriodCandidate(grid.periodMin() * Math.exp(y[base + 2 * k]
            * Math.log(grid.periodMax() / grid.periodMin())), y[base + 2 * k + 1], true));
      }
    }
    List<PeriodCandidate> kept = new ArrayList<>();
    for (PeriodCandidate c : all) {
      double p = c.period();
      boolean distinct = Math.abs(Math.log(p / centre.period())) > p / span;
      for (PeriodCandidate q : kept) {
        distinct &= Math.abs(Math.log(p / q.period())) > p / span;
      }
      if (distinct) {
        kept.add(c);
      }
    }
    return kept;
  }

  /**
   * One candidate peak of {@link #candidates}.
   *
   * @param period its period, days
   * @param power its periodogram power (a fraction of the weighted variance)
   * @param harmonic true for a two-harmonic peak, false for the GLS highest peak
   */
  record PeriodCandidate(double period, double power, boolean harmonic) {
  }

  /**
   * @param y one encoded observation, length {@link RvSetEncoding#width()}
   * @param encoding the encoding that wrote it (must have periodogram features)
   * @return P̂ (the GLS highest peak) and w of y
   */
  public static PeriodReference of(double[] y, RvSetEncoding encoding) {
    grid(y, encoding);
    double span = span(y, encoding);
    double period = peakPeriod(y, encoding, 0);
    return new PeriodReference(period, period / span);
  }

  /**
   * The centre of {@link PeriodCoordinate#PEAK_BLEND_HARMONIC}: the two-harmonic periodogram's highest peak
   * P̂₂ (power p₂, {@link org.inversesuite.astro.rv.periodogram.HarmonicPeriodogram}) instead of the GLS one
   * P̂₁ (power p₁) when the two-harmonic fit explains more than a sinusoid can, and the peaks are different
   * peaks (|ln P̂₂ − ln P̂₁| &gt; w₁, one GLS peak width; otherwise they are the same peak and the GLS position,
   * the fit with fewer free parameters, is kept). "More than a sinusoid can" is the nested-model F test
   * (the two-harmonic model adds cos 2τ, sin 2τ to the sinusoid plus offset; both powers are fractions of the
   * same weighted variance, Zechmeister &amp; Kürster 2009, A&amp;A 496, 577, eq. 5; Schwarzenberg-Czerny 1996,
   * ApJ 460, L107) with N present epochs:
   * \[ F = \frac{(p_2 - p_1)/2}{(1 - p_2)/(N - 5)}, \qquad
   *     \Pr(F_{2, N-5} &gt; x) = \Bigl(1 + \frac{2x}{N - 5}\Bigr)^{-(N-5)/2}, \]
   * and the harmonic peak is chosen when that probability is below {@value #FALSE_ALARM}. For a sinusoid
   * with Gaussian errors the second harmonic at the sinusoid's frequency only fits noise (F ~ F(2, N − 5)),
   * and the harmonic peak at 2P (where the sinusoid is the second harmonic) explains at most what the GLS
   * peak does plus a fitted noise term, so a sinusoid switches with probability ~{@value #FALSE_ALARM}
   * (more through the maximum over frequencies, which the test does not correct); an eccentric orbit at high
   * S/N leaves a GLS residual many times the noise, and F is large. Using the GLS maximum p₁ (≥ the GLS power at
   * P̂₂) makes F a lower bound of the F at P̂₂, so the rule is conservative. With N ≤ 5 the GLS peak is kept.
   * The width stays w = P̂/T_y of the chosen peak.
   *
   * @param y one encoded observation
   * @param encoding its encoding, with the two-harmonic summary ({@link PeriodogramConfig#harmonics()} 2)
   * @return the reference centred on the chosen peak
   */
  public static PeriodReference preferringHarmonic(double[] y, RvSetEncoding encoding) {
    PeriodogramConfig grid = grid(y, encoding);
    if (grid.harmonics() != 2) {
      throw new IllegalArgumentException("a two-harmonic period centre needs the two-harmonic periodogram's "
          + "features (harmonics 2), the encoding has harmonics " + grid.harmonics());
    }
    double span = span(y, encoding);
    double gls = peakPeriod(y, encoding, 0);
    double harmonic = peakPeriod(y, encoding, grid.summaryCount());
    int at = DeepSetEncoder.inputWidth(encoding.slots(), RvSetEncoding.ELEMENT_WIDTH) + grid.bins() + 1;
    boolean separate = Math.abs(Math.log(harmonic / gls)) > gls / span;
    double period = separate && harmonicExplainsMore(y[at], y[at + grid.summaryCount()], epochs(y, encoding))
        ? harmonic : gls;
    return new PeriodReference(period, period / span);
  }

  /** False-alarm probability of {@link #harmonicExplainsMore}'s F test. */
  public static final double FALSE_ALARM = 1e-3;

  /**
   * @param glsPower p₁, the GLS highest peak's power
   * @param harmonicPower p₂, the two-harmonic highest peak's power
   * @param epochs N, the number of measurements
   * @return true if F = ((p₂ − p₁)/2)/((1 − p₂)/(N − 5)) exceeds the F(2, N − 5) quantile of 1 − {@link #FALSE_ALARM}
   */
  public static boolean harmonicExplainsMore(double glsPower, double harmonicPower, int epochs) {
    int dof = epochs - 5;
    if (dof < 1 || !(harmonicPower > glsPower)) {
      return false;
    }
    // survival of F(2, ν) is (1 + 2x/ν)^(−ν/2), so x_α = (ν/2)(α^(−2/ν) − 1); compare without dividing by 1 − p₂
    double critical = 0.5 * dof * (Math.pow(FALSE_ALARM, -2.0 / dof) - 1);
    return 0.5 * (harmonicPower - glsPower) * dof > critical * Math.max(0, 1 - harmonicPower);
  }

  private static PeriodogramConfig grid(double[] y, RvSetEncoding encoding) {
    PeriodogramConfig grid = encoding.periodogram();
    if (grid == null) {
      throw new IllegalArgumentException("a period reference needs the periodogram features in y");
    }
    if (y.length != encoding.width()) {
      throw new IllegalArgumentException("observation has " + y.length + " values, the encoding writes "
          + encoding.width());
    }
    return grid;
  }

  /** @return the refined highest peak's period of the summary that starts {@code offset} after the slots */
  static double peakPeriod(double[] y, RvSetEncoding encoding, int offset) {
    PeriodogramConfig grid = encoding.periodogram();
    double u = y[DeepSetEncoder.inputWidth(encoding.slots(), RvSetEncoding.ELEMENT_WIDTH) + offset + grid.bins()];
    return grid.periodMin() * Math.exp(u * Math.log(grid.periodMax() / grid.periodMin()));
  }

  /** @return the number of present measurements */
  static int epochs(double[] y, RvSetEncoding encoding) {
    int stride = RvSetEncoding.ELEMENT_WIDTH + 1;
    int n = 0;
    for (int s = 0; s < encoding.slots(); s++) {
      n += y[s * stride + RvSetEncoding.ELEMENT_WIDTH] > 0.5 ? 1 : 0;
    }
    return n;
  }

  /** @return T_y in days, the span of the present measurements (the encoding's baseline if 0) */
  static double span(double[] y, RvSetEncoding encoding) {
    int stride = RvSetEncoding.ELEMENT_WIDTH + 1;
    double first = Double.POSITIVE_INFINITY;
    double last = Double.NEGATIVE_INFINITY;
    for (int s = 0; s < encoding.slots(); s++) {
      if (y[s * stride + RvSetEncoding.ELEMENT_WIDTH] > 0.5) {
        first = Math.min(first, y[s * stride]);
        last = Math.max(last, y[s * stride]);
      }
    }
    return last > first ? (last - first) * encoding.baseline() : encoding.baseline();
  }
}
