package org.inversesuite.core.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The checks that need no dimensions, run when a {@link GraphConfig} is made: unique names,
 * references that resolve, every data port read exactly once (an invertible graph neither copies
 * nor drops columns), conditions only where conditions go, and no cycle. Yields the data nodes in
 * topological order (Kahn's algorithm, ties in the order of the file).
 */
final class GraphStructure {
  private GraphStructure() {}

  /** A port reference "node" or "node:k" (index −1 when absent). */
  record Port(String node, int index) {
    static Port parse(String text, String reader) {
      int colon = text.lastIndexOf(':');
      if (colon < 0) {
        return new Port(text, -1);
      }
      try {
        return new Port(text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("node '" + reader + "' reads '" + text
            + "': a port is 'node' or 'node:k' with an integer k");
      }
    }

    String text() {
      return index < 0 ? node : node + ":" + index;
    }
  }

  /** @return the data nodes (all but condition nodes) in topological order */
  static List<GraphNode> order(List<GraphNode> nodes, List<String> outputs) {
    Map<String, GraphNode> byName = new LinkedHashMap<>();
    for (GraphNode n : nodes) {
      if (byName.put(n.name(), n) != null) {
        throw new IllegalArgumentException("graph node name '" + n.name() + "' is used twice");
      }
    }
    Map<String, String> readers = new HashMap<>();
    Map<String, List<String>> dependents = new HashMap<>();
    Map<String, Integer> pending = new LinkedHashMap<>();
    for (GraphNode n : nodes) {
      if (n instanceof GraphNode.Condition) {
        continue;
      }
      pending.put(n.name(), 0);
      for (String text : n.reads()) {
        Port p = resolve(text, n.name(), byName);
        claim(readers, p.text(), n.name());
        if (!p.node().equals(GraphNode.INPUT)) {
          dependents.computeIfAbsent(p.node(), k -> new ArrayList<>()).add(n.name());
          pending.merge(n.name(), 1, Integer::sum);
        }
      }
      if (n instanceof GraphNode.Block b) {
        for (String c : b.conditions()) {
          GraphNode source = byName.get(c);
          if (!c.equals(GraphNode.CONDITION) && !(source instanceof GraphNode.Condition)) {
            throw new IllegalArgumentException("block '" + b.name() + "' lists '" + c + "' as a condition, but only '"
                + GraphNode.CONDITION + "' and condition nodes can be conditions (condition nodes: "
                + names(nodes, GraphNode.Condition.class) + ")");
          }
        }
      }
    }
    if (outputs == null || outputs.isEmpty()) {
      throw new IllegalArgumentException("a graph needs at least one output port");
    }
    for (String text : outputs) {
      claim(readers, resolve(text, "outputs", byName).text(), "outputs");
    }
    requireAllRead(nodes, readers);
    return topological(byName, pending, dependents);
  }

  private static Port resolve(String text, String reader, Map<String, GraphNode> byName) {
    Port p = Port.parse(text, reader);
    if (p.node().equals(GraphNode.INPUT) && p.index() < 0) {
      return p;
    }
    GraphNode source = byName.get(p.node());
    if (source == null) {
      throw new IllegalArgumentException("node '" + reader + "' reads '" + text + "', which is not a port of the graph ("
          + "ports come from '" + GraphNode.INPUT + "' and the nodes " + byName.keySet() + ")");
    }
    if (source instanceof GraphNode.Condition) {
      throw new IllegalArgumentException("node '" + reader + "' reads condition node '" + p.node()
          + "' as data; a condition feeds a block through its 'conditions' list");
    }
    if (source instanceof GraphNode.Split s) {
      if (p.index() < 0 || p.index() >= s.sizes().size()) {
        throw new IllegalArgumentException("node '" + reader + "' reads '" + text + "', but split '" + s.name()
            + "' has ports " + s.name() + ":0 to " + s.name() + ":" + (s.sizes().size() - 1));
      }
    } else if (p.index() >= 0) {
      throw new IllegalArgumentException("node '" + reader + "' reads '" + text + "', but '" + p.node()
          + "' has one output: read it as '" + p.node() + "'");
    }
    return p;
  }

  private static void claim(Map<String, String> readers, String port, String reader) {
    String earlier = readers.putIfAbsent(port, reader);
    if (earlier != null) {
      throw new IllegalArgumentException("port '" + port + "' is read by both '" + earlier + "' and '" + reader
          + "'; in an invertible graph every port is read exactly once (a split makes two ports of one)");
    }
  }

  private static void requireAllRead(List<GraphNode> nodes, Map<String, String> readers) {
    if (!readers.containsKey(GraphNode.INPUT)) {
      throw new IllegalArgumentException("the graph's input port '" + GraphNode.INPUT + "' is never read");
    }
    for (GraphNode n : nodes) {
      List<String> ports = new ArrayList<>();
      if (n instanceof GraphNode.Split s) {
        for (int k = 0; k < s.sizes().size(); k++) {
          ports.add(s.name() + ":" + k);
        }
      } else if (!(n instanceof GraphNode.Condition)) {
        ports.add(n.name());
      }
      for (String p : ports) {
        if (!readers.containsKey(p)) {
          throw new IllegalArgumentException("port '" + p + "' of node '" + n.name() + "' is never read (dangling): "
              + "pass it to another node or list it in 'outputs'");
        }
      }
    }
  }

  private static List<GraphNode> topological(Map<String, GraphNode> byName, Map<String, Integer> pending,
      Map<String, List<String>> dependents) {
    Deque<String> ready = new ArrayDeque<>();
    pending.forEach((name, count) -> {
      if (count == 0) {
        ready.add(name);
      }
    });
    List<GraphNode> order = new ArrayList<>();
    while (!ready.isEmpty()) {
      String name = ready.poll();
      order.add(byName.get(name));
      for (String d : dependents.getOrDefault(name, List.of())) {
        if (pending.merge(d, -1, Integer::sum) == 0) {
          ready.add(d);
        }
      }
    }
    if (order.size() < pending.size()) {
      List<String> stuck = pending.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
      throw new IllegalArgumentException("the graph has a cycle: nodes " + stuck
          + " wait on each other (a graph of invertible blocks must be acyclic)");
    }
    return order;
  }

  private static String names(List<GraphNode> nodes, Class<?> kind) {
    return nodes.stream().filter(kind::isInstance).map(GraphNode::name).collect(Collectors.joining(", ", "[", "]"));
  }
}
