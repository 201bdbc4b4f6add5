package org.inversesuite.astro.rv.periodogram;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * The fixed grid of a generalised Lomb-Scargle periodogram and how it is summarised: frequencies
 * f_k = 1/P_max + k Δf up to 1/P_min with Δf = 1/(oversampling · baseline), then {@code bins}
 * equal bins in ln P (the largest power in each) and the {@code peaks} highest local maxima
 * (position in ln P refined by a parabola through the three grid points, and power). The grid
 * does not depend on the data, so the features are a fixed-width, deterministic function of the
 * set: a valid summary statistic for a cINN.
 *
 * @param periodMin P_min in days
 * @param periodMax P_max in days
 * @param baseline T in days, the frequency resolution scale (peaks are ~1/T wide)
 * @param oversampling grid points per 1/T
 * @param bins number of ln P bins (0 with 0 peaks: no periodogram, {@link #none()})
 * @param peaks number of highest peaks reported
 * @param harmonics 0 (absent in older configs and model files): the sinusoid (GLS) periodogram only; 2: the same
 *     summary (bins and peaks) of the two-harmonic periodogram ({@link HarmonicPeriodogram}) follows the GLS one,
 *     for eccentric orbits whose power a sinusoid spreads over harmonics
 * @param refine 0 (absent in older configs and model files): every periodogram on the whole grid; r &ge; 2: each
 *     periodogram on the coarse grid of every r-th frequency, then on the whole grid only near the coarse peaks and
 *     bin maxima that can matter ({@link CoarseRefinement}): the same features except where the coarse grid misses a
 *     peak, several times cheaper
 * @param refinePeaks with {@code refine} r &ge; 2, K &ge; {@code peaks}: the K coarse local maxima with the highest
 *     parabola vertices are refined (besides each bin's highest coarse point); 0 (absent) with {@code refine} 0
 */
public record PeriodogramConfig(double periodMin, double periodMax, double baseline, double oversampling, int bins,
    int peaks, @JsonSetter(nulls = Nulls.AS_EMPTY) int harmonics,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) @JsonSetter(nulls = Nulls.AS_EMPTY) int refine,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) @JsonSetter(nulls = Nulls.AS_EMPTY) int refinePeaks) {
  /** Validates the values. */
  public PeriodogramConfig {
    if (!(periodMin > 0) || !(periodMax > periodMin) || !Double.isFinite(periodMax)) {
      throw new IllegalArgumentException("need 0 < periodMin < periodMax < inf, got " + periodMin + ", " + periodMax);
    }
    if (!(baseline > 0) || !Double.isFinite(baseline) || !(oversampling >= 1) || !Double.isFinite(oversampling)) {
      throw new IllegalArgumentException("need baseline > 0 and oversampling >= 1, got " + baseline + ", "
          + oversampling);
    }
    if (bins < 0 || peaks < 0 || bins == 0 && peaks > 0) {
      throw new IllegalArgumentException("need bins >= 1 and peaks >= 0 (or both 0: none), got " + bins + ", "
          + peaks);
    }
    if (harmonics != 0 && harmonics != 2 || harmonics == 2 && bins == 0) {
      throw new IllegalArgumentException("harmonics must be 0 (sinusoid periodogram only) or 2 (with the "
          + "two-harmonic periodogram, which needs bins >= 1), got " + harmonics);
    }
    if (refine == 0 ? refinePeaks != 0
        : refine < 2 || bins == 0 || refinePeaks < Math.max(1, peaks) || refinePeaks > 1000
            || refine > frequencies(periodMin, periodMax, 1 / (oversampling * baseline)) / 2) {
      throw new IllegalArgumentException("periodogram refine must be 0 (the whole grid, with refinePeaks 0) or in "
          + "[2, frequencies/2] (a coarse grid of every refine-th frequency, refined near its peaks; needs bins >= 1) "
          + "with refinePeaks in [max(1, peaks), 1000], got refine " + refine + ", refinePeaks " + refinePeaks);
    }
  }

  /** The whole grid ({@code refine} 0), with or without the two-harmonic periodogram. */
  public PeriodogramConfig(double periodMin, double periodMax, double baseline, double oversampling, int bins,
      int peaks, int harmonics) {
    this(periodMin, periodMax, baseline, oversampling, bins, peaks, harmonics, 0, 0);
  }

  /** The sinusoid (GLS) periodogram only ({@code harmonics} 0). */
  public PeriodogramConfig(double periodMin, double periodMax, double baseline, double oversampling, int bins,
      int peaks) {
    this(periodMin, periodMax, baseline, oversampling, bins, peaks, 0);
  }

  /** No periodogram (what a config without one reads as). */
  public PeriodogramConfig() {
    this(1, 1000, 2000, 5, 0, 0);
  }

  /** @return no periodogram features */
  public static PeriodogramConfig none() {
    return new PeriodogramConfig();
  }

  /** @return true if features are computed */
  public boolean enabled() {
    return bins > 0;
  }

  /** @return [1, 1000] d, T = 2000 d oversampled five times (9991 frequencies, as astropy's default samples_per_peak), 40 bins, 4 peaks */
  public static PeriodogramConfig defaults() {
    return new PeriodogramConfig(1, 1000, 2000, 5, 40, 4);
  }

  /** @return Δf in 1/d */
  public double frequencyStep() {
    return 1 / (oversampling * baseline);
  }

  /** @return the number of grid frequencies */
  public int frequencies() {
    return frequencies(periodMin, periodMax, frequencyStep());
  }

  /** @return the number of grid frequencies from 1/P_max to 1/P_min in steps of {@code step} (the record's fields are
   *     not set yet in its constructor) */
  private static int frequencies(double periodMin, double periodMax, double step) {
    return (int) Math.floor((1 / periodMin - 1 / periodMax) / step + 1e-9) + 1;
  }

  /** @return f_k in 1/d */
  public double frequency(int k) {
    return 1 / periodMax + k * frequencyStep();
  }

  /** @return this grid and summary with the two-harmonic periodogram's summary added (2) or not (0) */
  public PeriodogramConfig withHarmonics(int count) {
    return new PeriodogramConfig(periodMin, periodMax, baseline, oversampling, bins, peaks, count, refine,
        refinePeaks);
  }

  /**
   * @param stride r: 0 for the whole grid, &ge; 2 for the coarse grid of every r-th frequency refined near its peaks
   * @param candidates K, the coarse peaks refined (0 with stride 0)
   * @return this grid and summary computed coarse-then-refine
   */
  public PeriodogramConfig withRefine(int stride, int candidates) {
    return new PeriodogramConfig(periodMin, periodMax, baseline, oversampling, bins, peaks, harmonics, stride,
        candidates);
  }

  /** @return true if the periodograms are computed coarse-then-refine ({@code refine} &ge; 2) */
  public boolean refined() {
    return refine > 0;
  }

  /** @return the number of features of one periodogram's summary: bins + 2 · peaks */
  public int summaryCount() {
    return bins + 2 * peaks;
  }

  /** @return the number of features: bins + 2 · peaks, twice with the two-harmonic periodogram */
  public int featureCount() {
    return harmonics == 2 ? 2 * summaryCount() : summaryCount();
  }
}
