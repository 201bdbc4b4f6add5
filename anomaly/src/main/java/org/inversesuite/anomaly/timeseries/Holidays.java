package org.inversesuite.anomaly.timeseries;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * The public holidays of the simulation: a fixed list of calendar dates, the same every year
 * (the fixed-date German national holidays plus Christmas Eve and New Year's Eve): 1 January,
 * 1 May, 3 October, 24, 25, 26 and 31 December. Movable feasts (Easter, Whitsun) are left out on
 * purpose so that the list is stated in one line.
 */
public final class Holidays {
  /** The holiday dates, every year. */
  public static final List<MonthDay> DATES = List.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(10, 3),
      MonthDay.of(12, 24), MonthDay.of(12, 25), MonthDay.of(12, 26), MonthDay.of(12, 31));

  private Holidays() {}

  /** @return whether {@code date} is one of {@link #DATES} */
  public static boolean isHoliday(LocalDate date) {
    return DATES.contains(MonthDay.from(date));
  }
}
