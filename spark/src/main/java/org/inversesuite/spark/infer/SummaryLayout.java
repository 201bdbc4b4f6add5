package org.inversesuite.spark.infer;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which posterior summaries are computed per parameter and how their columns are named:
 * {@code <p>_mean}, {@code <p>_std}, {@code <p>_median}, {@code <p>_q<level>} per quantile
 * (q05 is the 5% quantile) and {@code <p>_ci<level>_lo/_hi} per equal-tailed credible interval
 * (ci95 spans the 2.5% to 97.5% quantiles).
 *
 * @param parameters the parameter names, in the model's order
 * @param quantiles quantile levels in (0, 1)
 * @param levels credible levels in (0, 1)
 */
public record SummaryLayout(List<String> parameters, double[] quantiles, double[] levels) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Checks the levels. */
  public SummaryLayout {
    parameters = List.copyOf(parameters);
    quantiles = quantiles.clone();
    levels = levels.clone();
    for (double q : quantiles) {
      if (!(q > 0 && q < 1)) {
        throw new IllegalArgumentException("quantiles must be in (0, 1), got " + q);
      }
    }
    for (double l : levels) {
      if (!(l > 0 && l < 1)) {
        throw new IllegalArgumentException("credible levels must be in (0, 1), got " + l);
      }
    }
  }

  /** @return summaries per parameter: mean, std, median, the quantiles, two bounds per level */
  public int perParameter() {
    return 3 + quantiles.length + 2 * levels.length;
  }

  /** @return the column names, parameter by parameter */
  public List<String> columns() {
    List<String> out = new ArrayList<>();
    for (String p : parameters) {
      out.add(p + "_mean");
      out.add(p + "_std");
      out.add(p + "_median");
      for (double q : quantiles) {
        out.add(p + "_q" + digits(q));
      }
      for (double l : levels) {
        out.add(p + "_ci" + digits(l) + "_lo");
        out.add(p + "_ci" + digits(l) + "_hi");
      }
    }
    return out;
  }

  /** @return 0.05 → "05", 0.975 → "975", 0.5 → "50" */
  static String digits(double level) {
    String s = new BigDecimal(Double.toString(level)).stripTrailingZeros().toPlainString();
    String d = s.substring(s.indexOf('.') + 1);
    return d.length() == 1 ? d + "0" : d;
  }

  /**
   * @param samples posterior samples, [n][d] with d = parameters().size()
   * @return the summaries in {@link #columns()} order
   */
  public double[] summarize(double[][] samples) {
    int n = samples.length;
    int d = parameters.size();
    if (n < 2) {
      throw new IllegalArgumentException("summaries need at least 2 samples, got " + n);
    }
    double[] out = new double[d * perParameter()];
    double[] col = new double[n];
    int k = 0;
    for (int j = 0; j < d; j++) {
      double sum = 0;
      for (int r = 0; r < n; r++) {
        col[r] = samples[r][j];
        sum += col[r];
      }
      double mean = sum / n;
      double ss = 0;
      for (int r = 0; r < n; r++) {
        ss += (col[r] - mean) * (col[r] - mean);
      }
      java.util.Arrays.sort(col);
      out[k++] = mean;
      out[k++] = Math.sqrt(ss / (n - 1));
      out[k++] = quantile(col, 0.5);
      for (double q : quantiles) {
        out[k++] = quantile(col, q);
      }
      for (double l : levels) {
        out[k++] = quantile(col, (1 - l) / 2);
        out[k++] = quantile(col, (1 + l) / 2);
      }
    }
    return out;
  }

  /**
   * Quantile of sorted values by linear interpolation between order statistics (Hyndman and
   * Fan 1996, definition 7; numpy's default): h = (n − 1)p, Q = x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎).
   */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "SummaryLayout%s q=%s ci=%s", parameters, java.util.Arrays.toString(quantiles),
        java.util.Arrays.toString(levels));
  }
}
