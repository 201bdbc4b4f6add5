/**
 * One-class baselines, each fitted to normal rows and scoring new rows (higher = more
 * anomalous): {@link org.inversesuite.anomaly.baseline.IsolationForest},
 * {@link org.inversesuite.anomaly.baseline.GaussianMixture}, {@link org.inversesuite.anomaly.baseline.KernelDensity},
 * {@link org.inversesuite.anomaly.baseline.OneClassSvm} (Tribuo's LibSVM), and the flow detector
 * behind the same interface ({@link org.inversesuite.anomaly.baseline.FlowMethod}).
 */
package org.inversesuite.anomaly.baseline;
