/**
 * Interiors of cold solid planets after Seager et al. 2007 (ApJ 669, 1279): the modified
 * polytropic equations of state {@link org.inversesuite.astro.interior.PolytropicEos} of
 * {@link org.inversesuite.astro.interior.Material}s, layered by a
 * {@link org.inversesuite.astro.interior.Composition}, solved for the radius by
 * {@link org.inversesuite.astro.interior.InteriorSolver}; the composition-inference problem is
 * {@link org.inversesuite.astro.interior.InteriorPrior} with
 * {@link org.inversesuite.astro.interior.InteriorForwardModel}. The simplex representation the
 * cINN models is {@link org.inversesuite.astro.interior.SimplexTransform}, the Fe/Si of a
 * composition {@link org.inversesuite.astro.interior.RefractoryRatio}; the training database and
 * the inversion are in the sub-packages {@code database} and {@code inversion}.
 */
package org.inversesuite.astro.interior;
