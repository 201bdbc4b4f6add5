/**
 * Distributed simulation: draws from a problem's prior, runs its forward model and noise over
 * row blocks on Spark, and writes a resumable Parquet database with per-row status.
 */
package org.inversesuite.spark.simulate;
