package org.inversesuite.astro.rv.periodogram;

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
 */
public record PeriodogramConfig(double periodMin, double periodMax, double baseline, double oversampling, int bins,
    int peaks, @JsonSetter(nulls = Nulls.AS_EMPTY) int harmonics) {
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
    return (int) Math.floor((1 / periodMin - 1 / periodMax) / frequencyStep() + 1e-9) + 1;
  }

  /** @return f_k in 1/d */
  public double frequency(int k) {
    return 1 / periodMax + k * frequencyStep();
  }

  /** @return this grid and summary with the two-harmonic periodogram's summary added (2) or not (0) */
  public PeriodogramConfig withHarmonics(int count) {
    return new PeriodogramConfig(periodMin, periodMax, baseline, oversampling, bins, peaks, count);
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
