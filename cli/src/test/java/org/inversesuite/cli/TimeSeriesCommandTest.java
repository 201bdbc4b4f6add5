package org.inversesuite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.inversesuite.anomaly.timeseries.LoadSeries;
import org.inversesuite.anomaly.timeseries.LoadSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** timeseries fit and score on simulated meter data written in Berlin wall time (across DST changes). */
class TimeSeriesCommandTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @TempDir
  Path dir;

  /** Writes the series with local (wall-clock) timestamps without offset; the hour {@code spike} doubled. */
  Path csv(String name, LoadSeries s, int spike) throws IOException {
    StringBuilder b = new StringBuilder("timestamp,value,temperature\n");
    for (int t = 0; t < s.load().length; t++) {
      LocalDateTime standard = s.start().atStartOfDay().plusHours(t);
      Instant instant = standard.toInstant(BERLIN.getRules().getStandardOffset(standard.toInstant(java.time.ZoneOffset.UTC)));
      LocalDateTime wall = LocalDateTime.ofInstant(instant, BERLIN);
      b.append(String.format(Locale.ROOT, "%s,%.4f,%.3f%n", wall, s.load()[t] * (t == spike ? 2 : 1), s.temperature()[t]));
    }
    Path p = dir.resolve(name);
    Files.writeString(p, b.toString());
    return p;
  }

  @Test
  void fitAndScoreAcrossDaylightSaving() throws Exception {
    LoadSimulator sim = LoadSimulator.office();
    Path train = csv("train.csv", sim.simulate(LocalDate.of(2024, 7, 1), 130, 1), -1);
    int spike = 12 * 24 + 10;
    Path test = csv("test.csv", sim.simulate(LocalDate.of(2025, 3, 20), 20, 2), spike);
    Path model = dir.resolve("load.invm");
    CommandLineTest.Result fit = CommandLineTest.run("anomaly", "timeseries", "fit", train.toString(), "--zone",
        "Europe/Berlin", "--iterations", "150", "-o", model.toString());
    assertEquals(0, fit.code(), fit.err());
    assertTrue(fit.out().contains("130 complete days of 130 (0 hours missing)"), fit.out());

    Path scores = dir.resolve("scores.csv");
    CommandLineTest.Result score = CommandLineTest.run("anomaly", "timeseries", "score", model.toString(),
        test.toString(), "-o", scores.toString());
    assertEquals(0, score.code(), score.err());
    List<String> lines = Files.readAllLines(scores);
    assertEquals(20 * 24 + 1, lines.size());
    assertTrue(lines.get(1 + spike).startsWith("2025-04-01T10:00+01:00,"), lines.get(1 + spike));
    assertTrue(lines.get(1 + spike).endsWith(",1,1"), "the spike hour and day are flagged: " + lines.get(1 + spike));
    assertTrue(Files.size(dir.resolve("scores-series.png")) > 1000);

    assertEquals(2, CommandLineTest.run("anomaly", "timeseries", "score", model.toString(), test.toString(), "-o",
        scores.toString()).code());
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "timestamp,value,temperature\n2025-05-01 10:00,12,3\n2025-05-01 11:00,n/a,3\n");
    CommandLineTest.Result refused = CommandLineTest.run("anomaly", "timeseries", "score", model.toString(),
        bad.toString(), "-o", dir.resolve("b.csv").toString());
    assertEquals(2, refused.code());
    assertTrue(refused.err().contains("line 3, column value"), refused.err());
  }
}
