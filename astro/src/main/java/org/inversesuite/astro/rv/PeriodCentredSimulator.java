package org.inversesuite.astro.rv;

import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.Simulator;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * The {@link PaddedRvSimulator} with the period column replaced by a data-dependent
 * {@link PeriodCoordinate}: rows (P, K, e, ω, M₀, γ, s; y) become (u(P, y), K, e, ω, M₀, γ, s; y),
 * so a cINN trained on it learns p(u | y). {@link RvPosterior} maps its samples back.
 */
public final class PeriodCentredSimulator implements Simulator {
  private final PaddedRvSimulator simulator;
  private final PeriodCoordinate coordinate;

  /**
   * @param simulator must encode periodogram features
   * @param coordinate a centred coordinate ({@link PeriodCoordinate#centred()})
   */
  public PeriodCentredSimulator(PaddedRvSimulator simulator, PeriodCoordinate coordinate) {
    if (!coordinate.centred() || simulator.encoding().periodogram() == null) {
      throw new IllegalArgumentException("a centred period coordinate needs periodogram features, got "
          + coordinate + " with " + (simulator.encoding().periodogram() == null ? "none" : "features"));
    }
    String reason = coordinate.unreadableFrom(simulator.encoding());
    if (reason != null) {
      throw new IllegalArgumentException(reason);
    }
    if (coordinate.mixture()) {
      throw new IllegalArgumentException("the period coordinate " + coordinate + " conditions the flow on a slot: "
          + "simulate it with PeriodMixtureSimulator");
    }
    this.simulator = simulator;
    this.coordinate = coordinate;
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
  public Batch simulate(int n, Rng rng) {
    return toFlowCoordinates(simulator.simulate(n, rng), simulator.encoding(), coordinate);
  }

  /** @return the batch with column 0 (P) replaced by u(P, y) of each row's y */
  public static Batch toFlowCoordinates(Batch physical, RvSetEncoding encoding, PeriodCoordinate coordinate) {
    Matrix x = physical.x();
    DoubleMatrix out = new DoubleMatrix(x.rows(), x.cols());
    double[] y = new double[physical.y().cols()];
    for (int r = 0; r < x.rows(); r++) {
      for (int j = 0; j < y.length; j++) {
        y[j] = physical.y().get(r, j);
      }
      PeriodReference reference = coordinate.reference(y, encoding);
      for (int j = 0; j < x.cols(); j++) {
        out.set(r, j, x.get(r, j));
      }
      out.set(r, 0, coordinate.forward(x.get(r, 0), reference));
    }
    return new Batch(out, physical.y());
  }
}
