package org.inversesuite.astro.rv;

import java.util.List;
import org.inversesuite.astro.rv.periodogram.PeriodogramConfig;
import org.inversesuite.astro.rv.periodogram.PeriodogramFeatures;
import org.inversesuite.core.nn.DeepSetEncoder;
import org.inversesuite.core.tensor.Matrix;

/**
 * How a set of RV measurements becomes one padded row of y for a {@link DeepSetEncoder}: each
 * measurement (t_i, v_i, σ_i) is the element
 * \[ e_i = \bigl( (t_i - t_0)/T,\; v_i / v_s,\; \sigma_i / \sigma_s \bigr) \]
 * followed by mask 1, and the remaining slots up to {@code slots} are zero with mask 0. The
 * scales put every feature at order one for the default prior and schedule, since y is not
 * standardised column by column (that would change the mask). With a periodogram, the
 * {@link PeriodogramFeatures} of the whole set (powers and peak positions, all in [0, 1]) follow
 * the slots as the set's global features.
 *
 * @param slots S, the largest number of measurements a row holds
 * @param referenceEpoch t_0 in days (the simulator's reference epoch)
 * @param baseline T in days
 * @param velocityScale v_s in m/s
 * @param errorScale σ_s in m/s
 * @param periodogram the periodogram grid of the global features, or null / none
 */
public record RvSetEncoding(int slots, double referenceEpoch, double baseline, double velocityScale,
    double errorScale, PeriodogramConfig periodogram) {
  /** Features per measurement (without the mask). */
  public static final int ELEMENT_WIDTH = 3;

  /** Validates the values. */
  public RvSetEncoding {
    periodogram = periodogram == null || !periodogram.enabled() ? null : periodogram;
    if (slots < 1) {
      throw new IllegalArgumentException("slots must be >= 1, got " + slots);
    }
    if (!Double.isFinite(referenceEpoch) || !(baseline > 0) || !(velocityScale > 0) || !(errorScale > 0)) {
      throw new IllegalArgumentException("need a finite reference epoch and positive scales, got t0 " + referenceEpoch
          + ", baseline " + baseline + ", velocity scale " + velocityScale + ", error scale " + errorScale);
    }
  }

  /** An encoding of the raw set only. */
  public RvSetEncoding(int slots, double referenceEpoch, double baseline, double velocityScale, double errorScale) {
    this(slots, referenceEpoch, baseline, velocityScale, errorScale, null);
  }

  /** @return the encoding matching a simulator's schedule: slots = maxEpochs, v_s = 300 m/s, σ_s = 10 m/s */
  public static RvSetEncoding of(IrregularRvConfig schedule, double referenceEpoch) {
    return of(schedule, referenceEpoch, null);
  }

  /** @return {@link #of(IrregularRvConfig, double)} with periodogram features on this grid (null: none) */
  public static RvSetEncoding of(IrregularRvConfig schedule, double referenceEpoch, PeriodogramConfig periodogram) {
    return new RvSetEncoding(schedule.maxEpochs(), referenceEpoch, schedule.baseline(), 300, 10, periodogram);
  }

  /** @return the number of global (periodogram) features after the slots */
  public int globalWidth() {
    return periodogram == null ? 0 : periodogram.featureCount();
  }

  /** @return the width of y, S · (3 + 1) + the periodogram features */
  public int width() {
    return DeepSetEncoder.inputWidth(slots, ELEMENT_WIDTH, globalWidth());
  }

  /**
   * Writes every set into its row of {@code y} (rows 0 …), the periodograms computed as one
   * batch. Each set's features depend on that set only, so from {@value #SPLIT_FROM} sets on the second
   * half's periodograms are computed on a second thread (its own {@link PeriodogramFeatures}): the same
   * numbers as one thread, in about half the wall time on two cores (the two-harmonic summary made this
   * encode the training's main cost, docs/astro.md run 18).
   */
  public void encode(List<RvObservationSet> sets, Matrix y) {
    double[][] global = periodogram == null ? null : features(sets);
    for (int r = 0; r < sets.size(); r++) {
      encodeSet(sets.get(r), y, r);
      writeGlobals(global == null ? null : global[r], y, r);
    }
  }

  /** Batches from this size on are split over two threads. */
  static final int SPLIT_FROM = 16;

  private double[][] features(List<RvObservationSet> sets) {
    if (sets.size() < SPLIT_FROM) {
      return new PeriodogramFeatures(periodogram).features(sets);
    }
    int half = sets.size() / 2;
    double[][][] second = new double[1][][];
    RuntimeException[] failure = new RuntimeException[1];
    Thread worker = new Thread(() -> {
      try {
        second[0] = new PeriodogramFeatures(periodogram).features(sets.subList(half, sets.size()));
      } catch (RuntimeException e) {
        failure[0] = e;
      }
    }, "rv-periodogram-encode");
    worker.setDaemon(true);
    worker.start();
    double[][] first = new PeriodogramFeatures(periodogram).features(sets.subList(0, half));
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while encoding periodograms", e);
    }
    if (failure[0] != null) {
      throw failure[0];
    }
    double[][] out = new double[sets.size()][];
    System.arraycopy(first, 0, out, 0, half);
    System.arraycopy(second[0], 0, out, half, second[0].length);
    return out;
  }

  /**
   * Writes one set into row {@code row} of {@code y} (every slot, padded ones zeroed).
   *
   * @throws IllegalArgumentException if the set has more measurements than slots
   */
  public void encode(RvObservationSet data, Matrix y, int row) {
    encodeSet(data, y, row);
    writeGlobals(periodogram == null ? null : new PeriodogramFeatures(periodogram).features(data), y, row);
  }

  private void writeGlobals(double[] features, Matrix y, int row) {
    int at = DeepSetEncoder.inputWidth(slots, ELEMENT_WIDTH);
    for (int j = 0; features != null && j < features.length; j++) {
      y.set(row, at + j, features[j]);
    }
  }

  private void encodeSet(RvObservationSet data, Matrix y, int row) {
    if (data.size() > slots) {
      throw new IllegalArgumentException("the data has " + data.size() + " measurements; this model takes at most "
          + slots + " (its training schedule)");
    }
    int stride = ELEMENT_WIDTH + 1;
    for (int s = 0; s < slots; s++) {
      int b = s * stride;
      boolean present = s < data.size();
      y.set(row, b, present ? (data.time(s) - referenceEpoch) / baseline : 0);
      y.set(row, b + 1, present ? data.velocity(s) / velocityScale : 0);
      y.set(row, b + 2, present ? data.error(s) / errorScale : 0);
      y.set(row, b + 3, present ? 1 : 0);
    }
  }

  /** @return the set as a one-row y, float64 */
  public Matrix encode(RvObservationSet data) {
    Matrix y = Matrix.zeros(org.inversesuite.core.tensor.Precision.FLOAT64, 1, width());
    encode(data, y, 0);
    return y;
  }
}
