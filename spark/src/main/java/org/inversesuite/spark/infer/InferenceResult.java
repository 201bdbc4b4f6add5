package org.inversesuite.spark.infer;

/**
 * What one {@code infer} run did.
 *
 * @param out the output folder
 * @param rows input rows
 * @param summarized rows with a posterior
 * @param errors rows written to the error output
 * @param seconds wall time
 */
public record InferenceResult(String out, long rows, long summarized, long errors, double seconds) {}
