package org.inversesuite.anomaly.timeseries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadCsvTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @TempDir
  Path dir;

  private Path write(String header, List<String> rows) throws IOException {
    Path p = dir.resolve("load.csv");
    StringBuilder sb = new StringBuilder(header).append('\n');
    rows.forEach(r -> sb.append(r).append('\n'));
    Files.writeString(p, sb);
    return p;
  }

  /** Rows "local-time,value,temperature" for local hours from..to of {@code day}, value = 100·day-of-month + hour. */
  private static void localHours(List<String> rows, LocalDate day, int from, int to, int... repeated) {
    for (int h = from; h <= to; h++) {
      LocalDateTime t = day.atTime(h, 0);
      if (BERLIN.getRules().getValidOffsets(t).isEmpty()) {
        continue;
      }
      rows.add(t + "," + (100 * day.getDayOfMonth() + h) + "," + h);
      for (int r : repeated) {
        if (r == h) {
          rows.add(t + "," + (100 * day.getDayOfMonth() + h + 0.5) + "," + h);
        }
      }
    }
  }

  @Test
  void offsetsArePlacedInStandardTime() throws IOException {
    Path p = write("timestamp,value", List.of("2025-01-01T00:00Z,1", "2025-01-01T01:00Z,2", "2025-01-01T22:00Z,3",
        "2025-01-01T23:00Z,4"));
    MeterReadings m = LoadCsv.read(p, BERLIN);
    // Berlin standard time is UTC+1: 00:00Z is 01:00 of 1 January, 23:00Z is 00:00 of 2 January
    assertEquals(LocalDate.of(2025, 1, 1), m.start());
    assertEquals(2, m.days());
    assertEquals(1, m.load()[1]);
    assertEquals(2, m.load()[2]);
    assertEquals(3, m.load()[23]);
    assertEquals(4, m.load()[24]);
    assertTrue(Double.isNaN(m.load()[0]));
    assertFalse(m.hasTemperature());
    assertEquals(48 - 4, m.missingHours());
    assertTrue(m.completeDays().isEmpty());
  }

  @Test
  void springGapDayIsWholeInStandardTime() throws IOException {
    List<String> rows = new java.util.ArrayList<>();
    LocalDate day = LocalDate.of(2025, 3, 30);
    localHours(rows, day, 0, 23);
    localHours(rows, day.plusDays(1), 0, 0);
    assertEquals(24, rows.size());
    MeterReadings m = LoadCsv.read(write("timestamp,value,temperature", rows), BERLIN);
    assertEquals(day, m.start());
    assertEquals(List.of(0), m.completeDays());
    assertEquals(3001, m.load()[1]);
    assertEquals(3003, m.load()[2]); // 03:00 summer time is 02:00 standard time
    assertEquals(3023, m.load()[22]);
    assertEquals(3100, m.load()[23]); // 00:00 summer time on 31 March is 23:00 standard time on 30 March
    assertEquals(0, m.temperature()[0]);
  }

  @Test
  void autumnRepeatedHourGoesToTwoStandardHours() throws IOException {
    List<String> rows = new java.util.ArrayList<>();
    LocalDate day = LocalDate.of(2025, 10, 26);
    localHours(rows, day, 1, 23, 2);
    assertEquals(24, rows.size());
    MeterReadings m = LoadCsv.read(write("timestamp,value,temperature", rows), BERLIN);
    // 01:00 summer time is 00:00 standard time; the two 02:00 are 01:00 (summer) and 02:00 (standard)
    assertEquals(day, m.start());
    assertEquals(2601, m.load()[0]);
    assertEquals(2602, m.load()[1]);
    assertEquals(2602.5, m.load()[2]);
    assertEquals(2603, m.load()[3]);
    assertEquals(2623, m.load()[23]);
    assertEquals(List.of(0), m.completeDays());
  }

  @Test
  void badRowsAreRefusedNamingLineAndColumn() throws IOException {
    String gap = assertThrows(IllegalArgumentException.class, () -> LoadCsv.read(write("timestamp,value",
        List.of("2025-03-30T01:00,1", "2025-03-30T02:00,2")), BERLIN)).getMessage();
    assertTrue(gap.contains("line 3") && gap.contains("daylight-saving gap"), gap);
    String dup = assertThrows(IllegalArgumentException.class, () -> LoadCsv.read(write("timestamp,value",
        List.of("2025-05-01 10:00,1", "2025-05-01 10:00,2")), BERLIN)).getMessage();
    assertTrue(dup.contains("line 3") && dup.contains("repeats"), dup);
    String back = assertThrows(IllegalArgumentException.class, () -> LoadCsv.read(write("timestamp,value",
        List.of("2025-05-01 10:00,1", "2025-05-01 09:00,2")), BERLIN)).getMessage();
    assertTrue(back.contains("line 3") && back.contains("before"), back);
    String num = assertThrows(IllegalArgumentException.class, () -> LoadCsv.read(write("timestamp,value,temperature",
        List.of("2025-05-01 10:00,1,3", "2025-05-01 11:00,2,warm")), BERLIN)).getMessage();
    assertTrue(num.contains("line 3, column temperature") && num.contains("'warm'"), num);
    String nan = assertThrows(IllegalArgumentException.class, () -> LoadCsv.read(write("timestamp,value",
        List.of("2025-05-01 10:00,NaN")), BERLIN)).getMessage();
    assertTrue(nan.contains("line 2, column value") && nan.contains("not finite"), nan);
    String minute = assertThrows(IllegalArgumentException.class, () -> LoadCsv.read(write("timestamp,value",
        List.of("2025-05-01 10:30,1")), BERLIN)).getMessage();
    assertTrue(minute.contains("not a whole hour"), minute);
    String stamp = assertThrows(IllegalArgumentException.class, () -> LoadCsv.read(write("timestamp,value",
        List.of("01/05/2025 10:00,1")), BERLIN)).getMessage();
    assertTrue(stamp.contains("line 2, column timestamp") && stamp.contains("ISO-8601"), stamp);
    String header = assertThrows(IllegalArgumentException.class, () -> LoadCsv.read(write("time,load",
        List.of("2025-05-01 10:00,1")), BERLIN)).getMessage();
    assertTrue(header.contains("line 1") && header.contains("timestamp,value"), header);
  }
}
