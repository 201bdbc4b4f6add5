package org.inversesuite.astro.interior;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.inversesuite.core.problem.ForwardModel;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * Forward model of the interior inversion: x = (u₁, u₂, M) ↦ y = (M, R), with the composition
 * {@link Composition#fromUnitSquare}(u₁, u₂) and R the radius from an {@link InteriorSolver}.
 * The mass is both a parameter and an observable (it is measured, with an error, by radial
 * velocities), so the posterior p(x | y) is essentially over the composition at known mass.
 *
 * <p>Rows are independent, each one solve (milliseconds); with {@code threads} &gt; 1 the rows
 * are split into that many contiguous parts solved in parallel on a pool created for the call.
 * Immutable and thread-safe.
 */
public final class InteriorForwardModel implements ForwardModel {
  /** Output names: mass in M⊕, radius in R⊕. */
  public static final List<String> OUTPUT_NAMES = List.of("mass", "radius");

  private final InteriorSolver solver;
  private final int threads;

  /**
   * @param solver the structure solver
   * @param threads threads per {@link #apply} call, ≥ 1
   */
  public InteriorForwardModel(InteriorSolver solver, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.solver = solver;
    this.threads = threads;
  }

  /** @return 3: (u₁, u₂, M) */
  @Override
  public int inputDimension() {
    return 3;
  }

  /** @return 2: (M, R) */
  @Override
  public int outputDimension() {
    return 2;
  }

  /**
   * @param x shape [n, 3], rows (u₁, u₂, M) with u in [0, 1] and M &gt; 0
   * @return shape [n, 2], rows (M in M⊕, R in R⊕), float64
   * @throws IllegalArgumentException naming the row if a row is invalid or cannot be solved
   */
  @Override
  public Matrix apply(Matrix x) {
    x.requireShape(x.rows(), 3, "interior parameters x");
    int n = x.rows();
    double[] out = new double[2 * n];
    int parts = Math.max(1, Math.min(threads, n));
    if (parts == 1) {
      solveRows(x, out, 0, n);
      return new DoubleMatrix(n, 2, out);
    }
    ExecutorService pool = Executors.newFixedThreadPool(parts, r -> {
      Thread t = new Thread(r, "interior-rows");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int p = 0; p < parts; p++) {
        int from = (int) ((long) n * p / parts);
        int to = (int) ((long) n * (p + 1) / parts);
        futures.add(pool.submit(() -> solveRows(x, out, from, to)));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while solving interiors", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return new DoubleMatrix(n, 2, out);
  }

  private void solveRows(Matrix x, double[] out, int from, int to) {
    for (int r = from; r < to; r++) {
      double mass = x.get(3 * r + 2);
      try {
        Composition c = Composition.fromUnitSquare(x.get(3 * r), x.get(3 * r + 1));
        out[2 * r] = mass;
        out[2 * r + 1] = solver.solve(mass, c).radius();
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new IllegalArgumentException("row " + r + ": " + e.getMessage(), e);
      }
    }
  }
}
