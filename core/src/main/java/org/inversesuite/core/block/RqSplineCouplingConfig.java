package org.inversesuite.core.block;

import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;

/**
 * Configuration of an {@link RqSplineCouplingBlock}.
 *
 * @param bins K, the number of spline bins (at least 2)
 * @param bound B: the spline acts on [−B, B], the identity outside
 * @param subnet hidden layers of each subnet
 */
public record RqSplineCouplingConfig(int bins, double bound, MlpConfig subnet) implements BlockConfig {
  /** Validates the values. */
  public RqSplineCouplingConfig {
    if (bins < 2 || bins > 1000) {
      throw new IllegalArgumentException("bins must be in [2, 1000], got " + bins);
    }
    if (!(bound > 0) || Double.isInfinite(bound)) {
      throw new IllegalArgumentException("bound must be a positive finite number, got " + bound);
    }
    if (subnet == null) {
      throw new IllegalArgumentException("subnet is required");
    }
  }

  /**
   * The interval is set by the standard-normal base, not by the data: every spline maps [−B, B]
   * onto itself and is the identity outside, so a flow of these couplings and permutations maps
   * the box [−B, B]^D onto itself, and its samples outside the box are exactly the base draws
   * outside it, a fraction 1 − (1 − 2Φ(−B))^D whatever the training (1.1% for B = 3, D = 4, all
   * far outside a bounded prior; 2.3·10⁻⁶ for B = 5). Data of unit variance lies inside [−5, 5].
   *
   * @return 8 bins on [−5, 5], two hidden layers of 128 ReLU
   */
  public static RqSplineCouplingConfig defaults() {
    return new RqSplineCouplingConfig(8, 5.0, MlpConfig.defaults());
  }

  /** @return a copy with another subnet */
  public RqSplineCouplingConfig withSubnet(MlpConfig s) {
    return new RqSplineCouplingConfig(bins, bound, s);
  }

  @Override
  public InvertibleBlock build(Parameters parameters, String name, int dimension, int conditionDimension, Rng structure) {
    return new RqSplineCouplingBlock(this, parameters, name, dimension, conditionDimension);
  }
}
