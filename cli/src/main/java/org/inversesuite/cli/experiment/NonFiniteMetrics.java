package org.inversesuite.cli.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a metric that is NaN or infinite in a run's metrics tree: the sign that a domain
 * training diverged, so that {@code inverse train} can exit with a failure instead of 0.
 */
public final class NonFiniteMetrics {
  private NonFiniteMetrics() {}

  /**
   * @param metrics a run's metrics (objects and arrays are searched depth first, in field order)
   * @return the path of the first non-finite number, e.g. {@code heldOut.mean.psnr} or
   *     {@code perImage[2].ssim}, or empty when every number is finite
   */
  public static Optional<String> first(JsonNode metrics) {
    return find(metrics, "");
  }

  private static Optional<String> find(JsonNode node, String path) {
    if (node.isNumber()) {
      return Double.isFinite(node.doubleValue()) ? Optional.empty() : Optional.of(path);
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        Optional<String> found = find(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey());
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        Optional<String> found = find(node.get(i), path + "[" + i + "]");
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }
}
