package org.inversesuite.anomaly.benchmark;

/**
 * One fit and evaluation of the one-class protocol.
 *
 * @param dataset table name
 * @param normalClass the class name used as normal
 * @param method method name
 * @param seed the split and fit seed
 * @param auroc area under the ROC curve
 * @param auprc average precision (anomalies positive)
 * @param fprAt95 false-positive rate at 95% recall
 * @param seconds fit and score time
 */
public record BenchmarkResult(String dataset, String normalClass, String method, long seed, double auroc, double auprc,
    double fprAt95, double seconds) {}
