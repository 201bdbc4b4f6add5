package org.inversesuite.airfoil.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inversesuite.airfoil.shape.Airfoil;
import org.inversesuite.core.io.AtomicFiles;

/**
 * Airfoil coordinate files on disk: format detection, reading and atomic writing
 * ({@link AtomicFiles}). Messages name the file and, for content errors, the line.
 */
public final class AirfoilFiles {
  private AirfoilFiles() {}

  /**
   * Guesses the layout: Lednicer when the first numeric line holds two whole numbers ≥ 2 (the
   * point counts), Selig otherwise.
   */
  public static CoordinateFormat detect(List<String> lines) {
    int i = DataLines.skipBlank(lines, 0);
    if (i < lines.size() && DataLines.pair(lines.get(i)) == null) {
      i = DataLines.skipBlank(lines, i + 1);
    }
    if (i < lines.size()) {
      double[] p = DataLines.pair(lines.get(i));
      if (p != null && p[0] >= 2 && p[1] >= 2 && p[0] == Math.rint(p[0]) && p[1] == Math.rint(p[1])) {
        return CoordinateFormat.LEDNICER;
      }
    }
    return CoordinateFormat.SELIG;
  }

  /**
   * Reads a Selig or Lednicer file, detecting which.
   *
   * @throws UncheckedIOException naming the file if it cannot be read
   * @throws IllegalArgumentException naming the file and line if the content is malformed
   */
  public static Airfoil read(Path file) {
    List<String> lines = lines(file);
    return parse(file.getFileName().toString(), lines, detect(lines));
  }

  /** Reads a file in the given format. */
  public static Airfoil read(Path file, CoordinateFormat format) {
    return parse(file.getFileName().toString(), lines(file), format);
  }

  /** Parses already-read lines; {@code source} names them in messages. */
  public static Airfoil parse(String source, List<String> lines, CoordinateFormat format) {
    return switch (format) {
      case SELIG -> SeligFormat.parse(source, lines);
      case LEDNICER -> LednicerFormat.parse(source, lines);
    };
  }

  /**
   * Writes {@code airfoil} atomically in the given format (UTF-8, '\n' line ends).
   *
   * @throws UncheckedIOException naming the file if the write fails
   */
  public static void write(Path file, Airfoil airfoil, CoordinateFormat format) {
    write(file, format(airfoil, format));
  }

  /**
   * Writes lines from {@link #format} atomically (UTF-8, '\n' line ends), e.g. after checking what
   * {@link #parse} makes of them.
   *
   * @throws UncheckedIOException naming the file if the write fails
   */
  public static void write(Path file, List<String> lines) {
    AtomicFiles.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @return the file content in the given format; {@link #parse} of it returns the same coordinates, bit for bit
   */
  public static List<String> format(Airfoil airfoil, CoordinateFormat format) {
    return switch (format) {
      case SELIG -> SeligFormat.format(airfoil);
      case LEDNICER -> LednicerFormat.format(airfoil);
    };
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read airfoil file " + file + ": " + e.getMessage(), e);
    }
  }
}
