package org.inversesuite.anomaly.table;

/** What to do with a column whose cells are text, not numbers. */
public enum CategoricalPolicy {
  /** Refuse the table, naming every categorical column. */
  REFUSE,
  /** Encode each such column as one 0/1 feature per category seen in training. */
  ONE_HOT
}
