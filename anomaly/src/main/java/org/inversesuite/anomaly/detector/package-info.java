/**
 * The flow detector: an unconditional normalizing flow fitted to normal rows, scoring rows by
 * their negative log-likelihood, with a threshold set for a target false-alarm rate on held-out
 * normal rows, and its versioned model file.
 */
package org.inversesuite.anomaly.detector;
