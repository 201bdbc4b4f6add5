package org.inversesuite.core.graph;

import java.util.List;
import org.inversesuite.core.block.ActNormConfig;
import org.inversesuite.core.block.AffineCouplingConfig;
import org.inversesuite.core.block.ClampActivation;
import org.inversesuite.core.block.CouplingForm;
import org.inversesuite.core.block.InvertibleBlock;
import org.inversesuite.core.block.InvertibleBlockContract;
import org.inversesuite.core.block.LuLinearConfig;
import org.inversesuite.core.block.MafConfig;
import org.inversesuite.core.block.PermutationConfig;
import org.inversesuite.core.block.RqSplineCouplingConfig;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;
import org.junit.jupiter.api.Nested;

/** Graphs of blocks against the block contract, in float64. */
class GraphBlockTest {
  static final MlpConfig SMALL = MlpConfig.of(6, 1, Activation.TANH);

  static AffineCouplingConfig coupling() {
    return new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.ATAN, 2.0, SMALL);
  }

  static GraphNode.Block block(String name, String input, List<String> conditions, org.inversesuite.core.block.BlockConfig b) {
    return new GraphNode.Block(name, input, conditions, b);
  }

  /**
   * Conditional multi-scale graph on 6 columns with a condition of 3: a coupling on everything,
   * split 2 | 4, the 4 go through a coupling conditioned on columns (2, 0, 1) of c (two condition
   * nodes, listed out of order) and a permutation, the 2 through an LU linear map; merged and
   * finished by a MAF layer that sees only c[:, 0..2).
   */
  static GraphConfig multiScale() {
    return new GraphConfig(List.of(
        new GraphNode.Condition("yA", 0, 2),
        new GraphNode.Condition("yB", 2, 1),
        block("c1", "input", List.of("condition"), coupling()),
        new GraphNode.Split("s", "c1", List.of(2, 4)),
        block("late", "s:1", List.of("yB", "yA"), coupling()),
        block("perm", "late", List.of(), PermutationConfig.random()),
        block("early", "s:0", List.of(), new LuLinearConfig(List.of(), List.of())),
        new GraphNode.Merge("m", List.of("perm", "early")),
        block("final", "m", List.of("yA"), new MafConfig(ClampActivation.ATAN, 2.0, SMALL))),
        List.of("final"));
  }

  @Nested
  class ConditionalMultiScale implements InvertibleBlockContract {
    public InvertibleBlock newBlock(Parameters p, Rng rng) {
      return multiScale().build(p, "g", 6, 3, rng);
    }
    public int dimension() { return 6; }
    public int conditionDimension() { return 3; }
    public double parameterScale() { return 0.3; }
  }

  /**
   * Unconditional, a three-way split whose parts leave through separate outputs in another order
   * (FrEIA's multi-scale outputs), with a spline coupling, ActNorm and a nested graph as nodes.
   */
  @Nested
  class UnconditionalThreeWayWithNestedGraph implements InvertibleBlockContract {
    public InvertibleBlock newBlock(Parameters p, Rng rng) {
      GraphConfig inner = new GraphConfig(List.of(
          block("a", "input", List.of(), new ActNormConfig()),
          block("b", "a", List.of(), coupling())), List.of("b"));
      GraphConfig outer = new GraphConfig(List.of(
          new GraphNode.Split("s", "input", List.of(1, 2, 2)),
          block("spline", "s:1", List.of(), new RqSplineCouplingConfig(4, 3.0, SMALL)),
          new GraphNode.Merge("m", List.of("s:2", "spline")),
          block("inner", "m", List.of(), inner)),
          List.of("inner", "s:0"));
      return outer.build(p, "g", 5, 0, rng);
    }
    public int dimension() { return 5; }
    public int conditionDimension() { return 0; }
    public double parameterScale() { return 0.3; }
  }
}
