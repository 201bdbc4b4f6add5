package org.inversesuite.core.flow;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.block.BlockConfig;
import org.inversesuite.core.block.GinCouplingConfig;
import org.inversesuite.core.block.IafConfig;
import org.inversesuite.core.block.MafConfig;
import org.inversesuite.core.block.PermutationConfig;
import org.inversesuite.core.block.RqSplineCouplingConfig;

/**
 * The flows of the review beyond the affine-coupling cINN, as plain {@link FlowConfig} block
 * lists: {@code count} times [block, random permutation], so any of them trains, samples and
 * saves like the reference cINN (a {@link org.inversesuite.core.infer.Cinn} built from them is a
 * {@link org.inversesuite.core.infer.PosteriorEstimator}). The permutations between autoregressive
 * layers give every dimension a turn at conditioning the others (Papamakarios et al. 2017).
 */
public final class FlowPresets {
  private FlowPresets() {}

  private static FlowConfig chain(int dimension, int conditionDimension, int count, BlockConfig block) {
    if (count < 1) {
      throw new IllegalArgumentException("a flow needs at least one layer, got " + count);
    }
    List<BlockConfig> blocks = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      blocks.add(block);
      blocks.add(PermutationConfig.random());
    }
    return new FlowConfig(dimension, conditionDimension, blocks, ConditionNetworkConfig.none());
  }

  /** @return a masked autoregressive flow: one-pass density, sequential sampling */
  public static FlowConfig maf(int dimension, int conditionDimension, int count, MafConfig layer) {
    return chain(dimension, conditionDimension, count, layer);
  }

  /** @return an inverse autoregressive flow: one-pass sampling, sequential density */
  public static FlowConfig iaf(int dimension, int conditionDimension, int count, IafConfig layer) {
    return chain(dimension, conditionDimension, count, layer);
  }

  /** @return a rational-quadratic neural spline flow of coupling blocks */
  public static FlowConfig splineCoupling(int dimension, int conditionDimension, int count,
      RqSplineCouplingConfig layer) {
    return chain(dimension, conditionDimension, count, layer);
  }

  /** @return a volume-preserving GIN flow */
  public static FlowConfig gin(int dimension, int conditionDimension, int count, GinCouplingConfig layer) {
    return chain(dimension, conditionDimension, count, layer);
  }
}
