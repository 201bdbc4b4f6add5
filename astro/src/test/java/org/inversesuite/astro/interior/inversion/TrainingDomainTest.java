package org.inversesuite.astro.interior.inversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.astro.interior.Composition;
import org.inversesuite.astro.interior.InteriorPriorConfig;
import org.inversesuite.astro.interior.InteriorSolver;
import org.inversesuite.astro.interior.InteriorSolverConfig;
import org.inversesuite.astro.interior.database.DatabaseManifest;
import org.junit.jupiter.api.Test;

class TrainingDomainTest {
  private final TrainingDomain domain = new TrainingDomain(
      new DatabaseManifest(new InteriorPriorConfig(0.5, 10), InteriorSolverConfig.fast(), 100, 10, 1),
      new InteriorNoiseConfig(0.02, 0.5, 0.01, 0.2, 0.0, 0.02, 0.2));

  @Test
  void insideGivesNoWarning() {
    double r = new InteriorSolver(InteriorSolverConfig.fast()).solve(2, Composition.earthLike()).radius();
    assertEquals(List.of(), domain.warnings(PlanetObservation.of("in b", 2, 0.2, r, 0.02 * r)));
  }

  @Test
  void eachValueOutsideIsNamedWithThePlanet() {
    List<String> heavy = domain.warnings(PlanetObservation.of("heavy b", 20, 2, 2.0, 0.04));
    assertTrue(heavy.stream().anyMatch(w -> w.contains("heavy b") && w.contains("mass 20")), heavy.toString());
    List<String> puffy = domain.warnings(PlanetObservation.of("puffy b", 2, 0.2, 3.0, 0.06));
    assertTrue(puffy.stream().anyMatch(w -> w.contains("puffy b") && w.contains("radius 3")), puffy.toString());
    List<String> dense = domain.warnings(PlanetObservation.of("dense b", 2, 0.2, 0.8, 0.016));
    assertTrue(dense.stream().anyMatch(w -> w.contains("radius 0.8")), dense.toString());
    List<String> vague = domain.warnings(PlanetObservation.of("vague b", 2, 1.8, 1.2, 0.6));
    assertEquals(2, vague.size(), vague.toString());
    assertTrue(vague.get(0).contains("relative mass error 0.9"), vague.toString());
    List<String> feSi = domain.warnings(PlanetObservation.of("fesi b", 2, 0.2, 1.2, 0.02).withFeSi(0.9, 0.05));
    assertTrue(feSi.stream().anyMatch(w -> w.contains("trained without it")), feSi.toString());
  }
}
