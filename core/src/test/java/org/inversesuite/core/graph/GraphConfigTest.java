package org.inversesuite.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.inversesuite.core.block.ActNormConfig;
import org.inversesuite.core.block.BlockConfig;
import org.inversesuite.core.block.PermutationConfig;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The JSON form of a graph, and the messages of bad graphs: each names the node at fault. */
class GraphConfigTest {
  private static GraphNode.Block act(String name, String input) {
    return new GraphNode.Block(name, input, List.of(), new ActNormConfig());
  }

  private static void refused(String expected, Executable make) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, make);
    assertTrue(e.getMessage().contains(expected), "message '" + e.getMessage() + "' does not contain '" + expected + "'");
  }

  private static void build(GraphConfig g, int dimension, int conditionDimension) {
    g.build(new Parameters(Precision.FLOAT64), "g", dimension, conditionDimension, new Rng(1));
  }

  @Test
  void readsAFileWithTheSplitMergeAndConditionNodesAndWritesItBack() throws Exception {
    String json = """
        {"type": "graph", "outputs": ["m"], "nodes": [
          {"type": "condition", "name": "y0", "offset": 0, "width": 1},
          {"type": "split", "name": "s", "input": "a", "sizes": [1, 2]},
          {"type": "block", "name": "a", "input": "input", "conditions": [], "block": {"type": "actnorm"}},
          {"type": "block", "name": "p", "input": "s:1", "conditions": ["y0"], "block": {"type": "permutation", "order": [1, 0]}},
          {"type": "merge", "name": "m", "inputs": ["p", "s:0"]}]}
        """;
    BlockConfig read = Json.mapper().readValue(json, BlockConfig.class);
    GraphConfig g = (GraphConfig) read;
    assertEquals(5, g.nodes().size());
    assertEquals(read, Json.mapper().readValue(Json.mapper().writeValueAsString(read), BlockConfig.class));
    build(g, 3, 2);
  }

  @Test
  void unknownFieldsAndNodeTypesAreRefused() {
    assertThrows(JsonProcessingException.class, () -> Json.mapper().readValue("""
        {"type": "graph", "outputs": ["a"], "colour": "red", "nodes": [
          {"type": "block", "name": "a", "input": "input", "conditions": [], "block": {"type": "actnorm"}}]}
        """, BlockConfig.class));
    assertThrows(JsonProcessingException.class, () -> Json.mapper().readValue("""
        {"type": "graph", "outputs": ["a"], "nodes": [
          {"type": "block", "name": "a", "input": "input", "conditions": [], "sizes": [1], "block": {"type": "actnorm"}}]}
        """, BlockConfig.class));
    assertThrows(JsonProcessingException.class, () -> Json.mapper().readValue("""
        {"type": "graph", "outputs": ["a"], "nodes": [{"type": "shuffle", "name": "a", "input": "input"}]}
        """, BlockConfig.class));
  }

  @Test
  void cyclesAreRefused() {
    refused("cycle: nodes [a, s, b]", () -> new GraphConfig(List.of(
        new GraphNode.Merge("a", List.of("input", "b")),
        new GraphNode.Split("s", "a", List.of(1, 1)),
        act("b", "s:0")), List.of("s:1")));
    refused("cycle", () -> new GraphConfig(List.of(act("a", "a"), act("b", "input")), List.of("b")));
  }

  @Test
  void danglingAndTwiceReadPortsAreRefused() {
    refused("port 's:1' of node 's' is never read (dangling)", () -> new GraphConfig(List.of(
        new GraphNode.Split("s", "input", List.of(1, 1)), act("a", "s:0")), List.of("a")));
    refused("port 'input' is read by both 'a' and 'b'", () -> new GraphConfig(List.of(
        act("a", "input"), act("b", "input"), new GraphNode.Merge("m", List.of("a", "b"))), List.of("m")));
    refused("port 'a' is read by both 'b' and 'outputs'", () -> new GraphConfig(List.of(
        act("a", "input"), act("b", "a")), List.of("b", "a")));
    refused("a graph needs at least one output port", () -> new GraphConfig(List.of(
        new GraphNode.Condition("c", 0, 1)), List.of()));
  }

  @Test
  void badReferencesAreRefused() {
    refused("node 'a' reads 'nowhere', which is not a port", () -> new GraphConfig(List.of(act("a", "nowhere")),
        List.of("a")));
    refused("split 's' has ports s:0 to s:1", () -> new GraphConfig(List.of(
        new GraphNode.Split("s", "input", List.of(1, 1)), act("a", "s:2")), List.of("a", "s:0")));
    refused("split 's' has ports", () -> new GraphConfig(List.of(
        new GraphNode.Split("s", "input", List.of(1, 1)), act("a", "s")), List.of("a")));
    refused("'a' has one output: read it as 'a'", () -> new GraphConfig(List.of(act("a", "input")), List.of("a:0")));
    refused("reads condition node 'c' as data", () -> new GraphConfig(List.of(
        new GraphNode.Condition("c", 0, 1), new GraphNode.Merge("m", List.of("input", "c"))), List.of("m")));
    refused("block 'a' lists 'b' as a condition", () -> new GraphConfig(List.of(
        new GraphNode.Block("a", "input", List.of("b"), new ActNormConfig()), act("b", "a")), List.of("b")));
    refused("graph node name 'a' is used twice", () -> new GraphConfig(List.of(act("a", "input"), act("a", "a")),
        List.of("a")));
    refused("'input' is reserved", () -> act("input", "input"));
  }

  @Test
  void dimensionMismatchesNameTheNode() {
    refused("split 's' has sizes [1, 2] (sum 3) but its input 'input' has width 4", () -> build(new GraphConfig(List.of(
        new GraphNode.Split("s", "input", List.of(1, 2)), new GraphNode.Merge("m", List.of("s:1", "s:0"))),
        List.of("m")), 4, 0));
    refused("condition node 'c' takes columns [1, 3) but the graph's condition has 2 columns", () -> build(
        new GraphConfig(List.of(new GraphNode.Condition("c", 1, 2),
            new GraphNode.Block("a", "input", List.of("c"), new ActNormConfig())), List.of("a")), 2, 2));
    refused("block 'a' lists 'condition' but the graph has no condition", () -> build(new GraphConfig(List.of(
        new GraphNode.Block("a", "input", List.of("condition"), new ActNormConfig())), List.of("a")), 2, 0));
    refused("graph block 'p' (input width 2, condition width 0)", () -> build(new GraphConfig(List.of(
        new GraphNode.Block("p", "input", List.of(), new PermutationConfig(List.of(0, 1, 2)))), List.of("p")), 2, 0));
  }
}
