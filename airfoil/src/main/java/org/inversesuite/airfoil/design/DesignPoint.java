package org.inversesuite.airfoil.design;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.inversesuite.airfoil.shape.Airfoil;
import org.inversesuite.airfoil.shape.CstShape;
import org.inversesuite.airfoil.solver.FlowCondition;

/**
 * One point of the design space: CST coefficients (upper surface first) and the flow condition
 * at which the shape is analysed.
 *
 * @param coefficients A_U,0 … A_U,n, A_L,0 … A_L,m
 * @param upperCount n + 1
 * @param alphaDegrees design angle of attack
 * @param reynolds Reynolds number
 * @param trailingEdgeThickness Δ_TE, chords
 */
public record DesignPoint(double[] coefficients, int upperCount, double alphaDegrees, double reynolds,
    double trailingEdgeThickness) {

  /** Points on each side of the contour when a shape is built for the solver. */
  public static final int POINTS_PER_SIDE = 80;

  /** Copies the coefficients. */
  public DesignPoint {
    coefficients = coefficients.clone();
    if (upperCount < 1 || upperCount >= coefficients.length) {
      throw new IllegalArgumentException("upper count " + upperCount + " must leave coefficients for both surfaces of "
          + coefficients.length);
    }
  }

  /** @return the CST shape of these coefficients */
  public CstShape shape() {
    List<Double> upper = new ArrayList<>();
    List<Double> lower = new ArrayList<>();
    for (int i = 0; i < coefficients.length; i++) {
      (i < upperCount ? upper : lower).add(coefficients[i]);
    }
    return CstShape.of(upper, lower, trailingEdgeThickness);
  }

  /** @return the contour of the shape, named {@code name} */
  public Airfoil airfoil(String name) {
    return shape().toAirfoil(name, POINTS_PER_SIDE);
  }

  /** @return the flow condition */
  public FlowCondition condition() {
    return new FlowCondition(alphaDegrees, reynolds);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DesignPoint p && Arrays.equals(coefficients, p.coefficients) && upperCount == p.upperCount
        && alphaDegrees == p.alphaDegrees && reynolds == p.reynolds && trailingEdgeThickness == p.trailingEdgeThickness;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(coefficients) * 31 + Double.hashCode(alphaDegrees);
  }

  @Override
  public String toString() {
    return "DesignPoint[" + Arrays.toString(coefficients) + ", alpha " + alphaDegrees + ", Re " + reynolds + "]";
  }
}
