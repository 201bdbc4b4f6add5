package org.inversesuite.imaging.denoise;

import java.util.concurrent.CompletableFuture;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Starts ND4J's native backend (loading libnd4j with oneDNN, ~1-6 s on this machine, measured in
 * docs/imaging.md section 6) on a background thread, so that a command can read its image and
 * model meanwhile instead of paying the start inside the first convolution.
 */
public final class BackendStart {
  private final CompletableFuture<Void> started;

  private BackendStart(CompletableFuture<Void> started) {
    this.started = started;
  }

  /** @return a start already under way on a daemon thread */
  public static BackendStart begin() {
    CompletableFuture<Void> f = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        Nd4j.zeros(DataType.FLOAT, 1, 1);
        f.complete(null);
      } catch (RuntimeException | LinkageError e) {
        f.completeExceptionally(e);
      }
    }, "nd4j-start");
    t.setDaemon(true);
    t.start();
    return new BackendStart(f);
  }

  /** Waits for the start to finish; a failure surfaces here, or again at the first convolution. */
  public void await() {
    try {
      started.join();
    } catch (java.util.concurrent.CompletionException e) {
      throw new IllegalStateException("the native tensor backend (ND4J) failed to start: " + e.getCause().getMessage(),
          e.getCause());
    }
  }
}
