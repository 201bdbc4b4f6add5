package org.inversesuite.core.problem;

import java.util.List;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;

/**
 * A complete inverse problem: prior p(x), forward model f and observation noise p(y | f(x)).
 * The joint p(x, y) = p(x) p(y | f(x)) is what a cINN is trained on, and
 * p(x | y) ∝ p(x) p(y | f(x)) is the posterior it learns.
 *
 * @param id a stable identifier, e.g. "inverse-kinematics"
 * @param prior p(x)
 * @param forward f
 * @param noise p(y | f(x)); {@link ObservationModel#NONE} for noise-free problems
 * @param observationNames one name per component of y
 */
public record InverseProblem(String id, Prior prior, ForwardModel forward, ObservationModel noise,
    List<String> observationNames) implements Simulator {

  /** Checks that the dimensions of the parts agree. */
  public InverseProblem {
    if (prior.dimension() != forward.inputDimension()) {
      throw new IllegalArgumentException("prior has dimension " + prior.dimension()
          + " but the forward model takes " + forward.inputDimension());
    }
    if (observationNames.size() != forward.outputDimension()) {
      throw new IllegalArgumentException(observationNames.size() + " observation names for "
          + forward.outputDimension() + " outputs");
    }
    observationNames = List.copyOf(observationNames);
  }

  @Override
  public int xDimension() {
    return prior.dimension();
  }

  @Override
  public int yDimension() {
    return forward.outputDimension();
  }

  @Override
  public Batch simulate(int n, Rng rng) {
    Matrix x = prior.sample(n, rng);
    return new Batch(x, noise.observe(forward.apply(x), rng));
  }
}
