/**
 * Baselines and references. Reference posteriors without a network:
 * {@link org.inversesuite.core.baseline.RejectionAbc} (noise-free problems) and the
 * affine-invariant ensemble MCMC {@link org.inversesuite.core.baseline.EnsembleSampler} with its
 * diagnostics ({@link org.inversesuite.core.baseline.AutocorrelationTime},
 * {@link org.inversesuite.core.baseline.McmcResult}). The baselines of the benchmark of Kruse et
 * al. 2021 (arXiv:2101.10763), each a {@link org.inversesuite.core.infer.PosteriorEstimator} with
 * its training recipe: the mixture density network
 * ({@link org.inversesuite.core.baseline.MixtureDensityTraining}), the conditional VAE
 * ({@link org.inversesuite.core.baseline.ConditionalVaeTraining}), the autoencoder with a latent
 * prior and the invertible autoencoder with orthogonal tied weights
 * ({@link org.inversesuite.core.baseline.AutoencoderTraining}), iterative inversion
 * ({@link org.inversesuite.core.baseline.IterativeInversion}) and genetic-algorithm inversion
 * ({@link org.inversesuite.core.baseline.GeneticInversion}), the neural ones all trained on fresh
 * standardised simulations under one {@link org.inversesuite.core.baseline.NetworkRecipe}. Density
 * baselines of the tabular check: {@link org.inversesuite.core.baseline.GaussianDensity} and
 * {@link org.inversesuite.core.baseline.GaussianMixtureDensity}.
 */
package org.inversesuite.core.baseline;
