/**
 * Reference posteriors without a network: {@link org.inversesuite.core.baseline.RejectionAbc}
 * (noise-free problems) and the affine-invariant ensemble MCMC
 * {@link org.inversesuite.core.baseline.EnsembleSampler} with its diagnostics
 * ({@link org.inversesuite.core.baseline.AutocorrelationTime}, {@link org.inversesuite.core.baseline.McmcResult}).
 */
package org.inversesuite.core.baseline;
