package org.inversesuite.cli.molecules;

import com.fasterxml.jackson.core.JacksonException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.io.AtomicFiles;
import org.inversesuite.molecules.design.SamplingSchedule;

/** Reads and writes a {@link SamplingSchedule} as JSON ({@code schedule.json}, written by {@code molecules calibrate}). */
final class ScheduleFile {
  private ScheduleFile() {}

  /** @return the schedule in the file, or an IllegalArgumentException naming the file and what is wrong */
  static SamplingSchedule read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("schedule file not found: " + file + " (write one with: inverse molecules calibrate)");
    }
    try {
      SamplingSchedule s = Json.mapper().readValue(file.toFile(), SamplingSchedule.class);
      if (s == null) {
        throw new IllegalArgumentException(file + ": empty schedule file");
      }
      return s;
    } catch (JacksonException e) {
      Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
      throw new IllegalArgumentException(file + ": not a sampling schedule: " + cause.getMessage().lines().findFirst().orElse(""), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes atomically. */
  static void write(Path file, SamplingSchedule schedule) {
    try {
      AtomicFiles.write(file, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(schedule));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
