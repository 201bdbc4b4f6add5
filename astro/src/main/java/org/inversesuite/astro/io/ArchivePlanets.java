package org.inversesuite.astro.io;

import java.util.List;
import org.inversesuite.astro.interior.inversion.PlanetObservation;

/**
 * The planets read from an Exoplanet Archive table: the usable ones, and a message per row that
 * was kept out (each starting with its line number).
 *
 * @param planets usable planets, in file order
 * @param problems one message per rejected row, e.g. {@code line 7: Kepler-99 b: pl_bmasse is empty}
 */
public record ArchivePlanets(List<PlanetObservation> planets, List<String> problems) {
  /** Copies the lists. */
  public ArchivePlanets {
    planets = List.copyOf(planets);
    problems = List.copyOf(problems);
  }
}
