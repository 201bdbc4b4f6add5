/**
 * Interiors of cold solid planets after Seager et al. 2007 (ApJ 669, 1279): the modified
 * polytropic equations of state {@link org.inversesuite.astro.interior.PolytropicEos} of
 * {@link org.inversesuite.astro.interior.Material}s, layered by a
 * {@link org.inversesuite.astro.interior.Composition}, solved for the radius by
 * {@link org.inversesuite.astro.interior.InteriorSolver}; the composition-inference problem is
 * {@link org.inversesuite.astro.interior.InteriorPrior} with
 * {@link org.inversesuite.astro.interior.InteriorForwardModel}.
 */
package org.inversesuite.astro.interior;
