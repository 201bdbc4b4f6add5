/**
 * Radial-velocity orbits of one planet: {@link org.inversesuite.astro.rv.KeplerSolver} (Kepler's
 * equation), {@link org.inversesuite.astro.rv.RadialVelocityModel} (the Keplerian curve of
 * {@link org.inversesuite.astro.rv.RvParameters}), the prior
 * {@link org.inversesuite.astro.rv.RvPrior}, the noise and likelihood
 * {@link org.inversesuite.astro.rv.RvObservationModel}, and two simulators: variable-length,
 * irregularly sampled sets ({@link org.inversesuite.astro.rv.IrregularRvSimulator}, emitting
 * {@link org.inversesuite.astro.rv.RvObservationSet}s) and a fixed grid
 * ({@link org.inversesuite.astro.rv.FixedGridRvSimulator}) for the core engine. The amortized
 * posterior: sets padded for a DeepSet summary ({@link org.inversesuite.astro.rv.RvSetEncoding},
 * {@link org.inversesuite.astro.rv.PaddedRvSimulator}), online training
 * ({@link org.inversesuite.astro.rv.RvCinnTraining} of an
 * {@link org.inversesuite.astro.rv.RvExperimentConfig}), the model file
 * ({@link org.inversesuite.astro.rv.RvModelFile}), the MCMC target
 * ({@link org.inversesuite.astro.rv.RvPosteriorDensity}), and the period coordinate the flow
 * learns in: the prior's, or centred on the periodogram's highest peak
 * ({@link org.inversesuite.astro.rv.PeriodCoordinate}, {@link org.inversesuite.astro.rv.PeriodReference},
 * {@link org.inversesuite.astro.rv.PeriodCentredSimulator}), mapped back to physical parameters
 * by {@link org.inversesuite.astro.rv.RvPosterior}; likewise the coordinate of e, ω, M₀
 * ({@link org.inversesuite.astro.rv.AngleCoordinate}, {@link org.inversesuite.astro.rv.AngleCoordinateSimulator},
 * angles as points of the plane with auxiliary radii: {@link org.inversesuite.astro.rv.AnglePair}).
 */
package org.inversesuite.astro.rv;
