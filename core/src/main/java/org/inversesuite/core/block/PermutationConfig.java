package org.inversesuite.core.block;

import java.util.List;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;

/**
 * Configuration of a {@link PermutationBlock}.
 *
 * @param order {@code out[i] = in[order[i]]}; empty: drawn uniformly at random when built
 */
public record PermutationConfig(List<Integer> order) implements BlockConfig {
  /** Copies the order. */
  public PermutationConfig {
    order = order == null ? List.of() : List.copyOf(order);
  }

  /** @return a random permutation, drawn when the block is built */
  public static PermutationConfig random() {
    return new PermutationConfig(List.of());
  }

  @Override
  public InvertibleBlock build(Parameters parameters, String name, int dimension, int conditionDimension, Rng structure) {
    int[] p = order.isEmpty() ? structure.permutation(dimension) : order.stream().mapToInt(Integer::intValue).toArray();
    return new PermutationBlock(p, parameters, conditionDimension);
  }
}
