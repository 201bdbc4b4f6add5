package org.inversesuite.anomaly.timeseries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads hourly meter data from a CSV file with a header {@code timestamp,value} or
 * {@code timestamp,value,temperature} (names case-insensitive, in this order).
 *
 * <p>Time rule (java.time):
 * <ul>
 *   <li>a timestamp with an offset ({@code 2025-03-30T03:00+02:00}, {@code …Z}) is that instant;</li>
 *   <li>a timestamp without one ({@code 2025-03-30T03:00} or {@code 2025-03-30 03:00}) is local
 *       time in {@code zone}; a local time in a daylight-saving gap (it does not exist) is refused
 *       naming the line; a local time in an overlap (it exists twice) takes the earlier offset
 *       (summer time) the first time and the later offset when the next row repeats it;</li>
 *   <li>every instant is then written in the zone's <em>standard</em> time (its standard offset at
 *       that instant), so each day has exactly 24 hours: the hour skipped in spring and the hour
 *       repeated in autumn are ordinary standard-time hours;</li>
 *   <li>timestamps must fall on whole standard-time hours and increase strictly; a duplicate or
 *       a step back is refused naming the line; hours without a row are missing (NaN), and so are
 *       the hours of the first and last day outside the file.</li>
 * </ul>
 * A cell that is empty or not a finite number is refused naming the line and the column.
 */
public final class LoadCsv {
  private LoadCsv() {}

  /**
   * @param file the CSV file
   * @param zone the zone of timestamps without an offset, and whose standard time defines the days
   * @return the readings on whole standard-time days
   * @throws IllegalArgumentException naming the file, line and column of the first bad row
   */
  public static MeterReadings read(Path file, ZoneId zone) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(file + " is empty; expected a header 'timestamp,value[,temperature]'");
    }
    String[] header = lines.get(0).strip().toLowerCase(Locale.ROOT).split(",", -1);
    boolean withT = header.length == 3 && header[2].strip().equals("temperature");
    if (header.length < 2 || !header[0].strip().equals("timestamp") || !header[1].strip().equals("value")
        || (header.length == 3 && !withT) || header.length > 3) {
      throw new IllegalArgumentException(file + " line 1: header '" + lines.get(0).strip()
          + "', expected 'timestamp,value' or 'timestamp,value,temperature'");
    }
    ZoneRules rules = zone.getRules();
    List<Instant> times = new ArrayList<>();
    List<double[]> values = new ArrayList<>();
    LocalDateTime previousLocal = null;
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String where = file + " line " + (i + 1);
      String[] cells = line.split(",", -1);
      if (cells.length != header.length) {
        throw new IllegalArgumentException(where + ": " + cells.length + " cells, the header has " + header.length);
      }
      String stamp = cells[0].strip();
      Instant instant;
      LocalDateTime local = null;
      try {
        instant = OffsetDateTime.parse(stamp).toInstant();
      } catch (DateTimeParseException notOffset) {
        try {
          local = LocalDateTime.parse(stamp.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(where + ", column timestamp: '" + stamp
              + "' is not an ISO-8601 date-time such as 2025-03-30T03:00, 2025-03-30 03:00 or 2025-03-30T03:00+02:00");
        }
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
          throw new IllegalArgumentException(where + ", column timestamp: " + stamp + " does not exist in " + zone
              + " (a daylight-saving gap); write it with an offset or leave the row out");
        }
        boolean repeat = offsets.size() == 2 && local.equals(previousLocal);
        instant = local.toInstant(repeat ? offsets.get(1) : offsets.get(0));
      }
      previousLocal = local;
      if (!times.isEmpty() && !instant.isAfter(times.get(times.size() - 1))) {
        throw new IllegalArgumentException(where + ", column timestamp: " + stamp
            + (instant.equals(times.get(times.size() - 1)) ? " repeats the previous row's time" : " is before the previous row's time")
            + "; timestamps must increase");
      }
      LocalDateTime standard = LocalDateTime.ofInstant(instant, rules.getStandardOffset(instant));
      if (standard.getMinute() != 0 || standard.getSecond() != 0 || standard.getNano() != 0) {
        throw new IllegalArgumentException(where + ", column timestamp: " + stamp + " is " + standard
            + " in standard time, not a whole hour; the reader takes hourly data");
      }
      double[] v = new double[2];
      v[0] = number(cells[1], where, "value");
      v[1] = withT ? number(cells[2], where, "temperature") : Double.NaN;
      times.add(instant);
      values.add(v);
    }
    if (times.isEmpty()) {
      throw new IllegalArgumentException(file + " has a header but no rows");
    }
    LocalDate first = standard(times.get(0), rules).toLocalDate();
    LocalDate last = standard(times.get(times.size() - 1), rules).toLocalDate();
    int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
    double[] load = new double[days * LoadSeries.HOURS];
    double[] temp = new double[load.length];
    Arrays.fill(load, Double.NaN);
    Arrays.fill(temp, Double.NaN);
    for (int k = 0; k < times.size(); k++) {
      LocalDateTime s = standard(times.get(k), rules);
      int t = (int) ChronoUnit.DAYS.between(first, s.toLocalDate()) * LoadSeries.HOURS + s.getHour();
      if (!Double.isNaN(load[t])) {
        throw new IllegalArgumentException(file + ": two rows fall on " + s + " standard time (the standard offset of "
            + zone + " changed in between?)");
      }
      load[t] = values.get(k)[0];
      temp[t] = values.get(k)[1];
    }
    return new MeterReadings(first, load, temp, withT);
  }

  private static LocalDateTime standard(Instant i, ZoneRules rules) {
    return LocalDateTime.ofInstant(i, rules.getStandardOffset(i));
  }

  private static double number(String cell, String where, String column) {
    String c = cell.strip();
    double v;
    try {
      v = Double.parseDouble(c);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + ", column " + column + ": '" + c + "' is not a number"
          + (c.isEmpty() ? " (empty cell; leave the whole row out for a missing hour)" : ""));
    }
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(where + ", column " + column + ": " + c
          + " is not finite; leave the whole row out for a missing hour");
    }
    return v;
  }
}
