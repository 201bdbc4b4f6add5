package org.inversesuite.astro.rv;

import java.util.List;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.Simulator;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * The {@link IrregularRvSimulator} as a core {@link Simulator}: x is the 7 parameters of
 * {@link RvParameters}, y the padded set of {@link RvSetEncoding} (with its periodogram features
 * if the encoding has them, computed per batch), so sets of 10 to 200
 * measurements train a cINN with a set summary network online (fresh systems every step).
 */
public final class PaddedRvSimulator implements Simulator {
  private final IrregularRvSimulator simulator;
  private final RvSetEncoding encoding;

  /** @param encoding must have at least the schedule's maximum number of epochs as slots */
  public PaddedRvSimulator(IrregularRvSimulator simulator, RvSetEncoding encoding) {
    if (encoding.slots() < simulator.config().maxEpochs()) {
      throw new IllegalArgumentException("the encoding has " + encoding.slots() + " slots, the schedule draws up to "
          + simulator.config().maxEpochs() + " epochs");
    }
    this.simulator = simulator;
    this.encoding = encoding;
  }

  /** @return the set simulator */
  public IrregularRvSimulator simulator() {
    return simulator;
  }

  /** @return the padding */
  public RvSetEncoding encoding() {
    return encoding;
  }

  @Override
  public int xDimension() {
    return RvParameters.DIMENSION;
  }

  @Override
  public int yDimension() {
    return encoding.width();
  }

  @Override
  public Batch simulate(int n, Rng rng) {
    return toBatch(simulator.simulate(n, rng));
  }

  /** @return the systems as (x, padded y) */
  public Batch toBatch(List<RvSimulation> systems) {
    int n = systems.size();
    DoubleMatrix x = new DoubleMatrix(n, RvParameters.DIMENSION);
    Matrix y = new DoubleMatrix(n, encoding.width());
    List<RvObservationSet> sets = new java.util.ArrayList<>(n);
    for (int r = 0; r < n; r++) {
      double[] p = systems.get(r).parameters().toArray();
      System.arraycopy(p, 0, x.data(), r * RvParameters.DIMENSION, RvParameters.DIMENSION);
      sets.add(systems.get(r).observations());
    }
    encoding.encode(sets, y);
    return new Batch(x, y);
  }
}
