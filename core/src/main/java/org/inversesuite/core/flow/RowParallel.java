package org.inversesuite.core.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.FloatMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * Runs a batch on several threads by splitting its rows, once for a whole pass through the flow
 * (rows are independent, so the threads never synchronise until the end). Each thread owns a
 * {@link Workspace}; after a training pass their gradients are summed. Measured in
 * docs/ARCHITECTURE.md: splitting once per step, not per layer, is what makes two threads pay.
 */
public final class RowParallel implements AutoCloseable {
  /** Work on the rows [from, to) of the batch with this thread's workspace. */
  @FunctionalInterface
  public interface Task {
    void run(Workspace ws, int part, int from, int to);
  }

  /** A part's share of a sum (e.g. of a loss) over the rows [from, to), with this thread's workspace. */
  @FunctionalInterface
  public interface PartSum {
    double run(Workspace ws, int from, int to);
  }

  private final List<Workspace> workspaces = new ArrayList<>();
  private final ExecutorService pool;

  /**
   * @param threads number of threads (the caller's thread is one of them)
   * @param kernels which dense kernel each thread uses
   */
  public RowParallel(Parameters parameters, int threads, Kernels kernels) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    for (int t = 0; t < threads; t++) {
      workspaces.add(new Workspace(parameters, kernels.create(parameters.precision())));
    }
    this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, r -> {
      Thread th = new Thread(r, "inverse-rows");
      th.setDaemon(true);
      return th;
    });
  }

  /** @return number of threads */
  public int threads() {
    return workspaces.size();
  }

  /** @return the workspace of part {@code t} */
  public Workspace workspace(int t) {
    return workspaces.get(t);
  }

  /**
   * Splits n rows into {@link #threads()} contiguous parts (fewer if n is small) and runs them;
   * returns when all are done. Exceptions of any part are rethrown.
   */
  public void run(int n, Task task) {
    int parts = Math.max(1, Math.min(threads(), n / 8));
    if (parts == 1) {
      task.run(workspaces.get(0), 0, 0, n);
      return;
    }
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 1; t < parts; t++) {
      int part = t;
      int from = (int) ((long) n * t / parts);
      int to = (int) ((long) n * (t + 1) / parts);
      futures.add(pool.submit(() -> task.run(workspaces.get(part), part, from, to)));
    }
    task.run(workspaces.get(0), 0, 0, n / parts);
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for a worker thread", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException re) {
          throw re;
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(cause);
      }
    }
  }

  /**
   * Runs {@code task} on the parts of n rows like {@link #run}.
   *
   * @return the sum of the parts' values
   */
  public double runSummed(int n, PartSum task) {
    double[] values = new double[threads()];
    run(n, (ws, part, from, to) -> values[part] = task.run(ws, from, to));
    double sum = 0;
    for (int t = 0, parts = partsFor(n); t < parts; t++) {
      sum += values[t];
    }
    return sum;
  }

  /**
   * Adds the parameter gradients that the parts of the last {@link #run} over n rows left in their
   * workspaces into workspace 0's, which then holds the gradient of the whole batch.
   */
  public void sumGradients(int n) {
    Matrix total = workspaces.get(0).gradients();
    for (int t = 1, parts = partsFor(n); t < parts; t++) {
      Matrix part = workspaces.get(t).gradients();
      if (total instanceof FloatMatrix a && part instanceof FloatMatrix b) {
        float[] to = a.data();
        float[] from = b.data();
        for (int i = 0; i < to.length; i++) {
          to[i] += from[i];
        }
      } else if (total instanceof DoubleMatrix a && part instanceof DoubleMatrix b) {
        double[] to = a.data();
        double[] from = b.data();
        for (int i = 0; i < to.length; i++) {
          to[i] += from[i];
        }
      } else {
        throw new IllegalStateException("workspaces hold gradients of different precisions");
      }
    }
  }

  /** @return the number of parts {@link #run} uses for n rows */
  public int partsFor(int n) {
    return Math.max(1, Math.min(threads(), n / 8));
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
