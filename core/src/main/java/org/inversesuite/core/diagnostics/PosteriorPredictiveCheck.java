package org.inversesuite.core.diagnostics;

import java.util.List;
import org.inversesuite.core.problem.ForwardModel;
import org.inversesuite.core.problem.InverseProblem;
import org.inversesuite.core.problem.ObservationModel;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.NonFiniteException;

/**
 * Posterior predictive check (Gelman, Meng and Stern 1996, "Posterior predictive assessment of
 * model fitness via realized discrepancies", Statistica Sinica 6): each posterior sample x̂ₗ is
 * re-simulated, y^rep_ℓ ~ p(y | f(x̂ₗ)) (or y^rep_ℓ = f(x̂ₗ) without noise), and the observed y is
 * placed within this predictive distribution, per output component k:
 * \[ q_k = \frac{\#\{\ell : y^{rep}_{\ell k} < y_k\} + \tfrac12 \#\{\ell : y^{rep}_{\ell k} = y_k\}}{S}, \qquad
 *    p_k = 2 \min(q_k, 1 - q_k), \qquad
 *    z_k = \frac{y_k - \bar y^{rep}_k}{\operatorname{sd}(y^{rep}_k)}, \]
 * plus the mean squared distance (1/S) Σₗ ‖y^rep_ℓ − y‖². q near 0 or 1 (small p, large |z|)
 * means the posterior cannot reproduce the observation. Posterior predictive p-values are
 * conservative (concentrated near 1/2) even for an exact posterior, because y was used to fit:
 * for prior N(0, 1) and y ~ N(x, σ²) the exact posterior gives z ~ N(0, σ²/(2 + σ²)) over cases,
 * not N(0, 1). Pure apart from the {@link Rng} passed in; thread-safe if the models are.
 */
public final class PosteriorPredictiveCheck {
  private final ForwardModel forward;
  private final ObservationModel noise;
  private final List<String> outputNames;

  /**
   * @param forward f
   * @param noise p(y | f(x)), {@link ObservationModel#NONE} to compare with f(x̂) directly
   * @param outputNames one name per output component
   */
  public PosteriorPredictiveCheck(ForwardModel forward, ObservationModel noise, List<String> outputNames) {
    if (outputNames.size() != forward.outputDimension()) {
      throw new IllegalArgumentException("expected " + forward.outputDimension() + " output names, got "
          + outputNames.size());
    }
    this.forward = forward;
    this.noise = noise;
    this.outputNames = List.copyOf(outputNames);
  }

  /** @return the check with the problem's forward model, noise and observation names */
  public static PosteriorPredictiveCheck of(InverseProblem problem) {
    return new PosteriorPredictiveCheck(problem.forward(), problem.noise(), problem.observationNames());
  }

  /**
   * @param posteriorSamples x̂, shape [S, inputDimension()], S ≥ 2
   * @param observation y, length outputDimension()
   * @param rng the stream of the observation noise (unused without noise)
   * @return q, p, z per output component and the mean squared distance
   */
  public PredictiveResult check(Matrix posteriorSamples, double[] observation, Rng rng) {
    int s = posteriorSamples.rows();
    int dy = forward.outputDimension();
    if (s < 2 || posteriorSamples.cols() != forward.inputDimension()) {
      throw new IllegalArgumentException("posterior samples must have shape [S >= 2, " + forward.inputDimension()
          + "], got [" + s + ", " + posteriorSamples.cols() + "]");
    }
    if (observation.length != dy) {
      throw new IllegalArgumentException("observation must have length " + dy + ", got " + observation.length);
    }
    Matrix clean = forward.apply(posteriorSamples).requireShape(s, dy, "forward output");
    Matrix replicated = noise.observe(clean, rng);
    NonFiniteException.check(replicated, "replicated observations");
    double[] quantiles = new double[dy];
    double[] zScores = new double[dy];
    double squaredDistance = 0;
    for (int k = 0; k < dy; k++) {
      double below = 0;
      double sum = 0;
      for (int l = 0; l < s; l++) {
        double v = replicated.get(l, k);
        below += v < observation[k] ? 1 : v == observation[k] ? 0.5 : 0;
        sum += v;
        squaredDistance += (v - observation[k]) * (v - observation[k]);
      }
      double mean = sum / s;
      double var = 0;
      for (int l = 0; l < s; l++) {
        var += (replicated.get(l, k) - mean) * (replicated.get(l, k) - mean);
      }
      double sd = Math.sqrt(var / (s - 1));
      quantiles[k] = below / s;
      zScores[k] = sd > 0 ? (observation[k] - mean) / sd
          : observation[k] == mean ? 0 : Math.copySign(Double.POSITIVE_INFINITY, observation[k] - mean);
    }
    return new PredictiveResult(outputNames, quantiles, zScores, squaredDistance / s);
  }

  /**
   * Checks every case, case i with the stream {@code rng.stream(i)}.
   *
   * @param evidence posterior samples of m cases (the truths are not used)
   * @param observations the observation of each case, shape [m, outputDimension()]
   * @return "ppc_mean_abs_z": mean over cases of |z_k| per output component, and their mean
   */
  public MetricResult evaluate(PosteriorEvidence evidence, Matrix observations, Rng rng) {
    int m = evidence.cases();
    if (observations.rows() != m) {
      throw new IllegalArgumentException("expected one observation per case (" + m + "), got " + observations.rows());
    }
    double[] meanAbsZ = new double[forward.outputDimension()];
    double[][] y = observations.toRows();
    for (int i = 0; i < m; i++) {
      PredictiveResult r = check(evidence.samples(i), y[i], rng.stream(i));
      for (int k = 0; k < meanAbsZ.length; k++) {
        meanAbsZ[k] += Math.abs(r.zScore(k)) / m;
      }
    }
    return MetricResult.averaged("ppc_mean_abs_z", outputNames, meanAbsZ);
  }
}
