package org.inversesuite.astro.interior;

import java.util.List;

/**
 * The solved hydrostatic structure of one planet.
 *
 * @param mass total mass in Earth masses
 * @param radius surface radius (where P = 0) in Earth radii
 * @param centralPressure P(0) in Pa
 * @param boundaryRadii radii of the interfaces between consecutive layers, from the centre
 *     outwards, in Earth radii (one fewer than the layers)
 * @param integrations how many ODE integrations the shooting took
 */
public record PlanetStructure(double mass, double radius, double centralPressure, List<Double> boundaryRadii,
    int integrations) {
  /** Copies the list and checks the values. */
  public PlanetStructure {
    if (!(mass > 0) || !(radius > 0) || !(centralPressure > 0)) {
      throw new IllegalArgumentException("mass, radius and central pressure must be > 0, got " + mass + ", "
          + radius + ", " + centralPressure);
    }
    boundaryRadii = List.copyOf(boundaryRadii);
  }

  /** @return mean density 3M / (4π R³) in kg m⁻³ */
  public double meanDensity() {
    return 3 * mass * PlanetUnits.EARTH_MASS / (4 * Math.PI * Math.pow(radius * PlanetUnits.EARTH_RADIUS, 3));
  }
}
