package org.inversesuite.core.diagnostics;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * Synthetic evidence with an exactly known posterior: prior x ~ N(0, I_d), likelihood
 * y ~ N(x, σ² I_d), so p(x | y) = N(y / (1 + σ²), σ² / (1 + σ²) I_d). The "posterior under test"
 * can be made wrong on purpose: its std is multiplied by {@code widthFactor} and its mean shifted
 * by {@code shiftInStds} exact posterior stds.
 */
final class GaussianEvidence {
  private GaussianEvidence() {}

  /** @return the exact posterior variance σ² / (1 + σ²) */
  static double posteriorVariance(double noiseStd) {
    double s2 = noiseStd * noiseStd;
    return s2 / (1 + s2);
  }

  /** @return names x0, x1, … */
  static List<String> names(int d) {
    List<String> names = new ArrayList<>();
    for (int j = 0; j < d; j++) {
      names.add("x" + j);
    }
    return names;
  }

  /** Calibrated evidence: samples from the exact posterior. */
  static PosteriorEvidence exact(int cases, int samples, int d, double noiseStd, long seed) {
    return build(cases, samples, d, noiseStd, 1.0, 0.0, seed);
  }

  /** Evidence together with the observation y of each case, shape [m, d]. */
  record Simulated(PosteriorEvidence evidence, Matrix observations) {}

  /**
   * @param widthFactor posterior std of the samples divided by the exact posterior std
   * @param shiftInStds shift of the sampled posterior mean, in exact posterior stds
   */
  static PosteriorEvidence build(int cases, int samples, int d, double noiseStd, double widthFactor,
      double shiftInStds, long seed) {
    return simulate(cases, samples, d, noiseStd, widthFactor, shiftInStds, seed).evidence();
  }

  /** As {@link #build}, also returning the observations. */
  static Simulated simulate(int cases, int samples, int d, double noiseStd, double widthFactor,
      double shiftInStds, long seed) {
    Rng rng = new Rng(seed);
    double postStd = Math.sqrt(posteriorVariance(noiseStd));
    DoubleMatrix truths = new DoubleMatrix(cases, d);
    DoubleMatrix observations = new DoubleMatrix(cases, d);
    List<Matrix> draws = new ArrayList<>();
    for (int i = 0; i < cases; i++) {
      DoubleMatrix s = new DoubleMatrix(samples, d);
      for (int j = 0; j < d; j++) {
        double x = rng.gaussian();
        double y = x + noiseStd * rng.gaussian();
        truths.set(i, j, x);
        observations.set(i, j, y);
        double mean = y / (1 + noiseStd * noiseStd) + shiftInStds * postStd;
        for (int r = 0; r < samples; r++) {
          s.set(r, j, mean + widthFactor * postStd * rng.gaussian());
        }
      }
      draws.add(s);
    }
    return new Simulated(new PosteriorEvidence(truths, draws, names(d)), observations);
  }
}
