package org.inversesuite.core.diagnostics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.NonFiniteException;

/**
 * Unbiased estimate of the squared maximum mean discrepancy (Gretton et al. 2012, "A kernel
 * two-sample test", JMLR 13, equation 3) between two samples, with the sum of inverse
 * multiquadric kernels that Kruse et al. 2021 ("Benchmarking invertible architectures on
 * inverse problems", arXiv:2101.10763) use to compare posterior samples with ground truth:
 *
 * <pre>
 *   k(u, v) = Σ_h 1 / (1 + ‖u − v‖² / h²),     h ∈ widths (default 0.05, 0.2, 0.9)
 *
 *   MMD²_u = Σ_{i≠j} k(aᵢ, aⱼ) / (n(n−1)) + Σ_{i≠j} k(bᵢ, bⱼ) / (m(m−1))
 *            − 2 Σ_{i,j} k(aᵢ, bⱼ) / (nm)
 * </pre>
 *
 * <p>The diagonal terms k(u, u) = number of widths are left out of the first two sums, which
 * makes the estimator unbiased (a U-statistic): it can be slightly negative when both samples
 * come from the same distribution. Distances are taken on the raw coordinates.
 *
 * <p>Computed in float64 with direct differences (no ‖u‖² + ‖v‖² − 2u·v cancellation). Row
 * sums are computed independently on up to {@code threads} threads and added in row order, so
 * the value does not depend on the number of threads. Immutable and thread-safe.
 */
public final class MaximumMeanDiscrepancy {
  private static final double[] DEFAULT_WIDTHS = {0.05, 0.2, 0.9};
  /** Rows per unit of work handed to a thread. */
  private static final int BLOCK_ROWS = 32;
  /** Below this many kernel evaluations, extra threads cost more than they save. */
  private static final long PARALLEL_MIN_PAIRS = 200_000;

  private final double[] widths;
  private final double[] widthsSquared;
  private final int threads;

  /** The kernel widths of Kruse et al. 2021, (0.05, 0.2, 0.9), on 2 threads. */
  public MaximumMeanDiscrepancy() {
    this(DEFAULT_WIDTHS, 2);
  }

