package org.inversesuite.cli.table;

/**
 * One method on one task, averaged over the test observations.
 *
 * @param task task name
 * @param method method name
 * @param mmd2 mean posterior MMD² against the rejection-ABC ground truth
 * @param mmd2Median median of the same
 * @param resimulation mean re-simulation error (1/N) Σ ‖f(x̂) − y*‖², averaged over observations
 * @param parameters trainable parameters
 * @param trainingSeconds wall time of training
 * @param msPerPosterior median wall time of one posterior of {@code samples} draws, in ms
 * @param observations observations evaluated (0: the row has not been run)
 * @param failed observations whose posterior held NaN or infinity (left out of the means)
 */
public record TableRow(String task, String method, double mmd2, double mmd2Median, double resimulation,
    long parameters, double trainingSeconds, double msPerPosterior, int observations, int failed) {

  /** @return the placeholder of a row that has not been computed (yet) */
  public static TableRow notRun(String task, String method) {
    return new TableRow(task, method, Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN, 0, 0);
  }

  /** @return false for a {@link #notRun} placeholder */
  public boolean finished() {
    return observations > 0;
  }
}
