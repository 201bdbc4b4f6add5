package org.inversesuite.core.block;

import java.util.List;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;

/**
 * Configuration of an {@link LuLinearBlock}.
 *
 * @param pivot the fixed row permutation P (row {@code pivot[i]} of W is row i of L·V); empty:
 *     taken from the LU decomposition of a random orthogonal matrix when built
 * @param signs the fixed signs of V's diagonal (+1 or −1), empty together with {@code pivot}
 */
public record LuLinearConfig(List<Integer> pivot, List<Integer> signs) implements BlockConfig {
  /** Validates that pivot and signs are both given or both empty, of equal length, signs ±1. */
  public LuLinearConfig {
    pivot = pivot == null ? List.of() : List.copyOf(pivot);
    signs = signs == null ? List.of() : List.copyOf(signs);
    if (pivot.size() != signs.size()) {
      throw new IllegalArgumentException("pivot has " + pivot.size() + " entries but signs has " + signs.size());
    }
    for (int s : signs) {
      if (s != 1 && s != -1) {
        throw new IllegalArgumentException("signs must be +1 or -1, got " + signs);
      }
    }
  }

  /** @return a block initialised from a random rotation (Glow's recipe) */
  public static LuLinearConfig random() {
    return new LuLinearConfig(List.of(), List.of());
  }

  @Override
  public InvertibleBlock build(Parameters parameters, String name, int dimension, int conditionDimension, Rng structure) {
    return pivot.isEmpty()
        ? LuLinearBlock.randomRotation(parameters, name, dimension, conditionDimension, structure)
        : new LuLinearBlock(parameters, name, pivot.stream().mapToInt(Integer::intValue).toArray(),
            signs.stream().mapToInt(Integer::intValue).toArray(), conditionDimension, null);
  }
}
