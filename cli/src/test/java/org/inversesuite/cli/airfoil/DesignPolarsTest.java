package org.inversesuite.cli.airfoil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.airfoil.design.DesignTarget;
import org.inversesuite.airfoil.solver.FlowCondition;
import org.junit.jupiter.api.Test;

/** The angles of the design polars: the default around the design angle, clipped to the solver's range; given ones checked. */
class DesignPolarsTest {
  private static DesignTarget at(double alpha) {
    return new DesignTarget(alpha, 1e6, 0.6, 80, 0.1);
  }

  @Test
  void theDefaultSpansTheDesignAngleMinusFourToPlusSixInDegreeSteps() {
    assertEquals(List.of(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0),
        DesignPolars.angles(DesignPolars.AUTO, at(4)));
    List<Double> fractional = DesignPolars.angles(DesignPolars.AUTO, at(2.5));
    assertEquals(11, fractional.size());
    assertTrue(fractional.contains(2.5), "the design angle itself: " + fractional);
  }

  @Test
  void theDefaultStopsAtTheSolversRange() {
    List<Double> high = DesignPolars.angles(DesignPolars.AUTO, at(18));
    assertEquals(List.of(14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0), high);
    assertEquals(FlowCondition.MIN_ALPHA, DesignPolars.angles(DesignPolars.AUTO, at(-19)).get(0).doubleValue());
  }

  @Test
  void givenAnglesAreParsedAndCheckedNamingTheOption() {
    assertEquals(List.of(0.0, 2.0, 4.0), DesignPolars.angles("0:4:2", at(4)));
    assertEquals(List.of(-1.0, 3.5), DesignPolars.angles("-1,3.5", at(4)));
    IllegalArgumentException steep = assertThrows(IllegalArgumentException.class,
        () -> DesignPolars.angles("0,25", at(4)));
    assertTrue(steep.getMessage().startsWith("--polar-alpha") && steep.getMessage().contains("25.0"), steep.getMessage());
    IllegalArgumentException word = assertThrows(IllegalArgumentException.class,
        () -> DesignPolars.angles("steep", at(4)));
    assertTrue(word.getMessage().contains("--polar-alpha"), word.getMessage());
  }
}
