package org.inversesuite.core.graph;

/** Checks of names and port references shared by the node records. */
final class NodeChecks {
  private NodeChecks() {}

  static void name(String name) {
    if (name == null || name.isBlank() || name.contains(":")) {
      throw new IllegalArgumentException("a graph node needs a non-empty name without ':', got '" + name + "'");
    }
    if (name.equals(GraphNode.INPUT) || name.equals(GraphNode.CONDITION)) {
      throw new IllegalArgumentException("the node name '" + name + "' is reserved for the graph's own "
          + (name.equals(GraphNode.INPUT) ? "input" : "condition"));
    }
  }

  static void port(String node, String port) {
    if (port == null || port.isBlank()) {
      throw new IllegalArgumentException("node '" + node + "' reads an empty port name");
    }
  }
}
