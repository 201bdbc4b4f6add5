/**
 * Posterior diagnostics: pure metrics on simulated test cases, one class per metric, no plots.
 *
 * <p>Start from {@link org.inversesuite.core.diagnostics.PosteriorEvidence} (true parameters and
 * posterior samples of m simulated cases); every {@link org.inversesuite.core.diagnostics.Metric}
 * turns evidence into a {@link org.inversesuite.core.diagnostics.MetricResult}, and the richer
 * ones also return a result record with the data of their plot (rank histograms and ECDF bands of
 * {@link org.inversesuite.core.diagnostics.SimulationBasedCalibration}, coverage curves of
 * {@link org.inversesuite.core.diagnostics.ExpectedCoverage}, the ECP curve of
 * {@link org.inversesuite.core.diagnostics.Tarp}, recovery scatter points of
 * {@link org.inversesuite.core.diagnostics.Recovery}). Sample-to-sample comparisons take a
 * {@link org.inversesuite.core.diagnostics.SamplePair}.
 * Against a ground truth (ABC, MCMC): {@link org.inversesuite.core.diagnostics.GroundTruthComparison},
 * {@link org.inversesuite.core.diagnostics.MaximumMeanDiscrepancy}, {@link org.inversesuite.core.diagnostics.ResimulationError}.
 */
package org.inversesuite.core.diagnostics;
