package org.inversesuite.core.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inversesuite.core.block.InvertibleBlock;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;

/**
 * A graph with its dimensions resolved and its blocks built: ports numbered (0 is the input),
 * the width of each, and the steps in topological order. Width checks happen here and name the
 * node at fault.
 */
final class GraphPlan {
  /** One step of the forward pass. */
  sealed interface Step permits SplitStep, MergeStep, BlockStep {}

  /** Port {@code in} cut into {@code outs}, output k starting at column offsets[k]. */
  record SplitStep(int in, int[] outs, int[] offsets) implements Step {}

  /** Ports {@code ins} concatenated into {@code out}, input k landing at column offsets[k]. */
  record MergeStep(int[] ins, int out, int[] offsets) implements Step {}

  /**
   * {@code out = block(in; c_b)} with c_b the columns [offsets[k], offsets[k] + widths[k]) of the
   * graph's condition, concatenated; {@code whole} when c_b is the graph's condition as it is.
   */
  record BlockStep(String name, InvertibleBlock block, int in, int out, int[] offsets, int[] widths, boolean whole,
      int slot) implements Step {}

  final List<Step> steps;
  final int[] widths;
  final int[] outputs;
  final int blocks;
  final Map<String, InvertibleBlock> built;

  private GraphPlan(List<Step> steps, int[] widths, int[] outputs, int blocks, Map<String, InvertibleBlock> built) {
    this.steps = steps;
    this.widths = widths;
    this.outputs = outputs;
    this.blocks = blocks;
    this.built = built;
  }

  static GraphPlan build(GraphConfig config, Parameters parameters, String name, int dimension, int conditionDimension,
      Rng structure) {
    Map<String, Integer> port = new HashMap<>();
    List<Integer> widths = new ArrayList<>();
    port.put(GraphNode.INPUT, 0);
    widths.add(dimension);
    Map<String, GraphNode.Condition> conditions = new HashMap<>();
    for (GraphNode n : config.nodes()) {
      if (n instanceof GraphNode.Condition c) {
        if (c.offset() + c.width() > conditionDimension) {
          throw new IllegalArgumentException("condition node '" + c.name() + "' takes columns [" + c.offset() + ", "
              + (c.offset() + c.width()) + ") but the graph's condition has " + conditionDimension + " columns");
        }
        conditions.put(c.name(), c);
      }
    }
    List<Step> steps = new ArrayList<>();
    Map<String, InvertibleBlock> built = new HashMap<>();
    int slot = 0;
    for (GraphNode n : GraphStructure.order(config.nodes(), config.outputs())) {
      if (n instanceof GraphNode.Split s) {
        int in = port.get(s.input());
        int sum = s.sizes().stream().mapToInt(Integer::intValue).sum();
        if (sum != widths.get(in)) {
          throw new IllegalArgumentException("split '" + s.name() + "' has sizes " + s.sizes() + " (sum " + sum
              + ") but its input '" + s.input() + "' has width " + widths.get(in));
        }
        int[] outs = new int[s.sizes().size()];
        int[] offsets = new int[outs.length];
        for (int k = 0, offset = 0; k < outs.length; offset += s.sizes().get(k), k++) {
          outs[k] = add(port, widths, s.name() + ":" + k, s.sizes().get(k));
          offsets[k] = offset;
        }
        steps.add(new SplitStep(in, outs, offsets));
      } else if (n instanceof GraphNode.Merge m) {
        int[] ins = new int[m.inputs().size()];
        int[] offsets = new int[ins.length];
        int total = 0;
        for (int k = 0; k < ins.length; k++) {
          ins[k] = port.get(m.inputs().get(k));
          offsets[k] = total;
          total += widths.get(ins[k]);
        }
        steps.add(new MergeStep(ins, add(port, widths, m.name(), total), offsets));
      } else if (n instanceof GraphNode.Block b) {
        int in = port.get(b.input());
        int[] offsets = new int[b.conditions().size()];
        int[] cw = new int[offsets.length];
        int total = 0;
        for (int k = 0; k < offsets.length; k++) {
          String c = b.conditions().get(k);
          if (c.equals(GraphNode.CONDITION) && conditionDimension == 0) {
            throw new IllegalArgumentException("block '" + b.name() + "' lists '" + c + "' but the graph has no condition");
          }
          offsets[k] = c.equals(GraphNode.CONDITION) ? 0 : conditions.get(c).offset();
          cw[k] = c.equals(GraphNode.CONDITION) ? conditionDimension : conditions.get(c).width();
          total += cw[k];
        }
        boolean whole = offsets.length == 1 && offsets[0] == 0 && cw[0] == conditionDimension;
        InvertibleBlock block = buildBlock(b, parameters, name, widths.get(in), total, structure);
        built.put(b.name(), block);
        steps.add(new BlockStep(b.name(), block, in, add(port, widths, b.name(), widths.get(in)), offsets, cw, whole,
            slot++));
      }
    }
    // every port is read exactly once and no node changes a width, so the outputs have the input's width
    int[] outputs = config.outputs().stream().mapToInt(port::get).toArray();
    return new GraphPlan(List.copyOf(steps), widths.stream().mapToInt(Integer::intValue).toArray(), outputs, slot, built);
  }

  private static int add(Map<String, Integer> port, List<Integer> widths, String name, int width) {
    port.put(name, widths.size());
    widths.add(width);
    return widths.size() - 1;
  }

  private static InvertibleBlock buildBlock(GraphNode.Block b, Parameters parameters, String graphName, int width,
      int conditionWidth, Rng structure) {
    try {
      InvertibleBlock block = b.block().build(parameters, graphName + "." + b.name(), width, conditionWidth,
          structure.stream(b.name()));
      if (block.dimension() != width || block.conditionDimension() != conditionWidth) {
        throw new IllegalArgumentException("built with dimension " + block.dimension() + " and condition "
            + block.conditionDimension() + ", expected " + width + " and " + conditionWidth);
      }
      return block;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("graph block '" + b.name() + "' (input width " + width + ", condition width "
          + conditionWidth + "): " + e.getMessage(), e);
    }
  }
}
