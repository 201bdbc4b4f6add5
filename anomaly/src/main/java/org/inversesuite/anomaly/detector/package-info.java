/**
 * The flow detector: an ensemble of small unconditional normalizing flows, cross-fitted to the
 * folds of the normal rows (integer columns dequantised, whitening ridge and noise regularisation
 * chosen by held-out likelihood), scoring rows by the negative log-likelihood of the members'
 * mixture, with a threshold set for a target false-alarm rate on the out-of-fold normal scores,
 * and its versioned model file.
 */
package org.inversesuite.anomaly.detector;
