package org.inversesuite.data.benchmark;

import java.util.List;
import org.inversesuite.core.problem.InverseProblem;
import org.inversesuite.core.problem.ObservationModel;

/**
 * The 1-D ballistics benchmark of Kruse et al. 2021, "Benchmarking invertible architectures on
 * inverse problems" (arXiv:2101.10763): recover the launch x = (x₀, y₀, α, v₀) of a ball from
 * where it hits the ground.
 *
 * <ul>
 *   <li>Prior: {@link BallisticsPrior}.
 *   <li>Forward model: {@link BallisticsForwardModel} with g = 9.81, k = 0.25, m = 0.2.
 *   <li>No observation noise: the posterior lives on a 3-D manifold in ℝ⁴ (and v₀ is discrete).
 * </ul>
 */
public final class Ballistics {
  /** Identifier of the problem. */
  public static final String ID = "ballistics";
  /** Parameter names, in column order. */
  public static final List<String> PARAMETER_NAMES = List.of("x0", "y0", "angle", "v0");
  /** Observation names. */
  public static final List<String> OBSERVATION_NAMES = List.of("impact_x");

  private Ballistics() {}

  /** @return the prior of Kruse et al. 2021 */
  public static BallisticsPrior prior() {
    return new BallisticsPrior();
  }

  /** @return the forward model with g = 9.81, k = 0.25, m = 0.2 */
  public static BallisticsForwardModel forwardModel() {
    return BallisticsForwardModel.kruse2021();
  }

  /** @return the problem: id "ballistics", noise-free, observation named impact_x */
  public static InverseProblem problem() {
    return new InverseProblem(ID, prior(), forwardModel(), ObservationModel.NONE, OBSERVATION_NAMES);
  }
}
