package org.inversesuite.anomaly.timeseries;

/**
 * The kinds of injected anomaly, after the types Turowski et al. (2022) model in energy time
 * series (hour t of an event of length n starting at t₀, load L):
 * <ul>
 *   <li>{@link #SPIKE}: 1–3 hours, L·(1 + m), m ~ U(0.5, 1.0);</li>
 *   <li>{@link #DIP}: 1–3 hours, L·m, m ~ U(0.2, 0.5);</li>
 *   <li>{@link #LEVEL_SHIFT}: 24–72 hours, L ± m·L̄, m ~ U(0.2, 0.4), L̄ the series mean;</li>
 *   <li>{@link #DRIFT}: 72–168 hours, L·(1 ± m (t − t₀ + 1)/n), m ~ U(0.3, 0.5), a ramp that ends
 *       abruptly (a slowly failing sensor or device);</li>
 *   <li>{@link #MISSING_ZERO}: 4–24 hours of missing data stored as zeros.</li>
 * </ul>
 */
public enum AnomalyType {
  SPIKE(1, 3),
  DIP(1, 3),
  LEVEL_SHIFT(24, 72),
  DRIFT(72, 168),
  MISSING_ZERO(4, 24);

  private final int minHours;
  private final int maxHours;

  AnomalyType(int minHours, int maxHours) {
    this.minHours = minHours;
    this.maxHours = maxHours;
  }

  /** @return the shortest event, hours */
  public int minHours() {
    return minHours;
  }

  /** @return the longest event, hours */
  public int maxHours() {
    return maxHours;
  }
}
