package org.inversesuite.anomaly.timeseries;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class LoadSimulatorTest {
  private static final LocalDate START = LocalDate.of(2023, 1, 1);
  private final LoadSimulator sim = LoadSimulator.office();
  private final LoadSeries year = sim.simulate(START, 365, 7);

  /** Mean load over the hours whose (day, hour) pass the filters. */
  private double mean(double[] v, IntPredicate day, IntPredicate hour) {
    double s = 0;
    int n = 0;
    for (int t = 0; t < v.length; t++) {
      if (day.test(t / 24) && hour.test(t % 24)) {
        s += v[t];
        n++;
      }
    }
    return s / n;
  }

  private boolean is(int d, DayOfWeek w) {
    return year.date(d).getDayOfWeek() == w && !Holidays.isHoliday(year.date(d));
  }

  @Test
  void seasonalMeansFollowTheProfile() {
    double[] l = year.load();
    IntPredicate noon = h -> h == 12;
    IntPredicate night = h -> h == 3;
    IntPredicate workday = d -> year.date(d).getDayOfWeek().getValue() <= 5 && !Holidays.isHoliday(year.date(d));
    IntPredicate all = d -> true;
    // daily: office hours above the night, by about B·a·g(12) = 40 kW on working days
    double dailyGap = mean(l, workday, noon) - mean(l, workday, night);
    assertTrue(dailyGap > 30 && dailyGap < 50, "noon minus night on working days " + dailyGap);
    // weekly: working day > Saturday > Sunday at noon
    double sat = mean(l, d -> is(d, DayOfWeek.SATURDAY), noon);
    double sun = mean(l, d -> is(d, DayOfWeek.SUNDAY), noon);
    assertTrue(mean(l, workday, noon) > sat + 15 && sat > sun + 5, "weekly order " + sat + " " + sun);
    // yearly: January (heating, A_Y) above July at night; temperature the other way round
    IntPredicate jan = d -> year.date(d).getMonth() == Month.JANUARY;
    IntPredicate jul = d -> year.date(d).getMonth() == Month.JULY;
    assertTrue(mean(l, jan, night) > mean(l, jul, night) + 10, "January vs July night load");
    double tJan = mean(year.temperature(), jan, h -> true);
    double tJul = mean(year.temperature(), jul, h -> true);
    assertTrue(tJan < 4 && tJul > 15, "January " + tJan + " °C, July " + tJul + " °C");
    // daily temperature cycle: afternoon warmer than the early morning by about 2 A_d = 8 K
    double tGap = mean(year.temperature(), all, h -> h == 16) - mean(year.temperature(), all, h -> h == 4);
    assertEquals(8, tGap, 1.0);
  }

  @Test
  void holidaysLookLikeSundays() {
    // 3 October 2023 is a Tuesday, 1 May 2023 a Monday: both holidays
    int oct3 = (int) (LocalDate.of(2023, 10, 3).toEpochDay() - START.toEpochDay());
    int may1 = (int) (LocalDate.of(2023, 5, 1).toEpochDay() - START.toEpochDay());
    double[] l = year.load();
    for (int d : new int[] {oct3, may1}) {
      assertTrue(Holidays.isHoliday(year.date(d)));
      double holidayNoon = l[d * 24 + 12];
      double weekBeforeNoon = l[(d - 7) * 24 + 12];
      assertTrue(holidayNoon < weekBeforeNoon - 20, year.date(d) + ": " + holidayNoon + " vs " + weekBeforeNoon);
    }
    assertEquals(LoadSimulator.dailyProfile(LocalDate.of(2023, 10, 1), 12),
        LoadSimulator.dailyProfile(LocalDate.of(2023, 10, 3), 12), 1e-12);
  }

  @Test
  void deterministicPerSeed() {
    LoadSeries again = sim.simulate(START, 365, 7);
    assertArrayEquals(year.load(), again.load());
    assertArrayEquals(year.temperature(), again.temperature());
    assertFalse(Arrays.equals(year.load(), sim.simulate(START, 365, 8).load()));
  }

  @Test
  void additiveNoiseHasTheStatedSpread() {
    LoadSimulator quiet = sim.withNoise(0, true);
    LoadSimulator noisy = sim.withNoise(0.05, false);
    LoadSeries a = quiet.simulate(START, 200, 3);
    LoadSeries b = noisy.simulate(START, 200, 3);
    double sq = 0;
    for (int t = 0; t < a.load().length; t++) {
      sq += Math.pow(b.load()[t] - a.load()[t], 2);
    }
    assertEquals(0.05 * 100, Math.sqrt(sq / a.load().length), 0.2);
  }

  @Test
  void refusesBadSettings() {
    assertThrows(IllegalArgumentException.class, () -> sim.simulate(START, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> sim.withNoise(-1, true));
  }
}
