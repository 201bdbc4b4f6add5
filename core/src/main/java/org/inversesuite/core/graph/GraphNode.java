package org.inversesuite.core.graph;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * One node of a {@link GraphConfig}. Data flows along <em>ports</em>: the graph's input is the
 * port {@code "input"}, a split node {@code s} has ports {@code "s:0"}, {@code "s:1"}, …, every
 * other data node {@code n} has the one port {@code "n"}. Condition nodes are not data: a block
 * lists them (or {@code "condition"}, the graph's whole condition) in its {@code conditions}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = GraphNode.Split.class, name = "split"),
    @JsonSubTypes.Type(value = GraphNode.Merge.class, name = "merge"),
    @JsonSubTypes.Type(value = GraphNode.Block.class, name = "block"),
    @JsonSubTypes.Type(value = GraphNode.Condition.class, name = "condition")
})
public sealed interface GraphNode {
  /** Name of the graph's data input port. */
  String INPUT = "input";
  /** Name of the graph's whole condition, usable in a block's {@code conditions}. */
  String CONDITION = "condition";

  /** @return the node's unique name */
  String name();

  /** @return the ports this node reads, in order */
  List<String> reads();

  /**
   * x = [x_1, …, x_k] → (x_1, …, x_k): cuts its input into consecutive column groups.
   *
   * @param name node name
   * @param input the port read
   * @param sizes widths of the outputs, each ≥ 1, summing to the input's width
   */
  record Split(String name, String input, List<Integer> sizes) implements GraphNode {
    /** Validates the sizes. */
    public Split {
      NodeChecks.name(name);
      NodeChecks.port(name, input);
      if (sizes == null || sizes.size() < 2) {
        throw new IllegalArgumentException("split '" + name + "' needs at least two sizes, got " + sizes);
      }
      for (Integer s : sizes) {
        if (s == null || s < 1) {
          throw new IllegalArgumentException("split '" + name + "' has a size below 1: " + sizes);
        }
      }
      sizes = List.copyOf(sizes);
    }

    @Override
    public List<String> reads() {
      return List.of(input);
    }
  }

  /**
   * (x_1, …, x_k) → [x_1, …, x_k]: concatenates its inputs' columns in order.
   *
   * @param name node name
   * @param inputs the ports read, at least two
   */
  record Merge(String name, List<String> inputs) implements GraphNode {
    /** Validates the inputs. */
    public Merge {
      NodeChecks.name(name);
      if (inputs == null || inputs.size() < 2) {
        throw new IllegalArgumentException("merge '" + name + "' needs at least two inputs, got " + inputs);
      }
      inputs.forEach(p -> NodeChecks.port(name, p));
      inputs = List.copyOf(inputs);
    }

    @Override
    public List<String> reads() {
      return inputs;
    }
  }

  /**
   * z = f(x; c) for any block: x is the port read, c the concatenation of the listed conditions.
   *
   * @param name node name (its parameters are named {@code <graph>.<name>})
   * @param input the port read
   * @param conditions condition nodes (or {@code "condition"}) concatenated into c; empty: unconditional
   * @param block the block's configuration
   */
  record Block(String name, String input, List<String> conditions,
      org.inversesuite.core.block.BlockConfig block) implements GraphNode {
    /** Validates the references. */
    public Block {
      NodeChecks.name(name);
      NodeChecks.port(name, input);
      if (conditions == null) {
        throw new IllegalArgumentException("block '" + name + "' needs a conditions list (empty for none)");
      }
      conditions.forEach(p -> NodeChecks.port(name, p));
      conditions = List.copyOf(conditions);
      if (block == null) {
        throw new IllegalArgumentException("block '" + name + "' needs a block configuration");
      }
    }

    @Override
    public List<String> reads() {
      return List.of(input);
    }
  }

  /**
   * A slice c[:, offset, offset + width) of the graph's condition, for blocks to list.
   *
   * @param name node name
   * @param offset first column, ≥ 0
   * @param width number of columns, ≥ 1
   */
  record Condition(String name, int offset, int width) implements GraphNode {
    /** Validates the range. */
    public Condition {
      NodeChecks.name(name);
      if (offset < 0 || width < 1) {
        throw new IllegalArgumentException("condition '" + name + "' needs offset >= 0 and width >= 1, got offset "
            + offset + ", width " + width);
      }
    }

    @Override
    public List<String> reads() {
      return List.of();
    }
  }
}
