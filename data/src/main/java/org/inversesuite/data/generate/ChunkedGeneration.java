package org.inversesuite.data.generate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.data.table.CsvTable;
import org.inversesuite.data.table.CsvWriter;
import org.inversesuite.data.table.NonFinitePolicy;

/**
 * A simulated table of {@code rows} rows, row i a pure function of i (its own random stream), kept
 * on disk in chunk files of {@code chunkSize} rows: the mechanism behind the suite's resumable data
 * sets (airfoil designs, planet interiors). Each chunk is written atomically (temporary file, then
 * rename), so a chunk file on disk is complete; {@link #fill} computes only the chunks that are
 * missing, in parallel over chunks, and the result does not depend on the number of threads or on
 * how often a run was interrupted. Non-finite values (failed simulations) are written as such.
 *
 * @param rows rows of the table, ≥ 1
 * @param chunkSize rows per chunk file, ≥ 1 (the last chunk may be shorter)
 * @param columns column names of every chunk file
 * @param chunkFile the file of chunk k
 */
public record ChunkedGeneration(int rows, int chunkSize, List<String> columns, IntFunction<Path> chunkFile) {
  /** Row i of the table. Called from worker threads: implementations must be thread-safe. */
  @FunctionalInterface
  public interface Rows {
    /** @return row i, {@code columns().size()} values */
    double[] row(int i);
  }

  /**
   * What one call of {@link #fill} did.
   *
   * @param computed the chunks computed by this call, in index order
   * @param reused chunks found complete on disk
   * @param seconds wall time
   */
  public record Result(List<Integer> computed, int reused, double seconds) {}

  /** Validates and copies. */
  public ChunkedGeneration {
    if (rows < 1 || chunkSize < 1) {
      throw new IllegalArgumentException("rows and chunk size must be >= 1, got " + rows + " and " + chunkSize);
    }
    columns = List.copyOf(columns);
  }

  /** @return the number of chunk files */
  public int chunks() {
    return (rows + chunkSize - 1) / chunkSize;
  }

  /** @return the first row of chunk k */
  public int start(int k) {
    return k * chunkSize;
  }

  /** @return one past the last row of chunk k */
  public int end(int k) {
    return Math.min(rows, (k + 1) * chunkSize);
  }

  /**
   * Computes and writes every chunk whose file is missing.
   *
   * @param source the rows
   * @param threads worker threads, ≥ 1 (one chunk per thread at a time)
   * @param threadName name of the worker threads
   * @param progress called with the number of rows finished so far, counting those of chunks
   *     found complete; calls are serialised
   * @throws IllegalStateException if interrupted (rerunning resumes)
   */
  public Result fill(Rows source, int threads, String threadName, IntConsumer progress) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    long start = System.nanoTime();
    List<Integer> missing = new ArrayList<>();
    int reusedRows = 0;
    for (int k = 0; k < chunks(); k++) {
      if (Files.isRegularFile(chunkFile.apply(k))) {
        reusedRows += end(k) - start(k);
      } else {
        missing.add(k);
      }
    }
    AtomicInteger done = new AtomicInteger(reusedRows);
    progress.accept(reusedRows);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, threadName);
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> jobs = new ArrayList<>();
      for (int k : missing) {
        jobs.add(pool.submit(() -> writeChunk(k, source, done, progress)));
      }
      for (Future<?> f : jobs) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("generation interrupted; rerun the same command to resume", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return new Result(missing, chunks() - missing.size(), (System.nanoTime() - start) * 1e-9);
  }

  private void writeChunk(int k, Rows source, AtomicInteger done, IntConsumer progress) {
    int from = start(k);
    int to = end(k);
    Matrix values = Matrix.zeros(Precision.FLOAT64, to - from, columns.size());
    for (int i = from; i < to; i++) {
      double[] row = source.row(i);
      if (row.length != columns.size()) {
        throw new IllegalStateException("row " + i + " has " + row.length + " values for " + columns.size()
            + " columns");
      }
      for (int j = 0; j < row.length; j++) {
        values.set(i - from, j, row[j]);
      }
      int n = done.incrementAndGet();
      synchronized (progress) {
        progress.accept(n);
      }
    }
    CsvWriter.defaults().withNonFinite(NonFinitePolicy.ALLOW).write(chunkFile.apply(k), new CsvTable(columns, values));
  }
}
