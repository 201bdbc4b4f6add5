package org.inversesuite.core.train;

import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.Dataset;
import org.inversesuite.core.problem.Simulator;
import org.inversesuite.core.random.Rng;

/**
 * Where training batches come from: online (fresh simulations every step, BayesFlow's online
 * mode) or offline (a fixed data set, shuffled each epoch).
 */
public sealed interface BatchSource {
  /** @return the next batch of {@code size} rows */
  Batch next(int size);

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

    /** @param rng the stream of the training draws */
    public Online(Simulator simulator, Rng rng) {
      this.simulator = simulator;
      this.rng = rng;
    }

    @Override
    public Batch next(int size) {
      return simulator.simulate(size, rng);
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

  /** Epochs over a fixed data set: reshuffled at the start of every epoch; the last partial batch wraps. */
  final class Offline implements BatchSource {
    private final Dataset data;
    private final Rng rng;
    private int[] order;
    private int cursor;
    private int epoch;

    /** @param rng the stream of the shuffles */
    public Offline(Dataset data, Rng rng) {
      if (data.size() < 2) {
        throw new IllegalArgumentException("training data needs at least 2 rows, got " + data.size());
      }
      this.data = data;
      this.rng = rng;
      reshuffle();
    }

    private void reshuffle() {
      order = rng.permutation(data.size());
      cursor = 0;
    }

    /** @return completed epochs */
    public int epoch() {
      return epoch;
    }

    @Override
    public Batch next(int size) {
      int[] rows = new int[size];
      for (int i = 0; i < size; i++) {
        if (cursor == order.length) {
          epoch++;
          reshuffle();
        }
        rows[i] = order[cursor++];
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
