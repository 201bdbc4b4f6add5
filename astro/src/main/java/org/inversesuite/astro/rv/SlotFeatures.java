package org.inversesuite.astro.rv;

import org.inversesuite.astro.rv.periodogram.PeriodogramConfig;
import org.inversesuite.core.nn.DeepSetEncoder;

/**
 * The inputs of {@link SlotClassifier} for one observation y: what the summary reports about the candidate periods,
 * read from y alone (no learned summary, so the classifier trains without gradients into the flow's summary network).
 * Per slot j &lt; {@link PeriodSlots#MAX} (zeros for absent slots): present, the slot period's position
 * ln(P_j/P_min)/ln(P_max/P_min), its offset from the centre (ln P_j − ln P̂*)/ln 1000 and asinh((ln P_j − ln P̂*)/w_j)/10
 * (in peak widths), its power and 1 for a two-harmonic peak; then the (position, power) pairs of the GLS and the
 * two-harmonic summaries' reported peaks, the number of epochs / 50, the centre's width w and ln w / 10. All O(1).
 */
public final class SlotFeatures {
  /** Features per slot. */
  static final int PER_SLOT = 6;

  private SlotFeatures() {
  }

  /** @return the number of features for an encoding's periodogram */
  public static int width(PeriodogramConfig grid) {
    return PeriodSlots.MAX * PER_SLOT + 4 * grid.peaks() + 3;
  }

  /**
   * @param y one encoded observation with the two-harmonic features
   * @param encoding its encoding
   * @param slots {@link PeriodSlots#of}(y, encoding)
   * @return the classifier's inputs
   */
  public static double[] of(double[] y, RvSetEncoding encoding, PeriodSlots slots) {
    PeriodogramConfig grid = encoding.periodogram();
    double[] out = new double[width(grid)];
    int base = DeepSetEncoder.inputWidth(encoding.slots(), RvSetEncoding.ELEMENT_WIDTH);
    double glsPeriod = PeriodReference.peakPeriod(y, encoding, 0);
    boolean centreHarmonic = slots.period(0) != glsPeriod;
    double centrePower = y[base + (centreHarmonic ? grid.summaryCount() : 0) + grid.bins() + 1];
    double range = Math.log(grid.periodMax() / grid.periodMin());
    for (int j = 0; j < slots.count(); j++) {
      int at = j * PER_SLOT;
      double delta = Math.log(slots.period(j) / slots.period(0));
      out[at] = 1;
      out[at + 1] = Math.log(slots.period(j) / grid.periodMin()) / range;
      out[at + 2] = delta / Math.log(1000);
      out[at + 3] = asinh(delta / slots.width(j)) / 10;
      out[at + 4] = j == 0 ? centrePower : slots.candidates().get(j - 1).power();
      out[at + 5] = j == 0 ? (centreHarmonic ? 1 : 0) : (slots.candidates().get(j - 1).harmonic() ? 1 : 0);
    }
    int at = PeriodSlots.MAX * PER_SLOT;
    for (int h = 0; h < 2; h++) {
      int peaks = base + h * grid.summaryCount() + grid.bins();
      for (int k = 0; k < 2 * grid.peaks(); k++) {
        out[at++] = y[peaks + k];
      }
    }
    out[at++] = PeriodReference.epochs(y, encoding) / 50.0;
    out[at++] = slots.width(0);
    out[at] = Math.log(slots.width(0)) / 10;
    return out;
  }

  private static double asinh(double v) {
    return Math.copySign(Math.log(Math.abs(v) + Math.sqrt(v * v + 1)), v);
  }
}
