/**
 * Plots (XChart): loss curves, posterior pictures and the calibration diagnostics (SBC rank
 * histograms and ECDF differences, coverage, recovery, TARP, corner plots). {@link
 * org.inversesuite.cli.plot.Charts} holds the house style, {@link org.inversesuite.cli.plot.Figure}
 * assembles panels into one PNG or SVG.
 */
package org.inversesuite.cli.plot;
