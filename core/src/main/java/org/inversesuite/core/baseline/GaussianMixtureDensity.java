package org.inversesuite.core.baseline;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.MultivariateNormalDistribution;
import org.apache.commons.math3.distribution.fitting.MultivariateNormalMixtureExpectationMaximization;
import org.apache.commons.math3.distribution.MixtureMultivariateNormalDistribution;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.util.Pair;
import org.inversesuite.core.tensor.Matrix;

/**
 * A mixture of K full-covariance Gaussians fitted by expectation maximisation (Dempster, Laird
 * and Rubin 1977), the second baseline of density estimation:
 * \[ \log p(x) = \log \textstyle\sum_k \pi_k\, \mathcal N(x; \mu_k, \Sigma_k), \]
 * evaluated by log-sum-exp over the components (so far-away points give a finite log-density
 * instead of underflowing). The EM is Commons Math's
 * {@code MultivariateNormalMixtureExpectationMaximization}, started from its
 * {@code estimate(data, K)} (data sorted by row mean, cut into K equal parts); a ridge ε·I is
 * added to every fitted covariance.
 */
public final class GaussianMixtureDensity {
  private final double[] logWeights;
  private final List<GaussianDensity> components;

  private GaussianMixtureDensity(double[] logWeights, List<GaussianDensity> components) {
    this.logWeights = logWeights;
    this.components = components;
  }

  /**
   * @param x training rows
   * @param k number of components, at least 1 and at most rows / 2
   * @param maxIterations EM iteration limit
   * @param ridge ε added to every covariance diagonal
   * @throws IllegalArgumentException if EM fails (a singular component covariance)
   */
  public static GaussianMixtureDensity fit(Matrix x, int k, int maxIterations, double ridge) {
    if (k < 1 || 2 * k > x.rows()) {
      throw new IllegalArgumentException("components must be in [1, rows/2 = " + x.rows() / 2 + "], got " + k);
    }
    double[][] data = x.toRows();
    MixtureMultivariateNormalDistribution fitted;
    try {
      MultivariateNormalMixtureExpectationMaximization em = new MultivariateNormalMixtureExpectationMaximization(data);
      em.fit(MultivariateNormalMixtureExpectationMaximization.estimate(data, k), maxIterations, 1e-5);
      fitted = em.getFittedModel();
    } catch (MathIllegalArgumentException | org.apache.commons.math3.exception.MathIllegalStateException e) {
      throw new IllegalArgumentException("EM with " + k + " components failed: " + e.getMessage(), e);
    }
    List<Pair<Double, MultivariateNormalDistribution>> parts = fitted.getComponents();
    double[] logWeights = new double[parts.size()];
    List<GaussianDensity> components = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      logWeights[i] = Math.log(parts.get(i).getFirst());
      MultivariateNormalDistribution g = parts.get(i).getSecond();
      double[][] cov = g.getCovariances().getData();
      for (int j = 0; j < cov.length; j++) {
        cov[j][j] += ridge;
      }
      components.add(new GaussianDensity(g.getMeans(), cov));
    }
    return new GaussianMixtureDensity(logWeights, List.copyOf(components));
  }

  /** @return K */
  public int components() {
    return components.size();
  }

  /** @return log p(x) per row */
  public double[] logDensity(Matrix x) {
    double[][] rows = x.toRows();
    double[] out = new double[rows.length];
    double[] terms = new double[components.size()];
    for (int r = 0; r < rows.length; r++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < terms.length; c++) {
        terms[c] = logWeights[c] + components.get(c).logDensity(rows[r]);
        max = Math.max(max, terms[c]);
      }
      double sum = 0;
      for (double t : terms) {
        sum += Math.exp(t - max);
      }
      out[r] = max + Math.log(sum);
    }
    return out;
  }
}
