package org.inversesuite.spark.simulate;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.util.AccumulatorV2;

/**
 * Rows per status kind, summed over the executors' tasks. A failure reason carries numbers
 * (the mass, the row), so it is counted under its text up to the first digit.
 */
final class StatusCounts extends AccumulatorV2<String, Map<String, Long>> {
  private static final long serialVersionUID = 1L;

  private final TreeMap<String, Long> counts = new TreeMap<>();

  static String kind(String status) {
    int cut = 0;
    while (cut < status.length() && !Character.isDigit(status.charAt(cut))) {
      cut++;
    }
    return status.substring(0, cut).strip();
  }

  @Override
  public boolean isZero() {
    return counts.isEmpty();
  }

  @Override
  public AccumulatorV2<String, Map<String, Long>> copy() {
    StatusCounts c = new StatusCounts();
    c.counts.putAll(counts);
    return c;
  }

  @Override
  public void reset() {
    counts.clear();
  }

  @Override
  public void add(String status) {
    counts.merge(kind(status), 1L, Long::sum);
  }

  @Override
  public void merge(AccumulatorV2<String, Map<String, Long>> other) {
    other.value().forEach((k, v) -> counts.merge(k, v, Long::sum));
  }

  @Override
  public Map<String, Long> value() {
    return counts;
  }
}
