/**
 * The interior inversion: a cINN from a planet's measured mass and radius (and optionally its
 * star's Fe/Si), with their errors as conditions, to the layer mass fractions, trained on an
 * {@link org.inversesuite.astro.interior.database.InteriorDatabase} with noise drawn at training
 * time ({@link org.inversesuite.astro.interior.inversion.InteriorSimulator},
 * {@link org.inversesuite.astro.interior.inversion.InteriorCinnTraining}); the reference posterior
 * for the ensemble MCMC ({@link org.inversesuite.astro.interior.inversion.InteriorPosteriorDensity},
 * {@link org.inversesuite.astro.interior.inversion.InteriorInference}); the trained model's file
 * and domain ({@link org.inversesuite.astro.interior.inversion.InteriorModelFile},
 * {@link org.inversesuite.astro.interior.inversion.TrainingDomain}).
 */
package org.inversesuite.astro.interior.inversion;
