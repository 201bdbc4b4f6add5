package org.inversesuite.airfoil.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.inversesuite.airfoil.shape.CstFit;
import org.inversesuite.airfoil.shape.CstShape;
import org.inversesuite.airfoil.shape.NacaFourDigit;
import org.inversesuite.airfoil.shape.TrailingEdge;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.random.Rng;
import org.junit.jupiter.api.Test;

class DesignSpaceTest {
  private final DesignSpace space = DesignSpace.defaults();

  @Test
  void defaultBoxContainsTheCstFitsOfClassicSections() {
    assertContainsTheFitsOfClassicSections(space, 3);
  }

  /** The shipped order-5 box (docs/airfoil.md, session 14) holds the order-5 fits of the same sections. */
  @Test
  void shippedOrderFiveBoxContainsTheOrderFiveFitsOfTheSameSections() throws Exception {
    DesignSpace five = Json.mapper().readValue(Path.of("../experiments/airfoil/cst5-space.json").toFile(),
        DesignSpace.class);
    assertEquals(12, five.shapeDimension());
    assertEquals(6, five.upperCount());
    assertContainsTheFitsOfClassicSections(five, 5);
    assertEquals(space.alphaLow(), five.alphaLow());
    assertEquals(space.alphaHigh(), five.alphaHigh());
    assertEquals(space.reynoldsLow(), five.reynoldsLow());
    assertEquals(space.reynoldsHigh(), five.reynoldsHigh());
    assertEquals(space.trailingEdgeThickness(), five.trailingEdgeThickness());
    DesignPoint p = five.sample(new Rng(3));
    assertEquals(6, p.shape().upper().size());
    assertEquals(6, p.shape().lower().size());
  }

  /** Every coefficient of the order-n fits of NACA 0012, 1408, 2412 and 4415 lies inside the box. */
  private static void assertContainsTheFitsOfClassicSections(DesignSpace box, int order) {
    double[] lo = box.shapeLow();
    double[] hi = box.shapeHigh();
    int k = order + 1;
    assertEquals(2 * k, box.shapeDimension());
    for (String naca : List.of("0012", "1408", "2412", "4415")) {
      CstShape fit = CstFit.fit(NacaFourDigit.of(naca, TrailingEdge.CLOSED).toAirfoil(80), order, order).shape();
      for (int i = 0; i < 2 * k; i++) {
        double v = i < k ? fit.upper().get(i) : fit.lower().get(i - k);
        assertTrue(v >= lo[i] && v <= hi[i], "NACA " + naca + " order " + order + " coefficient " + i + " = " + v
            + " outside [" + lo[i] + ", " + hi[i] + "]");
      }
    }
  }

  @Test
  void samplesStayInsideTheBoxAndFlowRange() {
    Rng rng = new Rng(7);
    for (int k = 0; k < 200; k++) {
      DesignPoint p = space.sample(rng);
      for (int i = 0; i < 8; i++) {
        assertTrue(p.coefficients()[i] >= space.shapeLow()[i] && p.coefficients()[i] <= space.shapeHigh()[i]);
      }
      assertTrue(p.alphaDegrees() >= 0 && p.alphaDegrees() <= 6);
      assertTrue(p.reynolds() >= 1e6 && p.reynolds() <= 3e6);
      assertEquals(4, p.shape().upper().size());
    }
  }

  @Test
  void roundTripsThroughJson() throws Exception {
    String json = Json.mapper().writeValueAsString(space);
    assertEquals(space, Json.mapper().readValue(json, DesignSpace.class));
  }

  @Test
  void refusesEmptyIntervalsAndFlowOutsideTheSolverRange() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DesignSpace(
        new double[] {0.2}, new double[] {0.1}, new double[] {-0.1}, new double[] {0}, 0, 5, 1e6, 2e6, 0));
    assertTrue(e.getMessage().contains("upper coefficient 0"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new DesignSpace(
        new double[] {0.1}, new double[] {0.2}, new double[] {-0.1}, new double[] {0}, 0, 5, 1e3, 2e6, 0));
    assertTrue(e.getMessage().contains("Reynolds"), e.getMessage());
  }

  @Test
  void trainingRangeNamesTheValueOutsideIt() {
    TrainingRange r = new TrainingRange(DesignTarget.conditionNames(), new double[] {0, 6, 0, 10, 0.08},
        new double[] {6, 6.5, 1.5, 150, 0.2});
    assertTrue(r.warnings(new double[] {3, 6.2, 1.0, 80, 0.12}).isEmpty());
    List<String> w = r.warnings(new double[] {3, 6.2, 2.4, 80, 0.12});
    assertEquals(1, w.size());
    assertTrue(w.get(0).contains("cl") && w.get(0).contains("2.4"), w.get(0));
  }
}
