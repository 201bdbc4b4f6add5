package org.inversesuite.airfoil.io;

import java.util.List;

/** Shared line parsing of the coordinate readers; every message names the source and line. */
final class DataLines {
  private DataLines() {}

  /** @return the two numbers of a line "x y" (spaces, tabs or a comma between), or null */
  static double[] pair(String line) {
    String[] parts = line.trim().split("[\\s,;]+");
    if (parts.length != 2) {
      return null;
    }
    try {
      double x = Double.parseDouble(parts[0]);
      double y = Double.parseDouble(parts[1]);
      return Double.isFinite(x) && Double.isFinite(y) ? new double[] {x, y} : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static IllegalArgumentException error(String source, int lineNumber, String what) {
    return new IllegalArgumentException(source + " line " + lineNumber + ": " + what);
  }

  static String show(String line) {
    String t = line.strip();
    return "'" + (t.length() > 60 ? t.substring(0, 60) + "…" : t) + "'";
  }

  /** @return index of the first non-blank line at or after {@code from}, or lines.size() */
  static int skipBlank(List<String> lines, int from) {
    int i = from;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    return i;
  }
}
