package org.inversesuite.core.baseline;

import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.Simulator;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;

/**
 * Fresh simulations in standardised units, ũ = (u − μ)/σ per column for x and for y, with μ and
 * σ fitted on 10 000 simulations of the stream "normalization": what the neural baselines train
 * on (online, as the cINN does). Not thread-safe (one random stream).
 */
final class NormalizedSimulations {
  private static final int FIT_SIZE = 10_000;

  private final Simulator simulator;
  private final Standardization xNorm;
  private final Standardization yNorm;
  private final Rng rng;
  private final Precision precision;

  /**
   * @param root the training's root stream; "normalization" and "training" derive from it
   * @param precision precision of the batches handed out
   */
  NormalizedSimulations(Simulator simulator, Rng root, Precision precision) {
    Batch fit = simulator.simulate(FIT_SIZE, root.stream("normalization"));
    this.simulator = simulator;
    this.xNorm = Standardization.fit(fit.x());
    this.yNorm = Standardization.fit(fit.y());
    this.rng = root.stream("training");
    this.precision = precision;
  }

  Standardization xNorm() {
    return xNorm;
  }

  Standardization yNorm() {
    return yNorm;
  }

  /** @return n fresh simulations, standardised, in this object's precision */
  Batch next(int n) {
    Batch b = simulator.simulate(n, rng);
    Matrix x = Matrix.zeros(precision, n, b.x().cols());
    Matrix y = Matrix.zeros(precision, n, b.y().cols());
    xNorm.apply(b.x(), x);
    yNorm.apply(b.y(), y);
    return new Batch(x, y);
  }
}
