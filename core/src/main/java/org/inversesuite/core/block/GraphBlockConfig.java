package org.inversesuite.core.block;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.inversesuite.core.graph.GraphConfig;

/**
 * The configuration of a block that is itself a graph of blocks ({@code org.inversesuite.core.graph}).
 * Java requires the permitted subtypes of the sealed {@link BlockConfig} to share its package;
 * this non-sealed member is the door through which the graph package's config joins it, and
 * Jackson finds its {@code "type"} name ({@code "graph"}) here.
 */
@JsonSubTypes({@JsonSubTypes.Type(value = GraphConfig.class, name = "graph")})
public non-sealed interface GraphBlockConfig extends BlockConfig {
}
