package org.inversesuite.molecules.design;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-weights the training molecules so that rare logP values are drawn more often. The logP
 * axis is cut into bins of width {@code binWidth}; a molecule in a bin holding m molecules gets
 * the sampling weight
 * \[ w_i \propto m_{b(i)}^{-\alpha}, \]
 * so α = 0 is the data's own p(y) and α = 1 draws every occupied bin equally often. This changes
 * only the marginal p(y) seen in training: the maximum-likelihood optimum of p(x | y) is the same
 * for a model of unlimited capacity. With a finite one it moves capacity (and gradient steps)
 * towards the tails of p(y), where the unweighted model follows its condition worst. It is the
 * importance re-weighting of imbalanced regression (Yang et al. 2021, "Delving into deep
 * imbalanced regression", arXiv:2102.09554, without their kernel smoothing).
 *
 * @param exponent α in [0, 1]
 * @param binWidth width of a logP bin, positive
 */
public record LogPBalance(double exponent, double binWidth) {
  /** No re-weighting. */
  public static final LogPBalance NONE = new LogPBalance(0, 0.5);

  /** Validates the values. */
  public LogPBalance {
    if (!(exponent >= 0 && exponent <= 1)) {
      throw new IllegalArgumentException("balance exponent must be in [0, 1], got " + exponent);
    }
    if (!(binWidth > 0) || Double.isInfinite(binWidth)) {
      throw new IllegalArgumentException("balance bin width must be positive and finite, got " + binWidth);
    }
  }

  /** @return true when the weights are not all equal */
  public boolean active() {
    return exponent > 0;
  }

  /**
   * @param examples the training molecules; y[0] is logP
   * @return one weight per molecule, summing to the number of molecules
   */
  public double[] weights(List<Example> examples) {
    Map<Long, Integer> counts = new HashMap<>();
    long[] bin = new long[examples.size()];
    for (int i = 0; i < bin.length; i++) {
      bin[i] = (long) Math.floor(examples.get(i).y()[0] / binWidth);
      counts.merge(bin[i], 1, Integer::sum);
    }
    double[] w = new double[bin.length];
    double sum = 0;
    for (int i = 0; i < w.length; i++) {
      w[i] = Math.pow(counts.get(bin[i]), -exponent);
      sum += w[i];
    }
    for (int i = 0; i < w.length; i++) {
      w[i] *= w.length / sum;
    }
    return w;
  }
}
