/**
 * The suite on Apache Spark: simulation databases ({@link org.inversesuite.spark.simulate}),
 * batch posterior inference over catalogues ({@link org.inversesuite.spark.infer}) and offline
 * training data read back from such databases ({@link org.inversesuite.spark.dataset}).
 *
 * <p>Spark is a {@code provided} dependency: a cluster supplies it, the {@code inverse} launcher
 * ships it for the embedded {@code local[*]} default. Nothing outside this module and the cli
 * commands that call it sees a Spark class (docs/spark.md).
 */
package org.inversesuite.spark;
