package org.inversesuite.anomaly.timeseries;

import java.time.LocalDate;

/**
 * An hourly load series of whole days in local standard time (24 hours a day, no daylight-saving
 * shifts): hour {@code t} is hour {@code t % 24} of day {@code start + t / 24}.
 *
 * @param start the first day
 * @param load the load per hour (kW), length 24 × days
 * @param temperature the air temperature per hour (°C), same length
 */
public record LoadSeries(LocalDate start, double[] load, double[] temperature) {
  /** Hours per day. */
  public static final int HOURS = 24;

  /** Checks the lengths. */
  public LoadSeries {
    if (load.length != temperature.length || load.length % HOURS != 0 || load.length == 0) {
      throw new IllegalArgumentException("a load series holds whole days: " + load.length + " loads and "
          + temperature.length + " temperatures");
    }
    load = load.clone();
    temperature = temperature.clone();
  }

  /** @return the number of days */
  public int days() {
    return load.length / HOURS;
  }

  /** @return the date of day {@code d} */
  public LocalDate date(int d) {
    return start.plusDays(d);
  }

  /** @return the series with other loads (same days and temperatures) */
  public LoadSeries withLoad(double[] other) {
    return new LoadSeries(start, other, temperature);
  }
}
