package org.inversesuite.airfoil.design;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The worker threads that run solver calls in parallel: daemon threads, so a failed run never hangs the JVM. */
public final class SolverPool {
  private SolverPool() {}

  /** @return a fixed pool of {@code threads} daemon threads named {@code name} */
  static ExecutorService of(String name, int threads) {
    return Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Runs the tasks on a fresh pool of {@code threads} and waits for all of them.
   *
   * @param what what the tasks do, for the error messages ("re-simulation")
   * @return their results in task order
   * @throws IllegalStateException if a task fails or the wait is interrupted
   */
  public static <T> List<T> runAll(String what, int threads, List<Callable<T>> tasks) {
    ExecutorService pool = of("airfoil-" + what.replace(' ', '-'), threads);
    try {
      List<Future<T>> jobs = new ArrayList<>();
      for (Callable<T> t : tasks) {
        jobs.add(pool.submit(t));
      }
      List<T> out = new ArrayList<>();
      for (Future<T> f : jobs) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(what + " interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(what + " failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
