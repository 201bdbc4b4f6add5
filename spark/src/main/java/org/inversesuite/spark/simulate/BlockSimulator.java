package org.inversesuite.spark.simulate;

import org.inversesuite.core.problem.InverseProblem;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * Simulates one row block of a database, the unit of randomness:
 *
 * <pre>
 *   rows of block b:  r = b·B … min((b+1)·B, N) − 1
 *   x_r ~ p(x)            from  Rng(seed).stream(b).stream("prior")
 *   y_r ~ p(y | f(x_r))   from  Rng(seed).stream(b).stream("noise")
 * </pre>
 *
 * so every value is a function of (seed, B, r) alone, whichever partition or chunk computes the
 * block. The forward model runs on the whole block; if it refuses, each row is retried alone so
 * the failing rows get their reason as status and NaN observations, and the others still
 * converge. A non-finite output is a failure too. The noise draws always consume one block's
 * worth of numbers, so a failure never shifts another row's noise.
 */
public final class BlockSimulator {
  /** Status of a row whose simulation succeeded. */
  public static final String CONVERGED = "converged";

  private final InverseProblem problem;
  private final long seed;
  private final int blockRows;
  private final long totalRows;

  /**
   * @param problem the simulator
   * @param seed the root seed
   * @param blockRows rows per block B
   * @param totalRows rows of the database N
   */
  public BlockSimulator(InverseProblem problem, long seed, int blockRows, long totalRows) {
    if (blockRows < 1 || totalRows < 1) {
      throw new IllegalArgumentException("blockRows and rows must be >= 1, got " + blockRows + " and " + totalRows);
    }
    this.problem = problem;
    this.seed = seed;
    this.blockRows = blockRows;
    this.totalRows = totalRows;
  }

  /** @return number of blocks ⌈N / B⌉ */
  public long blocks() {
    return (totalRows + blockRows - 1) / blockRows;
  }

  /** @return the rows of block {@code b} */
  public SimulatedBlock simulate(long b) {
    if (b < 0 || b >= blocks()) {
      throw new IllegalArgumentException("block " + b + " outside [0, " + blocks() + ")");
    }
    long first = b * blockRows;
    int n = (int) Math.min(blockRows, totalRows - first);
    Rng stream = new Rng(seed).stream(b);
    Matrix x = problem.prior().sample(n, stream.stream("prior"));
    String[] status = new String[n];
    Matrix clean = forward(x, status);
    Matrix y = problem.noise().observe(clean, stream.stream("noise"));
    int dx = problem.xDimension();
    int dy = problem.yDimension();
    double[][] xs = new double[n][dx];
    double[][] ys = new double[n][dy];
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < dx; j++) {
        xs[r][j] = x.get(r, j);
      }
      for (int j = 0; j < dy; j++) {
        ys[r][j] = y.get(r, j);
        if (status[r] == null && !Double.isFinite(ys[r][j])) {
          status[r] = "non-finite observation " + problem.observationNames().get(j) + " = " + ys[r][j];
        }
      }
      if (status[r] == null) {
        status[r] = CONVERGED;
      } else {
        java.util.Arrays.fill(ys[r], Double.NaN);
      }
    }
    return new SimulatedBlock(b, first, xs, ys, status);
  }

  private Matrix forward(Matrix x, String[] status) {
    try {
      return problem.forward().apply(x);
    } catch (RuntimeException whole) {
      int n = x.rows();
      int dx = x.cols();
      int dy = problem.yDimension();
      Matrix clean = new DoubleMatrix(n, dy);
      for (int r = 0; r < n; r++) {
        Matrix one = new DoubleMatrix(1, dx);
        for (int j = 0; j < dx; j++) {
          one.set(0, j, x.get(r, j));
        }
        try {
          Matrix out = problem.forward().apply(one);
          for (int j = 0; j < dy; j++) {
            clean.set(r, j, out.get(0, j));
          }
        } catch (RuntimeException e) {
          status[r] = reason(e);
          for (int j = 0; j < dy; j++) {
            clean.set(r, j, Double.NaN);
          }
        }
      }
      return clean;
    }
  }

  private static String reason(RuntimeException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return "failed: " + m.replaceFirst("^row 0: ", "");
  }
}
