/**
 * Offline training data from a simulation database or a table (Parquet or CSV), streamed from
 * Spark into a memory-mapped file so that data larger than the heap can be trained on.
 */
package org.inversesuite.spark.dataset;
