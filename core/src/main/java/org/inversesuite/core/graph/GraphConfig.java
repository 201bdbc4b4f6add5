package org.inversesuite.core.graph;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.block.BlockConfig;
import org.inversesuite.core.block.GraphBlockConfig;
import org.inversesuite.core.block.InvertibleBlock;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;

/**
 * A flow described as a directed acyclic graph of blocks (FrEIA's {@code GraphINN}), JSON
 * {@code "type": "graph"}: the {@code nodes} (split, merge, block, condition; see {@link GraphNode})
 * in any order, and the {@code outputs}, the ports concatenated into z. The structure is checked
 * here (names, references, each port read once, no cycle); the widths when the graph is built
 * for a dimension and a condition width. Example, a two-scale flow of 4 columns:
 * <pre>{@code
 * {"type": "graph", "outputs": ["early", "late"], "nodes": [
 *   {"type": "block", "name": "c1", "input": "input", "conditions": ["condition"], "block": {"type": "affine-coupling", ...}},
 *   {"type": "split", "name": "s", "input": "c1", "sizes": [2, 2]},
 *   {"type": "block", "name": "early", "input": "s:0", "conditions": [], "block": {"type": "actnorm"}},
 *   {"type": "block", "name": "late", "input": "s:1", "conditions": ["condition"], "block": {...}}]}
 * }</pre>
 *
 * @param nodes the nodes, unique names
 * @param outputs ports concatenated, in order, into the graph's output
 */
public record GraphConfig(List<GraphNode> nodes, List<String> outputs) implements GraphBlockConfig {
  /** Copies the lists and checks the structure; messages name the node at fault. */
  public GraphConfig {
    if (nodes == null || nodes.isEmpty()) {
      throw new IllegalArgumentException("a graph needs at least one node");
    }
    nodes = List.copyOf(nodes);
    outputs = outputs == null ? List.of() : List.copyOf(outputs);
    GraphStructure.order(nodes, outputs);
  }

  @Override
  public InvertibleBlock build(Parameters parameters, String name, int dimension, int conditionDimension, Rng structure) {
    GraphPlan plan = GraphPlan.build(this, parameters, name, dimension, conditionDimension, structure);
    List<GraphNode> resolved = new ArrayList<>();
    for (GraphNode n : nodes) {
      if (n instanceof GraphNode.Block b) {
        BlockConfig explicit = plan.built.get(b.name()).config();
        resolved.add(new GraphNode.Block(b.name(), b.input(), b.conditions(), explicit));
      } else {
        resolved.add(n);
      }
    }
    return new GraphBlock(new GraphConfig(resolved, outputs), plan, parameters, dimension, conditionDimension);
  }
}
