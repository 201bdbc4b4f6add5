package org.inversesuite.anomaly.timeseries;

import java.time.LocalDate;
import java.util.List;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;

/**
 * The per-day inputs of the {@link DailyLoadModel}: x, the 24 hourly loads of a day, and the
 * condition c, 13 values: the weekday one-hot (7, Monday first), the day of year as
 * (sin, cos)(2π d/365.25), the holiday flag ({@link Holidays}) and the day's mean, minimum and
 * maximum temperature (°C); meter data without temperature use the first 10 only. The flow
 * standardises both.
 */
public final class DayFeatures {
  /** The names of the condition values, in order. */
  public static final List<String> CONDITION_NAMES = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun",
      "doy_sin", "doy_cos", "holiday", "t_mean", "t_min", "t_max");

  private DayFeatures() {}

  /** @return the daily load matrix, shape [days, 24] */
  public static Matrix loads(LoadSeries s) {
    Matrix x = Matrix.zeros(Precision.FLOAT64, s.days(), LoadSeries.HOURS);
    for (int d = 0; d < s.days(); d++) {
      for (int h = 0; h < LoadSeries.HOURS; h++) {
        x.set(d, h, s.load()[d * LoadSeries.HOURS + h]);
      }
    }
    return x;
  }

  /** @return the condition matrix, shape [days, 13] */
  public static Matrix conditions(LoadSeries s) {
    Matrix c = Matrix.zeros(Precision.FLOAT64, s.days(), CONDITION_NAMES.size());
    for (int d = 0; d < s.days(); d++) {
      fill(c, d, s.date(d), s.temperature(), d * LoadSeries.HOURS);
    }
    return c;
  }

  /**
   * The inputs of the complete days of meter readings.
   *
   * @return {x [n, 24], c [n, 13] (10 without temperature: the last three left out)} of
   *     {@code r.completeDays()}
   */
  public static Matrix[] of(MeterReadings r) {
    java.util.List<Integer> days = r.completeDays();
    int width = r.hasTemperature() ? CONDITION_NAMES.size() : CALENDAR;
    Matrix x = Matrix.zeros(Precision.FLOAT64, days.size(), LoadSeries.HOURS);
    Matrix c = Matrix.zeros(Precision.FLOAT64, days.size(), width);
    for (int i = 0; i < days.size(); i++) {
      int d = days.get(i);
      for (int h = 0; h < LoadSeries.HOURS; h++) {
        x.set(i, h, r.load()[d * LoadSeries.HOURS + h]);
      }
      fill(c, i, r.start().plusDays(d), r.hasTemperature() ? r.temperature() : null, d * LoadSeries.HOURS);
    }
    return new Matrix[] {x, c};
  }

  /** The calendar values: weekday one-hot, day of year sin/cos, holiday flag. */
  public static final int CALENDAR = 10;

  private static void fill(Matrix c, int row, LocalDate date, double[] temperature, int firstHour) {
    c.set(row, date.getDayOfWeek().getValue() - 1, 1);
    double angle = 2 * Math.PI * date.getDayOfYear() / 365.25;
    c.set(row, 7, Math.sin(angle));
    c.set(row, 8, Math.cos(angle));
    c.set(row, 9, Holidays.isHoliday(date) ? 1 : 0);
    if (temperature == null) {
      return;
    }
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int h = 0; h < LoadSeries.HOURS; h++) {
      double t = temperature[firstHour + h];
      sum += t;
      min = Math.min(min, t);
      max = Math.max(max, t);
    }
    c.set(row, 10, sum / LoadSeries.HOURS);
    c.set(row, 11, min);
    c.set(row, 12, max);
  }
}
