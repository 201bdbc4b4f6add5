package org.inversesuite.airfoil.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.inversesuite.airfoil.shape.Airfoil;
import org.inversesuite.airfoil.shape.CstShape;
import org.inversesuite.airfoil.shape.NacaFourDigit;
import org.inversesuite.airfoil.shape.TrailingEdge;
import org.junit.jupiter.api.Test;

/** The committed XFOIL geometry files still come from the generators named in the README. */
class XfoilFixtureTest {
  @Test
  void coordinateFilesMatchTheirGenerators() {
    Map<String, Airfoil> generated = Map.of(
        "naca0012", NacaFourDigit.of("0012", TrailingEdge.OPEN).toAirfoil(121),
        "naca2412", NacaFourDigit.of("2412", TrailingEdge.OPEN).toAirfoil(121),
        "naca4415", NacaFourDigit.of("4415", TrailingEdge.OPEN).toAirfoil(121),
        "cst-a", CstShape.of(List.of(0.18, 0.20, 0.18, 0.20, 0.19), List.of(-0.15, -0.10, -0.10, -0.02, 0.02), 0.0025)
            .toAirfoil("CST-A", 121),
        "cst-b", CstShape.of(List.of(0.14, 0.16, 0.15, 0.19, 0.14, 0.20, 0.18),
            List.of(-0.13, -0.12, -0.11, -0.09, -0.08, -0.06, -0.05), 0).toAirfoil("CST-B", 121));
    for (String s : XfoilPolar.SECTIONS) {
      Airfoil file = XfoilPolar.airfoil(s);
      Airfoil gen = generated.get(s);
      assertEquals(gen.size(), file.size(), s);
      for (int i = 0; i < gen.size(); i++) {
        assertEquals(gen.x(i), file.x(i), 1e-7, s + " x " + i);
        assertEquals(gen.y(i), file.y(i), 1e-7, s + " y " + i);
      }
    }
  }

  @Test
  void everyPolarCoversTheComparisonRange() {
    for (String s : XfoilPolar.SECTIONS) {
      assertEquals(8, XfoilPolar.polar(s, "inviscid").size(), s);
      for (String re : List.of("1e6", "3e6")) {
        Map<Double, XfoilPolar.Point> p = XfoilPolar.polar(s, re);
        assertTrue(p.size() >= 14, s + " " + re + " has " + p.size() + " points");
        assertTrue(p.values().stream().allMatch(x -> x.cd() > 0 && x.xtrTop() > 0), s + " " + re);
      }
    }
  }
}
