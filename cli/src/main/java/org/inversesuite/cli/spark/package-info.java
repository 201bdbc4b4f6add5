/**
 * The Spark commands of {@code inverse}: {@code simulate} (simulation databases),
 * {@code infer} (batch posteriors over catalogues) and {@code train-offline} (training from a
 * database). They run on the embedded {@code local[*]} session unless {@code --master} or
 * spark-submit names another (docs/spark.md).
 */
package org.inversesuite.cli.spark;
