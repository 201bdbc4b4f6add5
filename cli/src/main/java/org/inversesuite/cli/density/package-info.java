/**
 * {@code inverse density}: the density-estimation check of the unconditional flows (MAF,
 * spline coupling, affine coupling) against a full-covariance Gaussian and a Gaussian mixture
 * on tabular data sets, with its table and bar chart (docs/density.md).
 */
package org.inversesuite.cli.density;
