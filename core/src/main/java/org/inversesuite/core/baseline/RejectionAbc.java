package org.inversesuite.core.baseline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.inversesuite.core.problem.ForwardModel;
import org.inversesuite.core.problem.Prior;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * Rejection ABC (approximate Bayesian computation): ground-truth posterior samples for
 * noise-free inverse problems, as used by Kruse et al. 2021, "Benchmarking invertible
 * architectures on inverse problems" (arXiv:2101.10763).
 *
 * <p>Proposals x ~ p(x) are accepted for an observation y* if
 *
 * <pre>
 *   ‖f(x) − y*‖₂ &lt; ε,
 * </pre>
 *
 * so the accepted x are exact draws from p(x | ‖f(x) − y*‖₂ &lt; ε), which tends to the
 * posterior p(x | y*) ∝ p(x) δ(f(x) − y*) as ε → 0.
 *
 * <p>All observations share one stream of proposals, drawn in chunks of {@code chunkSize}.
 * Drawing stops after the first chunk at which every observation has {@code target} accepted
 * samples, or when the proposal budget is spent; for each observation the first
 * {@code target} accepted samples in proposal order are kept. Acceptances are counted for
 * every observation over all proposals (the reference script ik_torch.py stops counting an
 * observation once it is complete), so accepted_j / proposals estimates each acceptance
 * probability P(‖f(x) − y*_j‖₂ &lt; ε) without bias.
 *
 * <p><b>Determinism.</b> Chunk i draws from {@code rng.stream(i)}, chunks are evaluated on a
 * fixed pool of {@code threads} workers (a few chunks ahead) and merged strictly in chunk
 * order, and speculative chunks past the stopping chunk are discarded. The result therefore
 * depends on the seed of {@code rng} and on {@code chunkSize}, not on the number of threads or
 * on scheduling. The prior and the forward model must be safe to call from several threads.
 */
public final class RejectionAbc {
  /** Default proposals per chunk. */
  public static final int DEFAULT_CHUNK_SIZE = 100_000;

  private final Prior prior;
  private final ForwardModel forward;
  private final double epsilon;
  private final int chunkSize;
  private final int threads;

