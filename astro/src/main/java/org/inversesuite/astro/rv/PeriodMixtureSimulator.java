package org.inversesuite.astro.rv;

import java.util.function.Consumer;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.Simulator;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * The {@link PaddedRvSimulator} for {@link PeriodCoordinate#PEAK_MIXTURE}: each row (P, K, …; y) gets its slot
 * k = {@link PeriodSlots#label}(P) and becomes (u_k(P), K, …; y, slot k's condition columns), so a cINN trained on it
 * learns q(u | y, k), and the labelled classifier inputs of the batch go to a listener
 * ({@link SlotClassifierTraining}), which learns π_k(y) from the same simulations. The training maximises
 * log π_k + log q(u_k | y, k), whose two terms have no parameters in common, so the two are trained side by side.
 */
public final class PeriodMixtureSimulator implements Simulator {
  private final PaddedRvSimulator simulator;
  private Consumer<Labelled> listener;

  /**
   * A batch's classifier inputs and labels.
   *
   * @param features {@link SlotFeatures#of} per row
   * @param labels the slot of each row's true period
   * @param slots the number of slots of each row
   */
  public record Labelled(double[][] features, int[] labels, int[] slots) {
  }

  /** @param simulator must encode the two-harmonic periodogram features */
  public PeriodMixtureSimulator(PaddedRvSimulator simulator) {
    String reason = PeriodCoordinate.PEAK_MIXTURE.unreadableFrom(simulator.encoding());
    if (reason != null) {
      throw new IllegalArgumentException(reason);
    }
    this.simulator = simulator;
  }

  /** @param sink receives the labelled classifier inputs of every later batch (null: none) */
  public void listen(Consumer<Labelled> sink) {
    this.listener = sink;
  }

  @Override
  public int xDimension() {
    return simulator.xDimension();
  }

  @Override
  public int yDimension() {
    return simulator.yDimension() + PeriodSlots.CONDITION_WIDTH;
  }

  @Override
  public Batch simulate(int n, Rng rng) {
    Batch physical = simulator.simulate(n, rng);
    Matrix x = physical.x();
    RvSetEncoding encoding = simulator.encoding();
    DoubleMatrix xOut = new DoubleMatrix(n, x.cols());
    DoubleMatrix yOut = new DoubleMatrix(n, yDimension());
    double[] y = new double[physical.y().cols()];
    double[] condition = new double[PeriodSlots.CONDITION_WIDTH];
    Labelled labelled = new Labelled(new double[n][], new int[n], new int[n]);
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < y.length; j++) {
        y[j] = physical.y().get(r, j);
        yOut.set(r, j, y[j]);
      }
      PeriodSlots slots = PeriodSlots.of(y, encoding);
      double period = x.get(r, 0);
      int k = slots.label(period);
      slots.condition(k, condition, 0);
      for (int j = 0; j < condition.length; j++) {
        yOut.set(r, y.length + j, condition[j]);
      }
      for (int j = 1; j < x.cols(); j++) {
        xOut.set(r, j, x.get(r, j));
      }
      xOut.set(r, 0, slots.forward(period, k));
      labelled.features()[r] = SlotFeatures.of(y, encoding, slots);
      labelled.labels()[r] = k;
      labelled.slots()[r] = slots.count();
    }
    if (listener != null) {
      listener.accept(labelled);
    }
    return new Batch(xOut, yOut);
  }
}
