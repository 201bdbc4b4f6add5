package org.inversesuite.airfoil.solver;

import java.util.ArrayList;
import java.util.List;

/**
 * Reader of the polar file XFOIL writes with {@code PACC}: a free-text header ending in a line
 * of dashes, then one row per converged point with the columns
 * {@code alpha CL CD CDp CM Top_Xtr Bot_Xtr} (6.99 adds {@code Top_Itr Bot_Itr}, ignored here).
 * Points XFOIL did not converge are simply absent.
 */
public final class XfoilPolarFile {
  /**
   * One converged XFOIL point.
   *
   * @param alpha angle of attack, degrees (printed to 0.001°)
   * @param cl lift coefficient
   * @param cd total drag coefficient
   * @param cdp pressure drag coefficient; friction drag is {@code cd − cdp}
   * @param cm quarter-chord moment coefficient
   * @param xtrTop transition x/c, upper surface
   * @param xtrBottom transition x/c, lower surface
   */
  public record Row(double alpha, double cl, double cd, double cdp, double cm, double xtrTop, double xtrBottom) {}

  private static final int COLUMNS = 7;

  private XfoilPolarFile() {}

  /**
   * @param source names the file in messages
   * @param lines the file's lines
   * @return the rows in file order
   * @throws IllegalArgumentException naming the source and line if there is no dashed header
   *     line or a row does not hold seven finite numbers
   */
  public static List<Row> parse(String source, List<String> lines) {
    int start = -1;
    for (int i = 0; i < lines.size() && start < 0; i++) {
      if (lines.get(i).trim().startsWith("------")) {
        start = i + 1;
      }
    }
    if (start < 0) {
      throw new IllegalArgumentException(source + ": not an XFOIL polar file (no '------' line ends the header)");
    }
    List<Row> rows = new ArrayList<>();
    for (int i = start; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (!line.isEmpty()) {
        rows.add(row(source, i + 1, line));
      }
    }
    return rows;
  }

  private static Row row(String source, int lineNumber, String line) {
    String[] words = line.split("\\s+");
    if (words.length < COLUMNS) {
      throw new IllegalArgumentException(source + " line " + lineNumber + ": expected at least " + COLUMNS
          + " columns (alpha CL CD CDp CM Top_Xtr Bot_Xtr), got " + words.length + ": '" + line + "'");
    }
    double[] v = new double[COLUMNS];
    for (int j = 0; j < COLUMNS; j++) {
      try {
        v[j] = Double.parseDouble(words[j]);
      } catch (NumberFormatException e) {
        v[j] = Double.NaN;
      }
      if (!Double.isFinite(v[j])) {
        throw new IllegalArgumentException(source + " line " + lineNumber + ": column " + (j + 1)
            + " is not a finite number: '" + words[j] + "'");
      }
    }
    return new Row(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
  }
}
