package org.inversesuite.core.block;

import java.util.List;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;

/**
 * Configuration of an {@link AllInOneBlock}.
 *
 * @param subnet hidden layers of the coupling subnet
 * @param clamp α of the tanh clamp of the log-scale
 * @param globalAffineInit initial value γ₀ of the global scale
 * @param permutation the fixed permutation applied last; empty: random when built
 */
public record AllInOneConfig(MlpConfig subnet, double clamp, double globalAffineInit, List<Integer> permutation)
    implements BlockConfig {
  /** Validates the values. */
  public AllInOneConfig {
    if (subnet == null) {
      throw new IllegalArgumentException("subnet is required");
    }
    if (!(clamp > 0) || Double.isInfinite(clamp)) {
      throw new IllegalArgumentException("clamp must be a positive finite number, got " + clamp);
    }
    if (!(globalAffineInit > 0) || Double.isInfinite(globalAffineInit)) {
      throw new IllegalArgumentException("globalAffineInit must be a positive finite number, got " + globalAffineInit);
    }
    permutation = permutation == null ? List.of() : List.copyOf(permutation);
  }

  /** @return FrEIA's defaults: clamp 2, γ₀ = 1, random permutation, 2x128 ReLU subnet */
  public static AllInOneConfig defaults() {
    return new AllInOneConfig(MlpConfig.defaults(), 2.0, 1.0, List.of());
  }

  /** @return a copy with another subnet */
  public AllInOneConfig withSubnet(MlpConfig s) {
    return new AllInOneConfig(s, clamp, globalAffineInit, permutation);
  }

  @Override
  public InvertibleBlock build(Parameters parameters, String name, int dimension, int conditionDimension, Rng structure) {
    int[] p = permutation.isEmpty() ? structure.permutation(dimension)
        : permutation.stream().mapToInt(Integer::intValue).toArray();
    return new AllInOneBlock(this, p, parameters, name, dimension, conditionDimension);
  }
}
