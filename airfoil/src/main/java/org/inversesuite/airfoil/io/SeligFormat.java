package org.inversesuite.airfoil.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inversesuite.airfoil.shape.Airfoil;
import org.inversesuite.airfoil.shape.ShapeAnalysis;

/**
 * Reads and writes {@link CoordinateFormat#SELIG} text. A file is accepted when every line
 * after the optional name is a pair "x y" (blank lines ignored), x first falls to a single
 * minimum (the leading edge) and then rises, and the contour runs counter-clockwise (upper
 * surface first). Anything else is refused with the source name and line number.
 */
public final class SeligFormat {
  private SeligFormat() {}

  /**
   * @param source name used in messages and as the fallback airfoil name, e.g. the file name
   * @param lines the file content
   * @throws IllegalArgumentException naming {@code source} and the line for malformed or
   *     unordered data
   */
  public static Airfoil parse(String source, List<String> lines) {
    int first = DataLines.skipBlank(lines, 0);
    if (first == lines.size()) {
      throw new IllegalArgumentException(source + ": empty file, expected a name line and 'x y' pairs");
    }
    String name = source;
    int start = first;
    if (DataLines.pair(lines.get(first)) == null) {
      name = lines.get(first).strip();
      start = first + 1;
    }
    List<double[]> pts = new ArrayList<>();
    List<Integer> lineOf = new ArrayList<>();
    for (int i = start; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      double[] p = DataLines.pair(line);
      if (p == null) {
        throw DataLines.error(source, i + 1, "expected two numbers 'x y', got " + DataLines.show(line));
      }
      pts.add(p);
      lineOf.add(i + 1);
    }
    if (pts.size() < Airfoil.MIN_POINTS) {
      throw new IllegalArgumentException(source + ": " + pts.size() + " coordinate pairs, an airfoil needs at least "
          + Airfoil.MIN_POINTS);
    }
    boolean rising = false;
    for (int k = 1; k < pts.size(); k++) {
      double dx = pts.get(k)[0] - pts.get(k - 1)[0];
      if (dx > 0) {
        rising = true;
      } else if (dx < 0 && rising) {
        throw DataLines.error(source, lineOf.get(k), String.format(Locale.ROOT,
            "x falls again after the leading edge (%.6f after %.6f); Selig order runs trailing edge, "
                + "upper surface, leading edge, lower surface, trailing edge", pts.get(k)[0], pts.get(k - 1)[0]));
      }
    }
    double[] x = new double[pts.size()];
    double[] y = new double[pts.size()];
    for (int k = 0; k < x.length; k++) {
      x[k] = pts.get(k)[0];
      y[k] = pts.get(k)[1];
    }
    Airfoil a = new Airfoil(name, x, y);
    if (ShapeAnalysis.area(a) < 0) {
      throw DataLines.error(source, lineOf.get(0), "the contour runs clockwise (the surface starting here is the "
          + "lower one); Selig order starts at the trailing edge with the upper surface");
    }
    return a;
  }

  /**
   * @return the file content: the name line, then one "x y" line per point, written so that {@link #parse}
   *     returns the same doubles ({@link CoordinateText})
   */
  public static List<String> format(Airfoil airfoil) {
    List<String> out = new ArrayList<>(airfoil.size() + 1);
    out.add(airfoil.name().isBlank() ? "airfoil" : airfoil.name());
    for (int i = 0; i < airfoil.size(); i++) {
      out.add(CoordinateText.pair(airfoil.x(i), airfoil.y(i)));
    }
    return out;
  }
}
