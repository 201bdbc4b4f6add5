/**
 * The flow detector: an ensemble of small unconditional normalizing flows, cross-fitted to the
 * folds of the normal rows (integer columns dequantised, noise regularisation chosen by held-out
 * likelihood), scoring rows by their mean negative log-likelihood, with a threshold set for a
 * target false-alarm rate on the out-of-fold normal scores, and its versioned model file.
 */
package org.inversesuite.anomaly.detector;
