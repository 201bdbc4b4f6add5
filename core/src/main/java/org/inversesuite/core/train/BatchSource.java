package org.inversesuite.core.train;

import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.Dataset;
import org.inversesuite.core.problem.Simulator;
import org.inversesuite.core.random.Rng;

/**
 * Where training batches come from: online (fresh simulations every step, BayesFlow's online
 * mode) or offline (a fixed data set, shuffled each epoch).
 *
 * <p>The batch of step t is a function of the seed and t alone (it draws from
 * {@code rng.stream(t)}, or from the shuffle of its epoch), so a run resumed from a checkpoint at
 * step t sees exactly the batches the uninterrupted run would have seen.
 */
public sealed interface BatchSource {
  /** @return the batch of step {@code iteration}, {@code size} rows */
  Batch batch(int iteration, int size);

  /** @return dimension of x */
  int xDimension();

  /** @return dimension of y */
  int yDimension();

  /** @return a description for logs and provenance */
  String describe();

  /** Fresh draws from a simulator at every step. */
  final class Online implements BatchSource {
    private final Simulator simulator;
    private final Rng rng;

    /** @param rng the stream the per-step streams are derived from */
    public Online(Simulator simulator, Rng rng) {
      this.simulator = simulator;
      this.rng = rng;
    }

    @Override
    public Batch batch(int iteration, int size) {
      return simulator.simulate(size, rng.stream(iteration));
    }

    @Override
    public int xDimension() {
      return simulator.xDimension();
    }

    @Override
    public int yDimension() {
      return simulator.yDimension();
    }

    @Override
    public String describe() {
      return "online simulation";
    }
  }

  /**
   * Epochs over a fixed data set: row k of the stream of rows is row {@code π_e[k mod n]} with
   * epoch e = ⌊k / n⌋ and π_e a permutation drawn from {@code rng.stream(e)}; step t takes rows
   * t·b … t·b + b − 1 of that stream, so a batch may span two epochs.
   */
  final class Offline implements BatchSource {
    private final Dataset data;
    private final Rng rng;
    private int cachedEpoch = -1;
    private int[] cachedOrder;

    /** @param rng the stream the per-epoch shuffles are derived from */
    public Offline(Dataset data, Rng rng) {
      if (data.size() < 2) {
        throw new IllegalArgumentException("training data needs at least 2 rows, got " + data.size());
      }
      this.data = data;
      this.rng = rng;
    }

    private int[] order(int epoch) {
      if (epoch != cachedEpoch) {
        cachedOrder = rng.stream(epoch).permutation(data.size());
        cachedEpoch = epoch;
      }
      return cachedOrder;
    }

    /** @return the epoch that step {@code iteration} starts in */
    public long epochOf(int iteration, int size) {
      return (long) iteration * size / data.size();
    }

    @Override
    public Batch batch(int iteration, int size) {
      int n = data.size();
      int[] rows = new int[size];
      long start = (long) iteration * size;
      for (int i = 0; i < size; i++) {
        long k = start + i;
        rows[i] = order((int) (k / n))[(int) (k % n)];
      }
      return data.batch(rows);
    }

    @Override
    public int xDimension() {
      return data.xDimension();
    }

    @Override
    public int yDimension() {
      return data.yDimension();
    }

    @Override
    public String describe() {
      return "offline data set of " + data.size() + " rows";
    }
  }
}
