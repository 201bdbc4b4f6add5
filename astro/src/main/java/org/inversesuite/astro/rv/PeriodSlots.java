package org.inversesuite.astro.rv;

import java.util.List;

/**
 * The slots of {@link PeriodCoordinate#PEAK_MIXTURE} for one observation y: slot 0 is the centre P̂* of
 * {@link PeriodReference#preferringHarmonic} (width w = P̂* / T_y) and covers every period not claimed by another slot;
 * slot k = 1 … K is candidate P_k of {@link PeriodReference#candidates} (the GLS highest peak and the two-harmonic
 * peaks, at least one peak width apart), whose window is one peak width w_k = P_k/T_y around it. The label of a period
 * is the slot within one width of it, nearest in widths, with the centre taking part:
 * \[ k(P) = \arg\min_{j:\, d_j &lt; 1} d_j, \quad d_0 = |\ln P - \ln \hat P^*|/w, \; d_k = |\ln P - \ln P_k|/w_k, \]
 * and 0 when no d_j &lt; 1. The posterior is the mixture p(θ | y) = Σ_k π_k(y) p(θ | y, k), p(θ | y, k) being the
 * posterior restricted to slot k's region (Bishop 1994, "Mixture density networks", for the discrete/continuous split).
 * Slot 0 uses {@link PeriodCoordinate#PEAK_BLEND_HARMONIC}'s u; slot k the window coordinate
 * \[ u = \operatorname{atanh}(s), \; s = (\ln P - \ln P_k)/w_k \in (-1, 1), \qquad
 *    \log|\partial u/\partial P| = -\ln P - \ln w_k - \ln(1 - s^2), \]
 * which maps the window onto ℝ, so draws of slot k never leave it (they can still be nearer another candidate,
 * which the sampler counts and redraws).
 *
 * @param reference the centre with the candidates as its secondary periods ({@link PeriodReference#withCandidates})
 * @param candidates the candidates with their powers, in the reference's order
 */
public record PeriodSlots(PeriodReference reference, List<PeriodReference.PeriodCandidate> candidates) {
  /** The most slots: the centre, the GLS highest peak and 4 two-harmonic peaks. */
  public static final int MAX = 6;
  /** Columns appended to y for the flow's condition: the slot's one-hot, its offset, power and source. */
  public static final int CONDITION_WIDTH = MAX + 3;

  /** Validates the sizes. */
  public PeriodSlots {
    candidates = List.copyOf(candidates);
    if (candidates.size() != reference.secondary().size() || candidates.size() + 1 > MAX) {
      throw new IllegalArgumentException("need at most " + (MAX - 1) + " candidates, as many as the reference's "
          + "secondary periods, got " + candidates.size() + " and " + reference.secondary().size());
    }
  }

  /** @return the slots of one encoded observation (with the two-harmonic features) */
  public static PeriodSlots of(double[] y, RvSetEncoding encoding) {
    PeriodReference centre = PeriodReference.preferringHarmonic(y, encoding);
    List<PeriodReference.PeriodCandidate> c = PeriodReference.candidates(y, encoding, centre);
    return new PeriodSlots(new PeriodReference(centre.period(), centre.width(),
        c.stream().map(PeriodReference.PeriodCandidate::period).toList()), c);
  }

  /** @return the number of slots, 1 + K */
  public int count() {
    return 1 + candidates.size();
  }

  /** @return the period of slot k (the centre for 0) */
  public double period(int k) {
    return k == 0 ? reference.period() : candidates.get(k - 1).period();
  }

  /** @return the width of slot k in ln P, P_k/T_y */
  public double width(int k) {
    return period(k) * reference.width() / reference.period();
  }

  /** @return k(P), the label of a period ({@link SlotWindows#label} of ln P, which labels many draws) */
  public int label(double period) {
    return new SlotWindows(this).label(Math.log(period));
  }

  /** @return u of P in slot k */
  public double forward(double period, int k) {
    if (k == 0) {
      return PeriodCoordinate.PEAK_MIXTURE.forward(period, reference);
    }
    double s = Math.log(period / period(k)) / width(k);
    return 0.5 * Math.log((1 + s) / (1 - s));
  }

  /** @return P of u in slot k, the inverse of {@link #forward} */
  public double inverse(double u, int k) {
    return k == 0 ? PeriodCoordinate.PEAK_MIXTURE.inverse(u, reference) : period(k) * Math.exp(width(k) * Math.tanh(u));
  }

  /** @return log |∂u/∂P| of slot k at P */
  public double logDerivative(double period, int k) {
    if (k == 0) {
      return PeriodCoordinate.PEAK_MIXTURE.logDerivative(period, reference);
    }
    double s = Math.log(period / period(k)) / width(k);
    return -Math.log(period) - Math.log(width(k)) - Math.log1p(-s * s);
  }

  /**
   * Writes slot k's condition columns: the one-hot of k (MAX columns), then (ln P_k − ln P̂*)/ln 1000, the candidate's
   * power and 1 for a two-harmonic peak (all 0 for slot 0).
   *
   * @param out the columns, written from {@code at}, {@link #CONDITION_WIDTH} of them
   */
  public void condition(int k, double[] out, int at) {
    java.util.Arrays.fill(out, at, at + CONDITION_WIDTH, 0);
    out[at + k] = 1;
    if (k > 0) {
      PeriodReference.PeriodCandidate c = candidates.get(k - 1);
      out[at + MAX] = Math.log(c.period() / reference.period()) / Math.log(1000);
      out[at + MAX + 1] = c.power();
      out[at + MAX + 2] = c.harmonic() ? 1 : 0;
    }
  }

  /** @return y followed by slot k's condition columns */
  public double[] augment(double[] y, int k) {
    double[] out = java.util.Arrays.copyOf(y, y.length + CONDITION_WIDTH);
    condition(k, out, y.length);
    return out;
  }
}
