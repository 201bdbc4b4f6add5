package org.inversesuite.airfoil.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reads a polar file written by XFOIL 6.99 itself (naca2412-1e6-sweep.pol, provenance in the
 * fixture README) and compares it with the CSV extracted from the same run by generate.sh's awk.
 */
class XfoilPolarFileTest {
  static final String REAL = "naca2412-1e6-sweep.pol";

  @Test
  void realPolarFileMatchesTheValidationCsv() {
    List<XfoilPolarFile.Row> rows = XfoilPolarFile.parse(REAL, XfoilPolar.lines(REAL));
    assertEquals(17, rows.size(), "ASEQ 2 10 0.5 converged at every angle");
    assertEquals(2.0, rows.get(0).alpha());
    assertEquals(10.0, rows.get(16).alpha());
    Map<Double, XfoilPolar.Point> csv = XfoilPolar.polar("naca2412", "1e6");
    int compared = 0;
    for (XfoilPolarFile.Row r : rows) {
      if (r.alpha() == Math.rint(r.alpha())) {
        XfoilPolar.Point p = csv.get(r.alpha());
        assertEquals(new XfoilPolarFile.Row(p.alpha(), p.cl(), p.cd(), p.cdp(), p.cm(), p.xtrTop(), p.xtrBottom()), r,
            "alpha " + r.alpha());
        compared++;
      }
    }
    assertEquals(9, compared);
  }

  @Test
  void headerWithoutDashedLineIsRejected() {
    List<String> lines = XfoilPolar.lines(REAL).stream().filter(l -> !l.trim().startsWith("---")).toList();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> XfoilPolarFile.parse("p.pol", lines));
    assertTrue(e.getMessage().contains("p.pol") && e.getMessage().contains("------"), e.getMessage());
  }

  @Test
  void malformedRowNamesFileLineAndColumn() {
    List<String> lines = new ArrayList<>(XfoilPolar.lines(REAL));
    int row = 14; // 1-based: the 2.5° row
    lines.set(row - 1, "   3.000   0.5951   ******   0.00095  -0.0542   0.4593   0.9939");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> XfoilPolarFile.parse("p.pol", lines));
    assertTrue(e.getMessage().contains("p.pol line " + row) && e.getMessage().contains("column 3"), e.getMessage());

    lines.set(row - 1, "   3.000   0.5951");
    e = assertThrows(IllegalArgumentException.class, () -> XfoilPolarFile.parse("p.pol", lines));
    assertTrue(e.getMessage().contains("line " + row) && e.getMessage().contains("got 2"), e.getMessage());
  }

  @Test
  void sevenColumnRowsOfOlderVersionsAreRead() {
    List<String> lines = new ArrayList<>(XfoilPolar.lines(REAL).subList(0, 12));
    lines.add("   1.000   0.3455   0.00547   0.00061  -0.0495   0.5893   0.8562");
    List<XfoilPolarFile.Row> rows = XfoilPolarFile.parse("old.pol", lines);
    assertEquals(List.of(new XfoilPolarFile.Row(1, 0.3455, 0.00547, 0.00061, -0.0495, 0.5893, 0.8562)), rows);
  }
}
