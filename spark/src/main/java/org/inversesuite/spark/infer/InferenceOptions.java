package org.inversesuite.spark.infer;

/**
 * How the posterior of each row is summarised.
 *
 * @param samples posterior samples per row, ≥ 2
 * @param quantiles quantile levels reported per parameter
 * @param levels credible levels of the equal-tailed intervals
 * @param keepSamples whether the samples themselves are written (an array column per parameter)
 * @param seed root seed; row i draws from {@code new Rng(seed).stream(i)}, whatever the partitioning
 * @param partitions partitions of the inference job, ≥ 1
 */
public record InferenceOptions(int samples, double[] quantiles, double[] levels, boolean keepSamples, long seed,
    int partitions) implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** Checks the values. */
  public InferenceOptions {
    if (samples < 2) {
      throw new IllegalArgumentException("samples per row must be >= 2, got " + samples);
    }
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be >= 1, got " + partitions);
    }
    quantiles = quantiles.clone();
    levels = levels.clone();
  }

  /** @return 1000 samples, quantiles 5/25/75/95 %, 68 % and 95 % intervals, no samples kept, seed 1 */
  public static InferenceOptions defaults(int partitions) {
    return new InferenceOptions(1000, new double[] {0.05, 0.25, 0.75, 0.95}, new double[] {0.68, 0.95}, false, 1,
        partitions);
  }
}
