package org.inversesuite.core.flow;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.block.AffineCouplingConfig;
import org.inversesuite.core.block.BlockConfig;
import org.inversesuite.core.block.PermutationConfig;
import org.inversesuite.core.nn.DeepSetEncoder;

/**
 * The architecture of a conditional flow: the blocks in data-to-latent order and the optional
 * condition network. Pure data, read from and written to JSON.
 *
 * @param dimension width of x
 * @param conditionDimension width of the observation y (0 for an unconditional flow)
 * @param blocks the blocks, applied in order in the forward (x → z) direction
 * @param conditionNetwork feature extractor for y, or {@link ConditionNetworkConfig#none()}
 */
public record FlowConfig(int dimension, int conditionDimension, List<BlockConfig> blocks,
    ConditionNetworkConfig conditionNetwork) {
  /** Validates the values. */
  public FlowConfig {
    if (dimension < 1) {
      throw new IllegalArgumentException("dimension must be >= 1, got " + dimension);
    }
    if (conditionDimension < 0) {
      throw new IllegalArgumentException("conditionDimension must be >= 0, got " + conditionDimension);
    }
    if (blocks == null || blocks.isEmpty()) {
      throw new IllegalArgumentException("a flow needs at least one block");
    }
    blocks = List.copyOf(blocks);
    conditionNetwork = conditionNetwork == null ? ConditionNetworkConfig.none() : conditionNetwork;
    if (conditionNetwork.enabled() && conditionDimension == 0) {
      throw new IllegalArgumentException("a condition network needs a condition (conditionDimension is 0)");
    }
    int setWidth = DeepSetEncoder.inputWidth(conditionNetwork.setSlots(), conditionNetwork.elementWidth(),
        conditionNetwork.globalWidth());
    if (conditionNetwork.setEncoder() && conditionDimension != setWidth) {
      throw new IllegalArgumentException("a set of " + conditionNetwork.setSlots() + " slots of "
          + conditionNetwork.elementWidth() + " features and " + conditionNetwork.globalWidth()
          + " global features needs conditionDimension " + setWidth + " (features and a mask per slot, then the "
          + "globals), got " + conditionDimension);
    }
  }

  /**
   * @return {@code count} times [coupling, random permutation]: the cINN of Ardizzone et al. and
   *     of the inverse-kinematics reference (FrEIA SequenceINN of GLOWCouplingBlock, PermuteRandom)
   */
  public static FlowConfig couplingChain(int dimension, int conditionDimension, int count, AffineCouplingConfig coupling) {
    List<BlockConfig> blocks = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      blocks.add(coupling);
      blocks.add(PermutationConfig.random());
    }
    return new FlowConfig(dimension, conditionDimension, blocks, ConditionNetworkConfig.none());
  }

  /** @return a copy with another condition network */
  public FlowConfig withConditionNetwork(ConditionNetworkConfig network) {
    return new FlowConfig(dimension, conditionDimension, blocks, network);
  }

  /** @return width of the condition seen by the blocks */
  public int featureDimension() {
    return conditionNetwork.enabled() ? conditionNetwork.features() : conditionDimension;
  }
}
