package org.inversesuite.molecules.design;

import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.Simulator;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;

/**
 * Training-time noise on the logP condition: a batch (x, y) of the wrapped sampler becomes
 * (x, y + ε e₁) with ε ~ N(0, σ_c²) per row, added to the first condition column (logP, in its own
 * units, before standardisation) only; x and any further condition column (the weight) are kept.
 * It widens the support of the condition the flow is trained on (a smoothed conditional density,
 * as in noise regularisation of conditional density estimators, Rothfuss et al. 2019,
 * arXiv:1907.08982). The noise is drawn from the stream "condition-noise" derived from the batch's
 * stream, which depends on that stream's seed only, so the rows x are exactly those of the wrapped
 * sampler.
 */
public final class NoisyCondition implements Simulator {
  private final Simulator inner;
  private final double sigma;

  /**
   * @param inner the batches
   * @param sigma σ_c &gt; 0, in logP units
   */
  public NoisyCondition(Simulator inner, double sigma) {
    if (!(sigma > 0 && Double.isFinite(sigma))) {
      throw new IllegalArgumentException("condition noise must be a finite number > 0, got " + sigma);
    }
    this.inner = inner;
    this.sigma = sigma;
  }

  @Override
  public int xDimension() {
    return inner.xDimension();
  }

  @Override
  public int yDimension() {
    return inner.yDimension();
  }

  @Override
  public Batch simulate(int n, Rng rng) {
    Batch batch = inner.simulate(n, rng);
    Rng noise = rng.stream("condition-noise");
    Matrix y = batch.y().copy();
    for (int r = 0; r < y.rows(); r++) {
      y.set(r, 0, y.get(r, 0) + sigma * noise.gaussian());
    }
    return new Batch(batch.x(), y);
  }
}
