package org.inversesuite.astro.rv;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.inversesuite.astro.rv.periodogram.PeriodogramConfig;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;

/**
 * The architecture of the RV cINN: {@code couplings} × [coupling ({@link RvCoupling}: GLOW affine by
 * default, or rational-quadratic spline), random permutation] on the 7 parameters (9 flow columns
 * with {@link AngleCoordinate#ANGLE_PAIRS}), conditioned on a DeepSet summary of the measurements
 * ({@link org.inversesuite.core.nn.DeepSetEncoder}) trained jointly.
 *
 * @param couplings number of coupling blocks
 * @param subnet hidden layers of each coupling subnet
 * @param summaryFeatures width of the summary c = h(set) (and of each φ(e_i))
 * @param summary hidden layers of φ and ρ
 * @param periodogram if enabled, the summary network's ρ also receives the features of the
 *     set's generalised Lomb-Scargle periodogram on this grid (absent in older configs:
 *     {@link PeriodogramConfig#none()})
 * @param period the coordinate the flow learns the period in (absent in older configs and model
 *     files: {@link PeriodCoordinate#PRIOR}); a centred one needs the periodogram
 * @param angles the coordinates the flow learns e, ω and M₀ in (absent in older configs and model
 *     files: {@link AngleCoordinate#BOX})
 * @param coupling the coupling block of the chain (absent in older configs and model files:
 *     {@link RvCoupling#AFFINE})
 */
public record RvCinnConfig(int couplings, MlpConfig subnet, int summaryFeatures, MlpConfig summary,
    @JsonSetter(nulls = Nulls.AS_EMPTY) PeriodogramConfig periodogram,
    @JsonSetter(nulls = Nulls.AS_EMPTY) PeriodCoordinate period,
    @JsonSetter(nulls = Nulls.AS_EMPTY) AngleCoordinate angles,
    @JsonSetter(nulls = Nulls.AS_EMPTY) RvCoupling coupling) {
  /** Validates the values. */
  public RvCinnConfig {
    if (couplings < 1 || summaryFeatures < 1 || subnet == null || summary == null) {
      throw new IllegalArgumentException("need couplings >= 1, summaryFeatures >= 1, subnet and summary, got "
          + couplings + ", " + summaryFeatures + ", " + subnet + ", " + summary);
    }
    periodogram = periodogram == null ? PeriodogramConfig.none() : periodogram;
    period = period == null ? PeriodCoordinate.PRIOR : period;
    angles = angles == null ? AngleCoordinate.BOX : angles;
    coupling = coupling == null ? RvCoupling.AFFINE : coupling;
    if (period.centred() && !periodogram.enabled()) {
      throw new IllegalArgumentException("the period coordinate " + period + " is centred on the periodogram's "
          + "highest peak and needs a periodogram");
    }
    if (period.needsHarmonics() && periodogram.harmonics() != 2) {
      throw new IllegalArgumentException("the period coordinate " + period + " needs the two-harmonic periodogram "
          + "(harmonics 2), the periodogram has harmonics " + periodogram.harmonics());
    }
  }

  /** Affine couplings ({@link RvCoupling#AFFINE}). */
  public RvCinnConfig(int couplings, MlpConfig subnet, int summaryFeatures, MlpConfig summary,
      PeriodogramConfig periodogram, PeriodCoordinate period, AngleCoordinate angles) {
    this(couplings, subnet, summaryFeatures, summary, periodogram, period, angles, null);
  }

  /** e, ω, M₀ in the prior's box ({@link AngleCoordinate#BOX}). */
  public RvCinnConfig(int couplings, MlpConfig subnet, int summaryFeatures, MlpConfig summary,
      PeriodogramConfig periodogram, PeriodCoordinate period) {
    this(couplings, subnet, summaryFeatures, summary, periodogram, period, null, null);
  }

  /** The period in the prior's coordinate ({@link PeriodCoordinate#PRIOR}). */
  public RvCinnConfig(int couplings, MlpConfig subnet, int summaryFeatures, MlpConfig summary,
      PeriodogramConfig periodogram) {
    this(couplings, subnet, summaryFeatures, summary, periodogram, null, null, null);
  }

  /** A summary of the raw set only (no periodogram). */
  public RvCinnConfig(int couplings, MlpConfig subnet, int summaryFeatures, MlpConfig summary) {
    this(couplings, subnet, summaryFeatures, summary, null, null, null, null);
  }

  /**
   * @return 6 couplings of 2×128 ReLU subnets, a 32-wide summary with 2×64 ReLU φ and ρ, and the
   *     default periodogram features, the period learned in {@link PeriodCoordinate#PEAK_ASINH}
   *     (measured against PRIOR and PEAK_SHIFT in docs/astro.md, run 5, and against PEAK_BLEND, run 6:
   *     sharper recovered periods, P outside the SBC band where PEAK_BLEND is inside)
   */
  public static RvCinnConfig defaults() {
    return new RvCinnConfig(6, MlpConfig.of(128, 2, Activation.RELU), 32, MlpConfig.of(64, 2, Activation.RELU),
        PeriodogramConfig.defaults(), PeriodCoordinate.PEAK_ASINH);
  }

  /**
   * @return this architecture with another periodogram ({@link PeriodogramConfig#none()} or null:
   *     none, and then the period in the prior's coordinate)
   */
  public RvCinnConfig withPeriodogram(PeriodogramConfig p) {
    boolean none = p == null || !p.enabled();
    return new RvCinnConfig(couplings, subnet, summaryFeatures, summary, p, none ? PeriodCoordinate.PRIOR : period,
        angles, coupling);
  }

  /** @return this architecture with the period learned in another coordinate */
  public RvCinnConfig withPeriod(PeriodCoordinate coordinate) {
    return new RvCinnConfig(couplings, subnet, summaryFeatures, summary, periodogram, coordinate, angles, coupling);
  }

  /** @return this architecture with e, ω, M₀ learned in another coordinate */
  public RvCinnConfig withAngles(AngleCoordinate coordinate) {
    return new RvCinnConfig(couplings, subnet, summaryFeatures, summary, periodogram, period, coordinate, coupling);
  }

  /** @return this architecture with another coupling block */
  public RvCinnConfig withCoupling(RvCoupling block) {
    return new RvCinnConfig(couplings, subnet, summaryFeatures, summary, periodogram, period, angles, block);
  }

  /** @return this architecture with {@code count} couplings of {@code net} subnets */
  public RvCinnConfig withSubnets(int count, MlpConfig net) {
    return new RvCinnConfig(count, net, summaryFeatures, summary, periodogram, period, angles, coupling);
  }

  /** @return the number of periodogram features ρ receives (0 without a periodogram) */
  public int periodogramFeatures() {
    return periodogram.featureCount();
  }
}
