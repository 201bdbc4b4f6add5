package org.inversesuite.astro.rv.mcmc;

import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.inversesuite.astro.rv.RvObservationSet;
import org.inversesuite.astro.rv.RvPosteriorDensity;
import org.inversesuite.astro.rv.RvPriorConfig;
import org.inversesuite.astro.rv.periodogram.GlsPeriodogram;
import org.inversesuite.astro.rv.periodogram.PeriodogramConfig;

/**
 * The start point an astronomer gives an ensemble MCMC (the RadVel / emcee recipe), without the
 * truth: (1) the highest peak of the generalised Lomb-Scargle periodogram ({@link GlsPeriodogram},
 * the grid the cINN's encoder uses), refined by a parabola in frequency; (2) at that period P the
 * circular orbit by weighted linear least squares,
 * \[ v_i \approx γ + A \cos(2π t_i / P) + B \sin(2π t_i / P), \quad w_i = σ_i^{-2}, \]
 * so K = √(A² + B²) and, with e = 0, ω = 0 and times counted from the posterior's reference epoch t_ref, M₀ = atan2(−B, A) mod 2π; the jitter
 * from the excess residual scatter, s² = max(0, mean(r²) − mean(σ²)) (K, γ, s clamped into the
 * prior's box, s at most half its maximum); (3) a maximum a-posteriori
 * polish of all seven parameters by Nelder-Mead (Commons Math {@link SimplexOptimizer}, at most
 * {@value #MAX_EVALUATIONS} evaluations; if it has not converged by then, the lowest point it evaluated) on −log p(x | y) of {@link RvPosteriorDensity}, in ln P,
 * with the angles wrapped into [0, 2π) and K, e, s reflected at 0. {@link #find} tries only the top
 * peak, so a data set whose highest peak is an alias starts (and usually stays) in the alias;
 * {@link #findBestOfPeaks} repeats (2)-(3) at each of the few highest peaks and keeps the point of
 * highest posterior density, as an astronomer who inspects the periodogram would.
 */
public final class RvPeriodogramStart {
  public static final int MAX_EVALUATIONS = 3000;
  private static final double TWO_PI = 2 * Math.PI;

  private RvPeriodogramStart() {}

  /** @return the top periodogram peak's period in days, refined by a parabola through the three grid points */
  public static double peakPeriod(RvObservationSet data, PeriodogramConfig grid) {
    return peakPeriods(data, grid, 1)[0];
  }

  /**
   * @param count how many peaks, ≥ 1
   * @return the periods of the {@code count} highest local maxima of the power (highest first), each
   *     refined by a parabola through the three grid points; fewer if the power has fewer maxima
   */
  public static double[] peakPeriods(RvObservationSet data, PeriodogramConfig grid, int count) {
    double[] p = new GlsPeriodogram(grid).power(data);
    java.util.List<Integer> maxima = new java.util.ArrayList<>();
    for (int k = 0; k < p.length; k++) {
      if ((k == 0 || p[k] > p[k - 1]) && (k == p.length - 1 || p[k] >= p[k + 1])) {
        maxima.add(k);
      }
    }
    maxima.sort((a, b) -> Double.compare(p[b], p[a]));
    double[] out = new double[Math.min(count, maxima.size())];
    for (int n = 0; n < out.length; n++) {
      int best = maxima.get(n);
      double shift = 0;
      if (best > 0 && best < p.length - 1) {
        double den = p[best - 1] - 2 * p[best] + p[best + 1];
        if (den < 0) {
          shift = 0.5 * (p[best - 1] - p[best + 1]) / den;
        }
      }
      out[n] = 1 / (grid.frequency(best) + shift * grid.frequencyStep());
    }
    return out;
  }

  /**
   * @param referenceEpoch t_ref of M₀ (the posterior's curve: 0 in the benchmarks, the first epoch for a table)
   * @return the circular orbit at period P fitted by weighted linear least squares
   */
  static double[] circularFit(RvObservationSet data, double period, double referenceEpoch) {
    int n = data.size();
    double[][] a = new double[n][3];
    double[] y = new double[n];
    double sigma2 = 0;
    for (int i = 0; i < n; i++) {
      double w = 1 / data.error(i);
      double phase = TWO_PI * (data.time(i) - referenceEpoch) / period;
      a[i][0] = w;
      a[i][1] = w * Math.cos(phase);
      a[i][2] = w * Math.sin(phase);
      y[i] = w * data.velocity(i);
      sigma2 += data.error(i) * data.error(i) / n;
    }
    RealVector c = new QRDecomposition(new Array2DRowRealMatrix(a, false)).getSolver()
        .solve(new ArrayRealVector(y, false));
    double gamma = c.getEntry(0);
    double k = Math.hypot(c.getEntry(1), c.getEntry(2));
    double m0 = wrap(Math.atan2(-c.getEntry(2), c.getEntry(1)));
    double residual2 = 0;
    for (int i = 0; i < n; i++) {
      double phase = TWO_PI * (data.time(i) - referenceEpoch) / period;
      double r = data.velocity(i) - gamma - c.getEntry(1) * Math.cos(phase) - c.getEntry(2) * Math.sin(phase);
      residual2 += r * r / n;
    }
    double jitter = Math.sqrt(Math.max(0, residual2 - sigma2));
    return new double[] {period, k, 0, 0, m0, gamma, jitter};
  }

