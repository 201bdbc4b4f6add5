package org.inversesuite.anomaly.timeseries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Hourly readings of a real meter on whole days of the zone's standard time (see {@link LoadCsv}),
 * with NaN for hours without a reading.
 *
 * @param start the first day (standard time)
 * @param load the load per hour, NaN where missing, length 24 × days
 * @param temperature the temperature per hour, NaN where missing or when the file has none
 * @param hasTemperature whether the file had a temperature column
 */
public record MeterReadings(LocalDate start, double[] load, double[] temperature, boolean hasTemperature) {
  /** Copies the arrays and checks their lengths. */
  public MeterReadings {
    if (load.length != temperature.length || load.length % LoadSeries.HOURS != 0) {
      throw new IllegalArgumentException(load.length + " loads and " + temperature.length + " temperatures");
    }
    load = load.clone();
    temperature = temperature.clone();
  }

  /** @return the number of days */
  public int days() {
    return load.length / LoadSeries.HOURS;
  }

  /** @return the number of hours without a reading */
  public int missingHours() {
    int n = 0;
    for (int t = 0; t < load.length; t++) {
      n += Double.isNaN(load[t]) || (hasTemperature && Double.isNaN(temperature[t])) ? 1 : 0;
    }
    return n;
  }

  /** @return the indices of the days with a reading for every hour */
  public List<Integer> completeDays() {
    List<Integer> out = new ArrayList<>();
    for (int d = 0; d < days(); d++) {
      boolean ok = true;
      for (int h = 0; h < LoadSeries.HOURS && ok; h++) {
        int t = d * LoadSeries.HOURS + h;
        ok = !Double.isNaN(load[t]) && !(hasTemperature && Double.isNaN(temperature[t]));
      }
      if (ok) {
        out.add(d);
      }
    }
    return out;
  }
}
