package org.inversesuite.astro.rv;

/**
 * The windows of one observation's {@link PeriodSlots} in ln P, for labelling and mapping back many draws: every
 * slot's P_j, ln P_j and width w_j = P_j/T_y computed once instead of once per draw. The label is
 * {@link PeriodSlots#label}'s
 * \[ k(\ln P) = \arg\min_{j:\, d_j &lt; 1} d_j, \qquad d_j = |\ln P - \ln P_j| / w_j \]
 * (0 when no d_j &lt; 1), the same operations on the same values, so {@code label(Math.log(P))} is bit for bit
 * {@code PeriodSlots.label(P)}. Slot k ≥ 1 maps u back as P = P_k exp(a), a = w_k tanh u, and gives ln P as
 * ln P_k + a instead of a logarithm of the P just exponentiated (docs/astro.md run 26). The two differ by a few
 * units in the last place of ln P, so a label taken from ln P_k + a differs from one taken from ln(P) only where
 * some d_j lies within that rounding of 1 (P on a window's edge; in its own slot only when tanh u rounds to ±1,
 * |u| ≳ 19) or two windows' d_j are within it of each other (a tie for the nearest).
 */
final class SlotWindows {
  private final double[] period;
  private final double[] logPeriod;
  private final double[] width;

  SlotWindows(PeriodSlots slots) {
    int n = slots.count();
    period = new double[n];
    logPeriod = new double[n];
    width = new double[n];
    for (int j = 0; j < n; j++) {
      period[j] = slots.period(j);
      logPeriod[j] = Math.log(period[j]);
      width[j] = slots.width(j);
    }
  }

  /** @return k(ln P), the label of a period given its logarithm */
  int label(double logP) {
    int best = 0;
    double nearest = Math.abs(logP - logPeriod[0]) / width[0];
    boolean any = nearest < 1;
    for (int k = 1; k < logPeriod.length; k++) {
      double d = Math.abs(logP - logPeriod[k]) / width[k];
      if (d < 1 && (!any || d < nearest)) {
        best = k;
        nearest = d;
        any = true;
      }
    }
    return best;
  }

  /**
   * period[r] = P_k exp(w_k tanh u[r]) ({@link PeriodSlots#inverse} of slot k ≥ 1, the same bits) and
   * logPeriod[r] = ln P_k + w_k tanh u[r], for r &lt; n.
   */
  void inverse(double[] u, int k, double[] period, double[] logPeriod, int n) {
    if (k < 1) {
      throw new IllegalArgumentException("slot " + k + " is the centre: its inverse is the period coordinate's");
    }
    double p = this.period[k];
    double lnP = this.logPeriod[k];
    double w = width[k];
    for (int r = 0; r < n; r++) {
      double a = w * Math.tanh(u[r]);
      period[r] = p * Math.exp(a);
      logPeriod[r] = lnP + a;
    }
  }
}
