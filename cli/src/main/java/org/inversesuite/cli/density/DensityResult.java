package org.inversesuite.cli.density;

/**
 * One row of the density table.
 *
 * @param set data set name
 * @param model model name
 * @param dimension number of features d
 * @param trainRows training rows
 * @param testRows held-out rows
 * @param testLogLikelihood mean held-out log-likelihood per sample, nats, standardised space
 * @param standardError standard error of that mean
 * @param parameters number of fitted parameters
 * @param seconds fitting time
 * @param note how the model was chosen or trained
 */
public record DensityResult(String set, String model, int dimension, int trainRows, int testRows,
    double testLogLikelihood, double standardError, long parameters, double seconds, String note) {
  /** @return the mean held-out log-likelihood per sample and dimension */
  public double perDimension() {
    return testLogLikelihood / dimension;
  }

  /** @return the mean and standard error of per-row values */
  static double[] meanAndError(double[] values) {
    double mean = 0;
    for (double v : values) {
      mean += v / values.length;
    }
    double var = 0;
    for (double v : values) {
      var += (v - mean) * (v - mean) / (values.length - 1);
    }
    return new double[] {mean, Math.sqrt(var / values.length)};
  }
}
