package org.inversesuite.astro.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.inversesuite.astro.rv.RvObservationSet;
import org.inversesuite.data.io.DataFormatException;

/**
 * Collects the rows of one radial-velocity file, checks each as it comes (finite values,
 * positive error bars, strictly increasing times) and either builds the {@link RvTable} or
 * throws one {@link DataFormatException} listing every problem found (the first
 * {@value #LISTED} of them) with its line or row: nothing is dropped silently.
 */
final class RvRows {
  private static final int LISTED = 20;

  /** One problem: where (line number for text files, 0 for FITS rows), a label, the column. */
  private record Problem(int line, String where, String column, String text) {}

  private final Path path;
  private final VelocityUnit unit;
  private final boolean instruments;
  private final List<Problem> problems = new ArrayList<>();
  private final List<String> labels = new ArrayList<>();
  private double[] times = new double[256];
  private double[] velocities = new double[256];
  private double[] errors = new double[256];
  private int size;
  /** Time and place of the last row with a finite time, valid or not: order is checked against it. */
  private double previousTime;
  private String previousWhere;

  RvRows(Path path, VelocityUnit unit, boolean instruments) {
    this.path = path;
    this.unit = unit;
    this.instruments = instruments;
  }

  /** Records a problem that prevented reading a row at all (e.g. a missing field). */
  void problem(int line, String where, String column, String text) {
    problems.add(new Problem(line, where, column, text));
  }

  /**
   * Checks and keeps one parsed row.
   *
   * @param line 1-based line of a text file, or 0 for a FITS row
   * @param where "line 12" or "row 5", used in messages
   * @param names the column names or references, for messages: time, velocity, error, instrument
   * @param instrument the label, or null without an instrument column
   */
  void add(int line, String where, String[] names, double time, double velocity, double error, String instrument) {
    int before = problems.size();
    if (!Double.isFinite(time)) {
      problem(line, where, names[0], "time is " + time + " (NaN or infinite values are refused, not dropped)");
    }
    if (!Double.isFinite(velocity)) {
      problem(line, where, names[1], "velocity is " + velocity + " (NaN or infinite values are refused, not dropped)");
    }
    if (!Double.isFinite(error)) {
      problem(line, where, names[2], "error bar is " + error + " (NaN or infinite values are refused, not dropped)");
    } else if (!(error > 0)) {
      problem(line, where, names[2], "error bar must be > 0, got " + error);
    }
    if (instruments && (instrument == null || instrument.isBlank())) {
      problem(line, where, names[3], "empty instrument label");
    }
    if (Double.isFinite(time)) {
      if (previousWhere != null && time == previousTime) {
        problem(line, where, names[0], "duplicate time " + time + " (also on " + previousWhere + ")");
      } else if (previousWhere != null && time < previousTime) {
        problem(line, where, names[0], "time " + time + " is earlier than " + previousTime + " on " + previousWhere
            + ": times must increase strictly (sort the file, or read each instrument separately)");
      }
      previousTime = time;
      previousWhere = where;
    }
    if (problems.size() > before) {
      return;
    }
    if (size == times.length) {
      times = Arrays.copyOf(times, 2 * size);
      velocities = Arrays.copyOf(velocities, 2 * size);
      errors = Arrays.copyOf(errors, 2 * size);
    }
    times[size] = time;
    velocities[size] = unit.toMetresPerSecond(velocity);
    errors[size] = unit.toMetresPerSecond(error);
    size++;
    if (instruments) {
      labels.add(instrument.strip());
    }
  }

  /**
   * @return the table
   * @throws DataFormatException listing the problems, or if there are no rows
   */
  RvTable finish(TimeFormat timeFormat) {
    if (!problems.isEmpty()) {
      Problem first = problems.get(0);
      StringBuilder detail = new StringBuilder();
      if (first.line() == 0) {
        detail.append(first.where()).append(": ");
      }
      detail.append(first.text());
      for (int i = 1; i < Math.min(LISTED, problems.size()); i++) {
        Problem p = problems.get(i);
        detail.append("; ").append(p.where());
        if (p.column() != null) {
          detail.append(", column '").append(p.column()).append('\'');
        }
        detail.append(": ").append(p.text());
      }
      if (problems.size() > LISTED) {
        detail.append("; and ").append(problems.size() - LISTED).append(" more problems");
      }
      String count = problems.size() == 1 ? "" : " [" + problems.size() + " problems]";
      throw new DataFormatException(path, first.line(), first.column(), detail + count);
    }
    if (size == 0) {
      throw new DataFormatException(path, "no measurements: the file has no data rows");
    }
    RvObservationSet set = new RvObservationSet(Arrays.copyOf(times, size), Arrays.copyOf(velocities, size),
        Arrays.copyOf(errors, size));
    return new RvTable(set, labels, timeFormat);
  }
}
