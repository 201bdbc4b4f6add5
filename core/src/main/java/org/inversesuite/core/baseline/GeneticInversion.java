package org.inversesuite.core.baseline;

import java.util.Arrays;
import java.util.Comparator;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.infer.PosteriorEstimator;
import org.inversesuite.core.problem.ForwardModel;
import org.inversesuite.core.problem.Prior;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * Inversion by a genetic algorithm with boundary marking, after Jensen et al. 1999, "Inversion of
 * feedforward neural networks: algorithms and applications" (Proc. IEEE 87(9)): instead of one
 * inverse, a population is evolved to mark out the whole set {x : f(x) ≈ y*}. Here it runs on
 * the true forward model (no gradients needed). In standardised units (x̃ by the prior's mean
 * and std, residuals by σ_y of the prior predictive), member i has the cost
 *
 * <pre>
 *   c_i = max(‖(f(x_i) − y*)/σ_y‖², τ²) − (τ²/10) · d_i,
 * </pre>
 *
 * with d_i the mean distance of x̃_i to k random members: once a member solves the problem to
 * the tolerance τ only its spread counts, which pushes the population along the inverse set
 * (the boundary marking). Each generation makes n children by binary tournaments, blend
 * crossover (BLX-0.5: x̃_c = x̃_a + u (x̃_b − x̃_a), u ~ U(−0.5, 1.5) per component) and
 * Gaussian mutation of linearly decaying scale, then keeps the n best of parents and children
 * (μ + λ). The final population is the sample; it has no density and is not the posterior's
 * distribution along the set. Immutable and thread-safe if the prior and forward model are.
 */
public final class GeneticInversion implements PosteriorEstimator {
  private static final int FIT_SIZE = 10_000;
  private static final int EACH_POPULATION = 32;

  private final Prior prior;
  private final ForwardModel forward;
  private final GeneticInversionConfig config;
  private final Standardization xNorm;
  private final double[] yStd;

  /**
   * @param rng draws the prior predictive that fixes the standardisation
   */
  public GeneticInversion(Prior prior, ForwardModel forward, GeneticInversionConfig config, Rng rng) {
    if (prior.dimension() != forward.inputDimension()) {
      throw new IllegalArgumentException("prior has dimension " + prior.dimension() + ", the forward model takes "
          + forward.inputDimension());
    }
    Matrix x = prior.sample(FIT_SIZE, rng);
    this.prior = prior;
    this.forward = forward;
    this.config = config;
    this.xNorm = Standardization.fit(x);
    this.yStd = Standardization.fit(forward.apply(x)).std();
  }

  @Override
  public int dimension() {
    return prior.dimension();
  }

  @Override
  public int conditionDimension() {
    return forward.outputDimension();
  }

  @Override
  public Matrix sample(double[] observation, int n, Rng rng) {
    if (observation.length != conditionDimension() || n < 2) {
      throw new IllegalArgumentException("need an observation of length " + conditionDimension() + " and n >= 2, got "
          + observation.length + " and " + n);
    }
    Conditions.requireFinite(new DoubleMatrix(1, observation.length, observation.clone()), "observation");
    int d = dimension();
    double[][] pop = prior.sample(n, rng).toRows();
    for (double[] p : pop) {
      standardise(p);
    }
    double[] residual = residuals(pop, observation);
    double tau2 = config.tolerance() * config.tolerance();
    for (int g = 0; g < config.generations(); g++) {
      double[] cost = costs(pop, residual, tau2, rng);
      double scale = config.mutationScale() * (1 - 0.99 * g / Math.max(1, config.generations() - 1));
      double[][] children = new double[n][d];
      for (int i = 0; i < n; i++) {
        double[] a = pop[tournament(cost, rng)];
        double[] b = pop[tournament(cost, rng)];
        for (int j = 0; j < d; j++) {
          children[i][j] = a[j] + rng.uniform(-0.5, 1.5) * (b[j] - a[j]) + scale * rng.gaussian();
        }
      }
      double[] childResidual = residuals(children, observation);
      double[][] merged = new double[2 * n][];
      double[] mergedResidual = new double[2 * n];
      System.arraycopy(pop, 0, merged, 0, n);
      System.arraycopy(children, 0, merged, n, n);
      System.arraycopy(residual, 0, mergedResidual, 0, n);
      System.arraycopy(childResidual, 0, mergedResidual, n, n);
      double[] mergedCost = costs(merged, mergedResidual, tau2, rng);
      Integer[] order = new Integer[2 * n];
      Arrays.setAll(order, i -> i);
      Arrays.sort(order, Comparator.comparingDouble(i -> mergedCost[i]));
      for (int i = 0; i < n; i++) {
        pop[i] = merged[order[i]];
        residual[i] = mergedResidual[order[i]];
      }
    }
    Matrix out = new DoubleMatrix(n, d);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        out.set(i, j, xNorm.mean()[j] + xNorm.std()[j] * pop[i][j]);
      }
    }
    return out;
  }

  private void standardise(double[] x) {
    double[] mean = xNorm.mean();
    double[] std = xNorm.std();
    for (int j = 0; j < x.length; j++) {
      x[j] = (x[j] - mean[j]) / std[j];
    }
  }

  /** @return ‖(f(x) − y*)/σ_y‖² per member; +∞ where f is not finite */
  private double[] residuals(double[][] standardised, double[] y) {
    int n = standardised.length;
    int d = dimension();
    Matrix x = new DoubleMatrix(n, d);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        x.set(i, j, xNorm.mean()[j] + xNorm.std()[j] * standardised[i][j]);
      }
    }
    Matrix f = forward.apply(x);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int c = 0; c < y.length; c++) {
        double e = (f.get(i, c) - y[c]) / yStd[c];
        s += e * e;
      }
      out[i] = Double.isFinite(s) ? s : Double.POSITIVE_INFINITY;
    }
    return out;
  }

  private double[] costs(double[][] pop, double[] residual, double tau2, Rng rng) {
    double[] cost = new double[pop.length];
    for (int i = 0; i < pop.length; i++) {
      double spread = 0;
      for (int k = 0; k < config.neighbours(); k++) {
        double[] other = pop[rng.nextInt(pop.length)];
        double d2 = 0;
        for (int j = 0; j < other.length; j++) {
          d2 += (pop[i][j] - other[j]) * (pop[i][j] - other[j]);
        }
        spread += Math.sqrt(d2) / config.neighbours();
      }
      cost[i] = Math.max(residual[i], tau2) - 0.1 * tau2 * spread;
    }
    return cost;
  }

  private static int tournament(double[] cost, Rng rng) {
    int a = rng.nextInt(cost.length);
    int b = rng.nextInt(cost.length);
    return cost[a] <= cost[b] ? a : b;
  }

  /** Evolves a population of {@value #EACH_POPULATION} per row (stream i of rng) and keeps its first member. */
  @Override
  public Matrix sampleEach(Matrix y, Rng rng) {
    y.requireShape(y.rows(), conditionDimension(), "observations y");
    Matrix out = new DoubleMatrix(y.rows(), dimension());
    double[][] rows = y.toRows();
    for (int i = 0; i < rows.length; i++) {
      out.copyRows(sample(rows[i], EACH_POPULATION, rng.stream(i)), 0, i, 1);
    }
    return out;
  }

  @Override
  public boolean hasDensity() {
    return false;
  }

  @Override
  public double[] logDensity(Matrix x, Matrix y) {
    throw new UnsupportedOperationException("genetic inversion has no density q(x | y)");
  }
}
