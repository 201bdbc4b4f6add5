package org.inversesuite.airfoil.design;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The worker threads that run solver calls in parallel: daemon threads, so a failed run never hangs the JVM. */
final class SolverPool {
  private SolverPool() {}

  /** @return a fixed pool of {@code threads} daemon threads named {@code name} */
  static ExecutorService of(String name, int threads) {
    return Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
  }
}
