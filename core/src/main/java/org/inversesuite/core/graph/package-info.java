/**
 * Flows that are not a plain sequence: a directed acyclic graph of invertible blocks with split,
 * merge and condition nodes, in the manner of FrEIA's {@code GraphINN} (Ardizzone et al.,
 * "Framework for Easily Invertible Architectures"). Start from {@link org.inversesuite.core.graph.GraphConfig}
 * (the JSON description, {@code "type": "graph"}); it builds a {@link org.inversesuite.core.graph.GraphBlock},
 * which is an {@link org.inversesuite.core.block.InvertibleBlock}, so a graph is one block of a
 * {@link org.inversesuite.core.flow.FlowConfig} and trains, samples and saves like any flow.
 * docs/graph-flow.md has the equations and an example.
 */
package org.inversesuite.core.graph;
