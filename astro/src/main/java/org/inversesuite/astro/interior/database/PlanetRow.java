package org.inversesuite.astro.interior.database;

import java.util.List;
import org.inversesuite.astro.interior.Composition;
import org.inversesuite.astro.interior.InteriorPrior;
import org.inversesuite.astro.interior.InteriorSolver;
import org.inversesuite.astro.interior.PlanetStructure;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;

/**
 * One planet of the database: drawn from the {@link InteriorPrior} (composition uniform on the
 * simplex, mass log-uniform) and solved for its radius. A planet the solver cannot solve is kept
 * with status {@value #FAILED} and NaN radius, so that the row count never depends on the
 * solver and a failure is visible rather than silently skipped.
 */
public final class PlanetRow {
  /** Column names of the chunk files, in order. */
  public static final List<String> COLUMNS = List.of("u1", "u2", "core", "mantle", "water", "mass", "radius",
      "central_pressure", "status");
  /** Status of a solved planet. */
  public static final int SOLVED = 0;
  /** Status of a planet the solver refused or did not converge on. */
  public static final int FAILED = 1;

  private PlanetRow() {}

  /**
   * @param prior the prior the planet is drawn from
   * @param solver the structure solver
   * @param rng the planet's own stream
   * @return the row, in {@link #COLUMNS} order
   */
  public static double[] simulate(InteriorPrior prior, InteriorSolver solver, Rng rng) {
    Matrix x = prior.sample(1, rng);
    double u1 = x.get(0, 0);
    double u2 = x.get(0, 1);
    double mass = x.get(0, 2);
    Composition c = Composition.fromUnitSquare(u1, u2);
    double radius = Double.NaN;
    double pressure = Double.NaN;
    int status = SOLVED;
    try {
      PlanetStructure s = solver.solve(mass, c);
      radius = s.radius();
      pressure = s.centralPressure();
    } catch (IllegalArgumentException | IllegalStateException e) {
      status = FAILED;
    }
    return new double[] {u1, u2, c.core(), c.mantle(), c.water(), mass, radius, pressure, status};
  }
}
