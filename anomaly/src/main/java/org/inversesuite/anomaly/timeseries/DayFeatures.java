package org.inversesuite.anomaly.timeseries;

import java.time.LocalDate;
import java.util.List;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;

/**
 * The per-day inputs of the {@link DailyLoadModel}: x, the 24 hourly loads of a day, and the
 * condition c, 13 values: the weekday one-hot (7, Monday first), the day of year as
 * (sin, cos)(2π d/365.25), the holiday flag ({@link Holidays}) and the day's mean, minimum and
 * maximum temperature (°C). The flow standardises both.
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
      LocalDate date = s.date(d);
      c.set(d, date.getDayOfWeek().getValue() - 1, 1);
      double angle = 2 * Math.PI * date.getDayOfYear() / 365.25;
      c.set(d, 7, Math.sin(angle));
      c.set(d, 8, Math.cos(angle));
      c.set(d, 9, Holidays.isHoliday(date) ? 1 : 0);
      double sum = 0;
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (int h = 0; h < LoadSeries.HOURS; h++) {
        double t = s.temperature()[d * LoadSeries.HOURS + h];
        sum += t;
        min = Math.min(min, t);
        max = Math.max(max, t);
      }
      c.set(d, 10, sum / LoadSeries.HOURS);
      c.set(d, 11, min);
      c.set(d, 12, max);
    }
    return c;
  }
}
