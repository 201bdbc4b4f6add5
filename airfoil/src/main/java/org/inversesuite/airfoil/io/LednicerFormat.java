package org.inversesuite.airfoil.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inversesuite.airfoil.shape.Airfoil;

/**
 * Reads and writes {@link CoordinateFormat#LEDNICER} text: a name line, the counts "NU. NL.",
 * then NU upper-surface points and NL lower-surface points, each surface from the leading to the
 * trailing edge with x non-decreasing. Blank lines are ignored. On reading, the two surfaces are
 * joined into Selig order (a shared leading-edge point is kept once).
 */
public final class LednicerFormat {
  private LednicerFormat() {}

  /**
   * @param source name used in messages, e.g. the file name
   * @param lines the file content
   * @throws IllegalArgumentException naming {@code source} and the line for malformed or
   *     unordered data, or when the counts do not match the points
   */
  public static Airfoil parse(String source, List<String> lines) {
    int i = DataLines.skipBlank(lines, 0);
    if (i == lines.size()) {
      throw new IllegalArgumentException(source + ": empty file, expected a name line, 'NU NL' counts and points");
    }
    String name = lines.get(i).strip();
    i = DataLines.skipBlank(lines, i + 1);
    if (i == lines.size()) {
      throw new IllegalArgumentException(source + ": no 'NU NL' count line after the name");
    }
    double[] counts = DataLines.pair(lines.get(i));
    if (counts == null || !isCount(counts[0]) || !isCount(counts[1])) {
      throw DataLines.error(source, i + 1, "expected the point counts 'NU NL' (two whole numbers >= 2), got "
          + DataLines.show(lines.get(i)));
    }
    int nu = (int) counts[0];
    int nl = (int) counts[1];
    double[][] upper = new double[nu][];
    double[][] lower = new double[nl][];
    i = readSurface(source, lines, i + 1, upper, "upper");
    i = readSurface(source, lines, i, lower, "lower");
    int extra = DataLines.skipBlank(lines, i);
    if (extra < lines.size()) {
      throw DataLines.error(source, extra + 1, "unexpected data after the " + nu + " + " + nl
          + " points announced by the count line: " + DataLines.show(lines.get(extra)));
    }
    boolean shared = upper[0][0] == lower[0][0] && upper[0][1] == lower[0][1];
    int n = nu + nl - (shared ? 1 : 0);
    double[] x = new double[n];
    double[] y = new double[n];
    int k = 0;
    for (int j = nu - 1; j >= 0; j--, k++) {
      x[k] = upper[j][0];
      y[k] = upper[j][1];
    }
    for (int j = shared ? 1 : 0; j < nl; j++, k++) {
      x[k] = lower[j][0];
      y[k] = lower[j][1];
    }
    return new Airfoil(name.isEmpty() ? source : name, x, y);
  }

  private static boolean isCount(double v) {
    return v >= 2 && v == Math.rint(v) && v < 100_000;
  }

  private static int readSurface(String source, List<String> lines, int from, double[][] into, String side) {
    int i = from;
    for (int k = 0; k < into.length; k++) {
      i = DataLines.skipBlank(lines, i);
      if (i == lines.size()) {
        throw new IllegalArgumentException(source + ": the file ends after " + k + " of the " + into.length
            + " " + side + "-surface points announced by the count line");
      }
      double[] p = DataLines.pair(lines.get(i));
      if (p == null) {
        throw DataLines.error(source, i + 1, "expected two numbers 'x y' (" + side + " surface point " + (k + 1)
            + " of " + into.length + "), got " + DataLines.show(lines.get(i)));
      }
      if (k > 0 && p[0] < into[k - 1][0]) {
        throw DataLines.error(source, i + 1, String.format(Locale.ROOT,
            "x decreases on the %s surface (%.6f after %.6f); Lednicer surfaces run from the leading to the trailing edge",
            side, p[0], into[k - 1][0]));
      }
      into[k] = p;
      i++;
    }
    return i;
  }

  /**
   * Splits a Selig-ordered airfoil at its leading edge (smallest x) into the two surfaces,
   * both containing the leading-edge point; the numbers read back as the same doubles
   * ({@link CoordinateText}).
   *
   * @return the file content
   */
  public static List<String> format(Airfoil airfoil) {
    int le = airfoil.leadingEdgeIndex();
    int last = airfoil.size() - 1;
    int nu = le + 1;
    int nl = last - le + 1;
    List<String> out = new ArrayList<>(nu + nl + 4);
    out.add(airfoil.name().isBlank() ? "airfoil" : airfoil.name());
    out.add(String.format(Locale.ROOT, "%d. %d.", nu, nl));
    out.add("");
    for (int i = le; i >= 0; i--) {
      out.add(CoordinateText.pair(airfoil.x(i), airfoil.y(i)));
    }
    out.add("");
    for (int i = le; i <= last; i++) {
      out.add(CoordinateText.pair(airfoil.x(i), airfoil.y(i)));
    }
    return out;
  }
}
