package org.inversesuite.core.diagnostics;

/**
 * Posterior quality for one observation y*, against a ground-truth sample (Kruse et al. 2021).
 *
 * @param index index of the observation
 * @param yStar the observation
 * @param mmd2 unbiased MMD² between the model's posterior samples and the ground truth
 * @param resimulation mean ‖f(x) − y*‖² over the model's samples
 * @param groundTruthResimulation the same for the ground-truth samples (ABC's ε floor)
 * @param groundTruthHalfMmd2 MMD² between two halves of the ground truth (the estimator's noise floor)
 * @param groundTruthSize number of ground-truth samples
 */
public record ObservationQuality(int index, double[] yStar, double mmd2, double resimulation,
    double groundTruthResimulation, double groundTruthHalfMmd2, int groundTruthSize) {}
