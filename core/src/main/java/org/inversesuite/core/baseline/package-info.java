/**
 * Baselines of the benchmark of Kruse et al. 2021 (arXiv:2101.10763), each a
 * {@link org.inversesuite.core.infer.PosteriorEstimator} with its training recipe: rejection ABC
 * ({@link org.inversesuite.core.baseline.RejectionAbc}, the ground truth), the mixture density
 * network ({@link org.inversesuite.core.baseline.MixtureDensityTraining}), the conditional VAE
 * ({@link org.inversesuite.core.baseline.ConditionalVaeTraining}), iterative inversion
 * ({@link org.inversesuite.core.baseline.IterativeInversion}) and genetic-algorithm inversion
 * ({@link org.inversesuite.core.baseline.GeneticInversion}), the neural ones all trained on fresh
 * standardised simulations under one {@link org.inversesuite.core.baseline.NetworkRecipe}.
 */
package org.inversesuite.core.baseline;
