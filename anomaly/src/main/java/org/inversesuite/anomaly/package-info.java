/**
 * Anomaly detection with normalizing flows: a flow trained on normal rows scores new rows by
 * their negative log-likelihood (Schirrmeister et al. 2020, "Understanding anomaly detection
 * with deep invertible networks through hierarchies of distributions and features",
 * arXiv:2006.10848). Sub-packages: {@code table} (reading and encoding CSV tables),
 * {@code detector} (the flow detector and its model file), {@code baseline} (one-class
 * baselines), {@code metric} (AUROC, AUPRC, FPR at a recall), {@code tribuo} (the Tribuo
 * anomaly trainer and model), {@code benchmark} (the one-class protocol on tabular data sets).
 */
package org.inversesuite.anomaly;
