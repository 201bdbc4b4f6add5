/**
 * Radial-velocity orbits of one planet: {@link org.inversesuite.astro.rv.KeplerSolver} (Kepler's
 * equation), {@link org.inversesuite.astro.rv.RadialVelocityModel} (the Keplerian curve of
 * {@link org.inversesuite.astro.rv.RvParameters}), the prior
 * {@link org.inversesuite.astro.rv.RvPrior}, the noise and likelihood
 * {@link org.inversesuite.astro.rv.RvObservationModel}, and two simulators: variable-length,
 * irregularly sampled sets ({@link org.inversesuite.astro.rv.IrregularRvSimulator}, emitting
 * {@link org.inversesuite.astro.rv.RvObservationSet}s) and a fixed grid
 * ({@link org.inversesuite.astro.rv.FixedGridRvSimulator}) for the core engine.
 */
package org.inversesuite.astro.rv;
