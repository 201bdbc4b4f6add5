package org.inversesuite.core.diagnostics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one metric: an overall value and, where the metric is marginal, one value per
 * parameter (keyed by parameter name, in parameter order). Immutable.
 *
 * @param name a stable snake_case identifier, e.g. "calibration_error"; used as a report column
 * @param value the overall value (NaN only if the metric is undefined for this evidence)
 * @param perDimension one value per parameter name, in insertion order; empty if not marginal
 */
public record MetricResult(String name, double value, Map<String, Double> perDimension) {
  /** Copies {@code perDimension}, keeping its order; a blank name is refused. */
  public MetricResult {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("metric name must be non-blank, got '" + name + "'");
    }
    perDimension = Collections.unmodifiableMap(new LinkedHashMap<>(perDimension));
  }

  /** @return a result without per-dimension values */
  public static MetricResult scalar(String name, double value) {
    return new MetricResult(name, value, Map.of());
  }

  /**
   * @param names parameter names, one per entry of {@code values}
   * @param values the per-dimension values
   * @return a result whose overall value is the mean of {@code values}
   */
  public static MetricResult averaged(String name, List<String> names, double[] values) {
    if (names.size() != values.length) {
      throw new IllegalArgumentException(names.size() + " names for " + values.length + " values");
    }
    Map<String, Double> map = new LinkedHashMap<>();
    double sum = 0;
    for (int j = 0; j < values.length; j++) {
      map.put(names.get(j), values[j]);
      sum += values[j];
    }
    return new MetricResult(name, sum / values.length, map);
  }
}
