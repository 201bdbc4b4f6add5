package org.inversesuite.cli.diagnosis;

/**
 * The calibration figures of one parameter, one row of the verdict table and of
 * {@code diagnostics.csv}.
 *
 * @param name the parameter name
 * @param sbcInsideBand whether the ECDF of the SBC ranks stays inside the simultaneous band
 * @param sbcChiSquarePValue p-value of Pearson's χ² test of the rank histogram
 * @param sbcMaxEcdfDeviation max |F̂(z) − z| of the SBC ranks
 * @param calibrationError mean |coverage − level| over the levels 0.05..0.95 (0 is perfect)
 * @param contraction mean posterior contraction 1 − Var_post / Var_prior (1: point, 0: prior)
 * @param zScoreMean mean posterior z-score (0 when unbiased)
 * @param zScoreRms root mean square z-score (1 when calibrated, above 1 when over-confident)
 * @param recoveryR2 R² of the posterior means against the truths
 * @param recoveryRmse RMSE of the posterior means, in the parameter's units
 * @param recoveryCorrelation Pearson correlation of posterior means and truths
 */
public record ParameterVerdict(String name, boolean sbcInsideBand, double sbcChiSquarePValue,
    double sbcMaxEcdfDeviation, double calibrationError, double contraction, double zScoreMean, double zScoreRms,
    double recoveryR2, double recoveryRmse, double recoveryCorrelation) {}
