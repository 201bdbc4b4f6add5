/**
 * Which simulator a Spark job runs: a small JSON spec (problem id, its options, the row-block
 * size and the seed) that executors turn back into an {@link org.inversesuite.core.problem.InverseProblem}.
 */
package org.inversesuite.spark.problem;
