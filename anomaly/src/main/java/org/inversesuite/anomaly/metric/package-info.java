/**
 * Pure metrics of anomaly scores against labels (higher score = more anomalous, label true =
 * anomaly): {@link org.inversesuite.anomaly.metric.Auroc}, {@link org.inversesuite.anomaly.metric.AveragePrecision},
 * {@link org.inversesuite.anomaly.metric.FprAtRecall}. They never plot.
 */
package org.inversesuite.anomaly.metric;
