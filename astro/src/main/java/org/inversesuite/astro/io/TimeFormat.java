package org.inversesuite.astro.io;

/**
 * What the time column of a radial-velocity file holds. All are in days; readers keep the
 * values as written and record the format, so {@link RvTable#bjd(int)} can restore the full
 * barycentric Julian date where the file allows it.
 */
public enum TimeFormat {
  /** Full barycentric Julian date, e.g. 2455000.5. */
  BJD(0),
  /** BJD − 2400000 (DACE "rjd"), e.g. 55000.5. */
  BJD_MINUS_2400000(2400000),
  /** BJD − 2450000, e.g. 5000.5. */
  BJD_MINUS_2450000(2450000),
  /** Days since an epoch the file does not state: usable for fitting, not convertible to BJD. */
  RELATIVE_DAYS(Double.NaN);

  private final double offset;

  TimeFormat(double offset) {
    this.offset = offset;
  }

  /**
   * @param time a time as written in the file, days
   * @return the full BJD
   * @throws IllegalStateException for {@link #RELATIVE_DAYS}, which has no known epoch
   */
  public double toBjd(double time) {
    if (this == RELATIVE_DAYS) {
      throw new IllegalStateException("relative times have no known epoch; they cannot be converted to BJD");
    }
    return time + offset;
  }
}
