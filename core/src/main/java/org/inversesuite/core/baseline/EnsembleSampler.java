package org.inversesuite.core.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.inversesuite.core.random.Rng;

/**
 * Affine-invariant ensemble MCMC with the stretch move (Goodman &amp; Weare 2010, "Ensemble
 * samplers with affine invariance", CAMCoS 5(1), 65; the parallel red/blue form of
 * Foreman-Mackey et al. 2013, emcee, arXiv:1202.3665).
 *
 * <p>The L walkers are split into two halves S₀, S₁. Each step updates S₀ using S₁ as the
 * complementary ensemble, then S₁ using the updated S₀. Walker x_k of the half being updated
 * proposes, with x_j drawn uniformly from the other half and z ~ g(z) ∝ 1/√z on [1/a, a],
 * \[ y = x_j + z\,(x_k - x_j), \qquad
 *    \Pr(\text{accept}) = \min\bigl(1,\; z^{d-1}\, p(y) / p(x_k)\bigr). \]
 * The walkers of one half do not depend on each other, so their proposals are evaluated in
 * parallel; all random numbers are drawn sequentially from {@code rng.stream(step)} before the
 * evaluations, so a run is the same for any thread count.
 */
public final class EnsembleSampler {
  private final EnsembleConfig config;

  /** @param config walkers, steps, stretch scale, threads */
  public EnsembleSampler(EnsembleConfig config) {
    this.config = config;
  }

  /** @return the recipe */
  public EnsembleConfig config() {
    return config;
  }

  /**
   * Runs burn-in then the kept steps.
   *
   * @param target log p(x) up to a constant
   * @param start initial walkers, [walkers][dimension], each with finite log p (e.g. a small ball
   *     around a good point, or prior draws)
   * @param rng the stream the per-step streams come from
   */
  public McmcResult run(LogDensity target, double[][] start, Rng rng) {
    int walkers = config.walkers();
    if (start.length != walkers) {
      throw new IllegalArgumentException(start.length + " start points for " + walkers + " walkers");
    }
    int d = start[0].length;
    if (walkers < 2 * d) {
      throw new IllegalArgumentException(walkers + " walkers for dimension " + d + "; the stretch move needs >= "
          + 2 * d + " (twice the dimension)");
    }
    double[][] x = new double[walkers][];
    double[] logP = new double[walkers];
    for (int k = 0; k < walkers; k++) {
      if (start[k].length != d) {
        throw new IllegalArgumentException("start point " + k + " has " + start[k].length + " values, expected " + d);
      }
      x[k] = start[k].clone();
      logP[k] = target.logDensity(x[k]);
      if (!Double.isFinite(logP[k])) {
        throw new IllegalArgumentException("start point " + k + " has log density " + logP[k]
            + "; every walker must start inside the support");
      }
    }
    long begin = System.nanoTime();
    int steps = config.steps();
    double[] chain = new double[steps * walkers * d];
    long[] accepted = new long[walkers];
    long evaluations = walkers;
    int half = walkers / 2;
    double[][] proposals = new double[half][];
    double[] proposalLogP = new double[half];
    double[] logZ = new double[half];
    double[] logU = new double[half];
    ExecutorService pool = config.threads() > 1 ? Executors.newFixedThreadPool(config.threads(), r -> {
      Thread t = new Thread(r, "ensemble-mcmc");
      t.setDaemon(true);
      return t;
    }) : null;
    try {
      int total = config.burnIn() + steps;
      for (int s = 0; s < total; s++) {
        Rng stepRng = rng.stream(s);
        boolean kept = s >= config.burnIn();
        for (int h = 0; h < 2; h++) {
          int from = h * half;
          int other = (1 - h) * half;
          for (int i = 0; i < half; i++) {
            double[] xk = x[from + i];
            double[] xj = x[other + stepRng.nextInt(half)];
            double u = stepRng.uniform();
            double z = Math.pow((config.stretch() - 1) * u + 1, 2) / config.stretch();
            double[] y = new double[d];
            for (int c = 0; c < d; c++) {
              y[c] = xj[c] + z * (xk[c] - xj[c]);
            }
            proposals[i] = y;
            logZ[i] = (d - 1) * Math.log(z);
            logU[i] = Math.log(stepRng.uniform());
          }
          evaluate(target, proposals, proposalLogP, pool);
          evaluations += half;
          for (int i = 0; i < half; i++) {
            double q = logZ[i] + proposalLogP[i] - logP[from + i];
            if (logU[i] < q) {
              x[from + i] = proposals[i];
              logP[from + i] = proposalLogP[i];
              if (kept) {
                accepted[from + i]++;
              }
            }
          }
        }
        if (kept) {
          int t = s - config.burnIn();
          for (int k = 0; k < walkers; k++) {
            System.arraycopy(x[k], 0, chain, (t * walkers + k) * d, d);
          }
        }
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    double[] acceptance = new double[walkers];
    for (int k = 0; k < walkers; k++) {
      acceptance[k] = accepted[k] / (double) steps;
    }
    return new McmcResult(steps, walkers, d, chain, acceptance, evaluations, (System.nanoTime() - begin) * 1e-9);
  }

  private void evaluate(LogDensity target, double[][] points, double[] out, ExecutorService pool) {
    int n = points.length;
    if (pool == null) {
      evaluateRange(target, points, out, 0, n);
      return;
    }
    int parts = Math.min(config.threads(), n);
    List<Future<?>> futures = new ArrayList<>(parts);
    for (int p = 0; p < parts; p++) {
      int lo = p * n / parts;
      int hi = (p + 1) * n / parts;
      futures.add(pool.submit(() -> evaluateRange(target, points, out, lo, hi)));
    }
    try {
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ensemble MCMC interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("log density failed: " + cause, cause);
    }
  }

  private static void evaluateRange(LogDensity target, double[][] points, double[] out, int lo, int hi) {
    for (int i = lo; i < hi; i++) {
      double v = target.logDensity(points[i]);
      if (Double.isNaN(v)) {
        throw new IllegalStateException("log density is NaN at " + java.util.Arrays.toString(points[i])
            + "; return -Infinity outside the support");
      }
      out[i] = v;
    }
  }
}