  /**
   * @param widths kernel widths h, at least one, each finite and &gt; 0
   * @param threads threads for one estimate, ≥ 1 (does not change the value)
   */
  public MaximumMeanDiscrepancy(double[] widths, int threads) {
    if (widths.length == 0) {
      throw new IllegalArgumentException("at least one kernel width is needed, got 0");
    }
    for (int w = 0; w < widths.length; w++) {
      if (!(widths[w] > 0) || !Double.isFinite(widths[w])) {
        throw new IllegalArgumentException("kernel width " + w + " must be finite and > 0, got " + widths[w]);
      }
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.widths = widths.clone();
    this.widthsSquared = new double[widths.length];
    for (int w = 0; w < widths.length; w++) {
      widthsSquared[w] = widths[w] * widths[w];
    }
    this.threads = threads;
  }

  /** @return the default widths (0.05, 0.2, 0.9) of Kruse et al. 2021 (a copy) */
  public static double[] defaultWidths() {
    return DEFAULT_WIDTHS.clone();
  }

  /** @return the kernel widths h (a copy) */
  public double[] widths() {
    return widths.clone();
  }

  /**
   * @param u a point
   * @param v a point of the same dimension
   * @return k(u, v) = Σ_h 1 / (1 + ‖u − v‖² / h²), computed as Σ_h h² / (h² + ‖u − v‖²)
   */
  public double kernel(double[] u, double[] v) {
    if (u.length != v.length) {
      throw new IllegalArgumentException("points must have equal dimension, got " + u.length + " and " + v.length);
    }
    double d2 = 0;
    for (int c = 0; c < u.length; c++) {
      double diff = u[c] - v[c];
      d2 += diff * diff;
    }
    double k = 0;
    for (double c2 : widthsSquared) {
      k += c2 / (c2 + d2);
    }
    return k;
  }

  /**
   * @param a first sample, shape [n, d], n ≥ 2, finite
   * @param b second sample, shape [m, d], m ≥ 2, finite
   * @return MMD²_u(a, b), symmetric in a and b
   * @throws IllegalArgumentException if a sample has fewer than 2 rows or the dimensions differ
   * @throws NonFiniteException if a sample holds NaN or an infinity
   */
  public double unbiased(Matrix a, Matrix b) {
    int n = a.rows();
    int m = b.rows();
    if (n < 2 || m < 2) {
      throw new IllegalArgumentException("each sample needs at least 2 rows, got " + n + " and " + m);
    }
    if (a.cols() != b.cols() || a.cols() < 1) {
      throw new IllegalArgumentException("samples must have equal dimension >= 1, got " + a.cols() + " and " + b.cols());
    }
    NonFiniteException.check(a, "MMD sample a");
    NonFiniteException.check(b, "MMD sample b");
    double[][] ac = columns(a);
    double[][] bc = columns(b);
    double[] rowAa = new double[n];
    double[] rowBb = new double[m];
    double[] rowAb = new double[n];
    List<Runnable> blocks = new ArrayList<>();
    addBlocks(blocks, ac, ac, true, rowAa);
    addBlocks(blocks, bc, bc, true, rowBb);
    addBlocks(blocks, ac, bc, false, rowAb);
    long pairs = (long) n * (n - 1) / 2 + (long) m * (m - 1) / 2 + (long) n * m;
    runAll(blocks, pairs < PARALLEL_MIN_PAIRS ? 1 : threads);
    double sumAa = 2 * sum(rowAa);
    double sumBb = 2 * sum(rowBb);
    double sumAb = sum(rowAb);
    return sumAa / ((double) n * (n - 1)) + sumBb / ((double) m * (m - 1)) - 2 * sumAb / ((double) n * m);
  }

  /** Column-major copy: out[c][i] = x(i, c). */
  private static double[][] columns(Matrix x) {
    double[][] out = new double[x.cols()][x.rows()];
    for (int i = 0; i < x.rows(); i++) {
      for (int c = 0; c < x.cols(); c++) {
        out[c][i] = x.get(i, c);
      }
    }
    return out;
  }

  private static double sum(double[] values) {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s;
  }

  /**
   * Splits the rows of x into blocks; block work sets rowSums[i] = Σ_j k(xᵢ, yⱼ) over j &gt; i if
   * {@code upper} (x and y the same sample), else over all j.
   */
  private void addBlocks(List<Runnable> blocks, double[][] x, double[][] y, boolean upper, double[] rowSums) {
    int rows = x[0].length;
    int cols = y[0].length;
    for (int start = 0; start < rows; start += BLOCK_ROWS) {
      int from = start;
      int to = Math.min(rows, start + BLOCK_ROWS);
      blocks.add(() -> {
        double[] d2 = new double[cols];
        double[] k = new double[cols];
        for (int i = from; i < to; i++) {
          rowSums[i] = rowSum(x, i, y, upper ? i + 1 : 0, cols, d2, k);
        }
      });
    }
  }

  /** @return Σ_{j in [from, to)} k(xᵢ, yⱼ), using d2 and k as scratch (loops the JIT can vectorise) */
  private double rowSum(double[][] x, int i, double[][] y, int from, int to, double[] d2, double[] k) {
    Arrays.fill(d2, from, to, 0.0);
    for (int c = 0; c < x.length; c++) {
      double xi = x[c][i];
      double[] yc = y[c];
      for (int j = from; j < to; j++) {
        double diff = yc[j] - xi;
        d2[j] += diff * diff;
      }
    }
    Arrays.fill(k, from, to, 0.0);
    for (double c2 : widthsSquared) {
      for (int j = from; j < to; j++) {
        k[j] += c2 / (c2 + d2[j]);
      }
    }
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int j = from;
    for (; j + 3 < to; j += 4) { // four partial sums: shorter dependency chains, smaller rounding error
      s0 += k[j];
      s1 += k[j + 1];
      s2 += k[j + 2];
      s3 += k[j + 3];
    }
    for (; j < to; j++) {
      s0 += k[j];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /** Runs the blocks on {@code count} threads (the caller's thread being one of them). */
  private static void runAll(List<Runnable> blocks, int count) {
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable worker = () -> {
      try {
        for (int b = next.getAndIncrement(); b < blocks.size(); b = next.getAndIncrement()) {
          blocks.get(b).run();
        }
      } catch (RuntimeException | Error e) {
        failure.compareAndSet(null, e);
        next.set(blocks.size());
      }
    };
    List<Thread> helpers = new ArrayList<>();
    for (int t = 1; t < count; t++) {
      Thread helper = new Thread(worker, "mmd-" + t);
      helper.setDaemon(true);
      helper.start();
      helpers.add(helper);
    }
    worker.run();
    for (Thread helper : helpers) {
      try {
        helper.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while computing MMD", e);
      }
    }
    if (failure.get() != null) {
      throw new IllegalStateException("MMD computation failed", failure.get());
    }
  }
}
