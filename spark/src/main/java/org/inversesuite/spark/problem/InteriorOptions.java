package org.inversesuite.spark.problem;

import org.inversesuite.astro.interior.InteriorPriorConfig;
import org.inversesuite.astro.interior.InteriorSolverConfig;

/**
 * Options of the {@code planet-interior} simulator: the mass range of the prior, the solver's
 * tolerances and the fractional errors of the observed mass and radius (astro.interior).
 *
 * @param prior mass range in Earth masses
 * @param solver numerical settings of the structure solver
 * @param massError fractional 1σ error of the observed mass
 * @param radiusError fractional 1σ error of the observed radius
 */
public record InteriorOptions(InteriorPriorConfig prior, InteriorSolverConfig solver, double massError,
    double radiusError) {}