  /**
   * @param prior p(x), the proposal distribution
   * @param forward f; its input dimension must equal the prior's
   * @param epsilon acceptance radius ε, finite and &gt; 0
   * @param chunkSize proposals per chunk, ≥ 1 (part of the definition of the result)
   * @param threads worker threads, ≥ 1 (does not change the result)
   */
  public RejectionAbc(Prior prior, ForwardModel forward, double epsilon, int chunkSize, int threads) {
    if (prior.dimension() != forward.inputDimension()) {
      throw new IllegalArgumentException("prior has dimension " + prior.dimension()
          + " but the forward model takes " + forward.inputDimension());
    }
    if (!(epsilon > 0) || !Double.isFinite(epsilon)) {
      throw new IllegalArgumentException("epsilon must be finite and > 0, got " + epsilon);
    }
    if (chunkSize < 1) {
      throw new IllegalArgumentException("chunkSize must be >= 1, got " + chunkSize);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.prior = prior;
    this.forward = forward;
    this.epsilon = epsilon;
    this.chunkSize = chunkSize;
    this.threads = threads;
  }

  /** Same as the full constructor with {@link #DEFAULT_CHUNK_SIZE} and 2 threads. */
  public RejectionAbc(Prior prior, ForwardModel forward, double epsilon) {
    this(prior, forward, epsilon, DEFAULT_CHUNK_SIZE, 2);
  }

  /**
   * Draws ground-truth samples for several observations at once.
   *
   * @param observations y*, shape [m, dy] with dy the forward model's output dimension, m ≥ 1
   * @param target samples to keep per observation, ≥ 1
   * @param maxProposals proposal budget, ≥ 1; the last chunk is shortened so it is never exceeded
   * @param rng seeds the chunk streams {@code rng.stream(i)}; its own state is not used
   * @return the kept samples, all acceptance counts and the number of proposals
   */
  public AbcResult run(Matrix observations, int target, long maxProposals, Rng rng) {
    return run(observations, target, maxProposals, rng, Progress.NONE);
  }

  /** Told after every merged chunk how far the ground truth has come. */
  @FunctionalInterface
  public interface Progress {
    /**
     * @param proposals proposals merged so far
     * @param fewestKept samples kept for the observation that has the fewest (the run ends at target)
     */
    void update(long proposals, int fewestKept);

    /** Reports nothing. */
    Progress NONE = (proposals, fewestKept) -> { };
  }

  /** As {@link #run(Matrix, int, long, Rng)}, reporting progress after every chunk. */
  public AbcResult run(Matrix observations, int target, long maxProposals, Rng rng, Progress progress) {
    int dy = forward.outputDimension();
    if (observations.cols() != dy || observations.rows() < 1) {
      throw new IllegalArgumentException("observations must have shape [m >= 1, " + dy + "], got ["
          + observations.rows() + ", " + observations.cols() + "]");
    }
    if (target < 1) {
      throw new IllegalArgumentException("target must be >= 1, got " + target);
    }
    if (maxProposals < 1) {
      throw new IllegalArgumentException("maxProposals must be >= 1, got " + maxProposals);
    }
    double[] yStar = flatten(observations);
    Merger merger = new Merger(observations.rows(), prior.dimension(), target);
    ExecutorService pool = threads > 1 ? newPool(threads) : null;
    int window = threads > 1 ? 2 * threads : 1;
    ArrayDeque<CompletableFuture<Chunk>> inFlight = new ArrayDeque<>();
    long scheduled = 0;
    long nextIndex = 0;
    try {
      while (true) {
        while (inFlight.size() < window && scheduled < maxProposals) {
          int size = (int) Math.min(chunkSize, maxProposals - scheduled);
          Rng chunkRng = rng.stream(nextIndex++);
          scheduled += size;
          inFlight.add(pool == null
              ? CompletableFuture.completedFuture(evaluate(size, chunkRng, yStar))
              : CompletableFuture.supplyAsync(() -> evaluate(size, chunkRng, yStar), pool));
        }
        if (inFlight.isEmpty()) {
          break; // budget spent and everything merged
        }
        merger.merge(await(inFlight.poll()));
        progress.update(merger.proposals, merger.fewestKept());
        if (merger.complete()) {
          break; // later chunks, already running, are discarded
        }
      }
    } finally {
      if (pool != null) {
        shutdown(pool);
      }
    }
    return merger.result(epsilon);
  }

  private static double[] flatten(Matrix m) {
    double[] out = new double[m.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = m.get(i);
    }
    return out;
  }

  private static void shutdown(ExecutorService pool) {
    pool.shutdownNow();
    try {
      pool.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ExecutorService newPool(int threads) {
    AtomicInteger count = new AtomicInteger();
    return Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "rejection-abc-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  private static Chunk await(CompletableFuture<Chunk> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for an ABC chunk", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("ABC chunk failed", e.getCause());
    }
  }

  /** Proposes {@code size} points and collects, per observation, the accepted rows in order. */
  private Chunk evaluate(int size, Rng rng, double[] yStar) {
    int dx = prior.dimension();
    int dy = forward.outputDimension();
    int m = yStar.length / dy;
    Matrix x = prior.sample(size, rng).requireShape(size, dx, "prior sample");
    Matrix y = forward.apply(x).requireShape(size, dy, "forward output");
    double[] yd = y instanceof DoubleMatrix d ? d.data() : flatten(y);
    double eps2 = epsilon * epsilon;
    RowBuffer[] accepted = new RowBuffer[m];
    ObservationGrid grid = ObservationGrid.of(yStar, dy, epsilon);
    int[] candidates = new int[m];
    for (int r = 0; r < size; r++) {
      int count = grid == null ? m : grid.candidates(yd, r * dy, candidates);
      for (int k = 0; k < count; k++) {
        int j = grid == null ? k : candidates[k];
        double d2 = 0;
        for (int c = 0; c < dy; c++) {
          double diff = yd[r * dy + c] - yStar[j * dy + c];
          d2 += diff * diff;
        }
        if (d2 < eps2) {
          if (accepted[j] == null) {
            accepted[j] = new RowBuffer(dx);
          }
          accepted[j].add(x, r);
        }
      }
    }
    return new Chunk(size, accepted);
  }

  /** Accepted rows of one chunk per observation (null where none) and the chunk's size. */
  private record Chunk(int size, RowBuffer[] accepted) {}

  /** Folds chunks, in chunk order, into kept samples and counts. */
  private static final class Merger {
    private final RowBuffer[] kept;
    private final long[] accepted;
    private final int target;
    private long proposals;

    Merger(int m, int dx, int target) {
      this.kept = new RowBuffer[m];
      this.accepted = new long[m];
      this.target = target;
      for (int j = 0; j < m; j++) {
        kept[j] = new RowBuffer(dx);
      }
    }

    void merge(Chunk chunk) {
      proposals += chunk.size();
      for (int j = 0; j < kept.length; j++) {
        RowBuffer rows = chunk.accepted()[j];
        if (rows != null) {
          accepted[j] += rows.rows();
          kept[j].addFrom(rows, Math.min(rows.rows(), target - kept[j].rows()));
        }
      }
    }

    int fewestKept() {
      int min = Integer.MAX_VALUE;
      for (RowBuffer k : kept) {
        min = Math.min(min, k.rows());
      }
      return min;
    }

    boolean complete() {
      for (RowBuffer k : kept) {
        if (k.rows() < target) {
          return false;
        }
      }
      return true;
    }

    AbcResult result(double epsilon) {
      List<Matrix> samples = new ArrayList<>(kept.length);
      for (RowBuffer k : kept) {
        samples.add(k.toMatrix());
      }
      return new AbcResult(samples, accepted, proposals, epsilon, target);
    }
  }
}
