/**
 * Batch posterior inference on Spark: a trained cINN is broadcast to the executors and every
 * row of a catalogue (Parquet or CSV) gets its posterior summaries; bad rows go to a separate
 * error output with the reason.
 */
package org.inversesuite.spark.infer;