  /**
   * @param target the posterior the MCMC samples (prior and likelihood; M₀ at its reference epoch)
   * @return the MAP estimate from the periodogram peak and the circular fit, inside the prior's support
   */
  public static double[] find(RvObservationSet data, RvPosteriorDensity target, PeriodogramConfig grid, RvPriorConfig prior) {
    return polish(data, target, peakPeriod(data, grid), prior);
  }

  /**
   * @param peaks how many of the highest periodogram peaks to try, ≥ 1
   * @return of the MAP estimates started at each peak ({@link #find}'s recipe), the one of highest posterior density
   */
  public static double[] findBestOfPeaks(RvObservationSet data, RvPosteriorDensity target, PeriodogramConfig grid,
      RvPriorConfig prior, int peaks) {
    double[] best = null;
    double bestLogP = Double.NEGATIVE_INFINITY;
    for (double period : peakPeriods(data, grid, peaks)) {
      double[] x = polish(data, target, period, prior);
      double logP = target.logDensity(x);
      if (best == null || logP > bestLogP) {
        best = x;
        bestLogP = logP;
      }
    }
    return best;
  }

  /** @return the circular fit at this period, clamped into the prior, then polished by Nelder-Mead */
  private static double[] polish(RvObservationSet data, RvPosteriorDensity target, double period,
      RvPriorConfig prior) {
    return polish(data, target, period, prior, MAX_EVALUATIONS);
  }

  /** {@link #polish} with at most {@code evaluations} evaluations of the density (tests: a budget too small) */
  static double[] polish(RvObservationSet data, RvPosteriorDensity target, double period, RvPriorConfig prior,
      int evaluations) {
    double[] circular = circularFit(data, period, target.referenceEpoch());
    // a circular fit to an eccentric orbit can leave more scatter than the prior's jitter allows: clamp into the box
    circular[1] = Math.min(circular[1], prior.semiAmplitudeMax());
    circular[5] = Math.max(prior.systemicMin(), Math.min(prior.systemicMax(), circular[5]));
    circular[6] = Math.min(circular[6], 0.5 * prior.jitterMax());
    double span = Math.max(data.time(data.size() - 1) - data.time(0), period);
    double[] x0 = {Math.log(period), circular[1], 0.05, 1.0, wrap(circular[4] - 1.0), circular[5], circular[6]};
    // ω = 1, M₀ − 1 with e = 0.05: the same circular phase M₀ + ω, off the e = 0 corner where ω is free
    double kScale = 0.1 * circular[1] + 1;
    double[] steps = {0.2 * period / span, kScale, 0.05, 0.3, 0.3, kScale, 0.1 * circular[6] + 1};
    // the lowest point evaluated: Nelder-Mead's answer when it stops on the evaluation budget without converging
    double[] lowest = {Double.POSITIVE_INFINITY};
    double[][] lowestAt = {x0};
    ObjectiveFunction f = new ObjectiveFunction(u -> {
      double v = target.logDensity(toParameters(u));
      double value = Double.isFinite(v) ? -v : 1e300;
      if (value < lowest[0]) {
        lowest[0] = value;
        lowestAt[0] = u.clone();
      }
      return value;
    });
    double[] best = x0;
    if (Double.isFinite(target.logDensity(toParameters(x0)))) {
      try {
        PointValuePair r = new SimplexOptimizer(1e-10, 1e-10).optimize(new MaxEval(evaluations),
            new MaxIter(evaluations), f, GoalType.MINIMIZE, new InitialGuess(x0), new NelderMeadSimplex(steps));
        if (r.getValue() < 1e300) {
          best = r.getPoint();
        }
      } catch (TooManyEvaluationsException | TooManyIterationsException e) {
        if (lowest[0] < 1e300) {
          best = lowestAt[0];
        }
      }
    } else {
      throw new IllegalArgumentException("the circular fit at P = " + period + " d lies outside the prior: "
          + java.util.Arrays.toString(toParameters(x0)));
    }
    return toParameters(best);
  }

  /** @return (ln P, K, e, ω, M₀, γ, s) mapped to the parameters: P = exp, angles wrapped, K, e, s reflected at 0 */
  private static double[] toParameters(double[] u) {
    return new double[] {Math.exp(u[0]), Math.abs(u[1]), Math.abs(u[2]), wrap(u[3]), wrap(u[4]), u[5], Math.abs(u[6])};
  }

  private static double wrap(double angle) {
    double a = angle % TWO_PI;
    return a < 0 ? a + TWO_PI : (a >= TWO_PI ? 0 : a);
  }
}
