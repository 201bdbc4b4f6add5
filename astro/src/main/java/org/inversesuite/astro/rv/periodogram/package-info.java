/**
 * Periodograms of irregularly sampled radial velocities as summary statistics: the generalised
 * Lomb-Scargle periodogram of Zechmeister &amp; Kürster (2009) on a fixed frequency grid
 * ({@link org.inversesuite.astro.rv.periodogram.GlsPeriodogram}) and its fixed-width summary
 * (bin maxima over ln P and the highest peaks,
 * {@link org.inversesuite.astro.rv.periodogram.PeriodogramFeatures}), which the RV cINN's set
 * summary network receives next to its pooling of the raw measurements.
 */
package org.inversesuite.astro.rv.periodogram;
