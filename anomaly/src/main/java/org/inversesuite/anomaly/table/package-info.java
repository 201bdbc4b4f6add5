/**
 * Tables for anomaly detection: a CSV file read as text ({@link org.inversesuite.anomaly.table.TextTable}),
 * the column schema inferred from training data ({@link org.inversesuite.anomaly.table.TableSchema})
 * and its encoding into a numeric feature matrix, with one-hot encoding of categorical columns
 * when asked. Every refusal names the file, the line and the column.
 */
package org.inversesuite.anomaly.table;
