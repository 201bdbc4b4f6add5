/**
 * Periodograms of irregularly sampled radial velocities as summary statistics: the generalised
 * Lomb-Scargle periodogram of Zechmeister &amp; Kürster (2009) on a fixed frequency grid
 * ({@link org.inversesuite.astro.rv.periodogram.GlsPeriodogram}) and its fixed-width summary
 * (bin maxima over ln P and the highest peaks,
 * {@link org.inversesuite.astro.rv.periodogram.PeriodogramFeatures}), which the RV cINN's set
 * summary network receives next to its pooling of the raw measurements; optionally
 * ({@link org.inversesuite.astro.rv.periodogram.PeriodogramConfig#harmonics()} 2) the same summary of the
 * two-harmonic periodogram ({@link org.inversesuite.astro.rv.periodogram.HarmonicPeriodogram}), which sees
 * eccentric orbits; optionally ({@link org.inversesuite.astro.rv.periodogram.PeriodogramConfig#refine()} r &ge; 2)
 * both computed coarse-then-refine, on every r-th frequency and on the whole grid only near the coarse peaks and
 * bin maxima that the summary reads ({@code CoarseRefinement}), with one coarse pass over the epochs for both
 * (the GLS powers from the two-harmonic sums) and the per-set phase rotations shared ({@code PhaseTables}).
 */
package org.inversesuite.astro.rv.periodogram;
