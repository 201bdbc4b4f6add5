/**
 * {@code inverse anomaly fit|score|evaluate}: the flow detector of the anomaly module on CSV
 * files, with score histograms, ROC and precision–recall plots.
 */
package org.inversesuite.cli.anomaly;
