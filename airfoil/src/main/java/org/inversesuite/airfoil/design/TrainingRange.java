package org.inversesuite.airfoil.design;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inversesuite.core.tensor.Matrix;

/**
 * The range of each condition column in the training data, kept with a model so that targets
 * outside it are flagged as out of distribution (the cINN extrapolates there; its proposals are
 * still re-simulated and shown, never hidden).
 *
 * @param names condition names
 * @param low smallest value per column
 * @param high largest value per column
 */
public record TrainingRange(@JsonProperty("names") List<String> names, @JsonProperty("low") double[] low,
    @JsonProperty("high") double[] high) {

  /** @return the range of the columns of {@code y} */
  public static TrainingRange of(List<String> names, Matrix y) {
    double[] lo = new double[y.cols()];
    double[] hi = new double[y.cols()];
    java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
    java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
    for (int i = 0; i < y.rows(); i++) {
      for (int j = 0; j < y.cols(); j++) {
        lo[j] = Math.min(lo[j], y.get(i, j));
        hi[j] = Math.max(hi[j], y.get(i, j));
      }
    }
    return new TrainingRange(List.copyOf(names), lo, hi);
  }

  /**
   * @return a copy whose angle and log₁₀Re ranges (columns 0 and 1) are the design space's bounds
   *     rather than the extremes of the drawn designs, so a target on the boundary is not flagged
   */
  public TrainingRange withFlowRange(double alphaLow, double alphaHigh, double logReLow, double logReHigh) {
    double[] lo = low.clone();
    double[] hi = high.clone();
    lo[0] = alphaLow;
    hi[0] = alphaHigh;
    lo[1] = logReLow;
    hi[1] = logReHigh;
    return new TrainingRange(names, lo, hi);
  }

  /** @return one warning per condition value outside its training range, naming value and range */
  public List<String> warnings(double[] condition) {
    List<String> out = new ArrayList<>();
    for (int j = 0; j < condition.length; j++) {
      if (condition[j] < low[j] || condition[j] > high[j]) {
        out.add(String.format(Locale.ROOT, "out of distribution: %s = %.4g is outside the training range [%.4g, %.4g]",
            names.get(j), condition[j], low[j], high[j]));
      }
    }
    return out;
  }
}
