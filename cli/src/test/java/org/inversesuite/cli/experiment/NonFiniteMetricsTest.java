package org.inversesuite.cli.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.inversesuite.core.config.Json;
import org.junit.jupiter.api.Test;

class NonFiniteMetricsTest {
  private static ObjectNode metrics(double psnr, double ssim) {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("pairs", 5);
    root.put("label", "NaN is only a word here");
    ArrayNode images = root.putArray("perImage");
    images.addObject().put("psnr", 31.0).put("ssim", 0.9);
    images.addObject().put("psnr", psnr).put("ssim", ssim);
    root.putObject("mean").put("psnr", (31.0 + psnr) / 2);
    return root;
  }

  @Test
  void finiteMetricsPass() {
    assertEquals(Optional.empty(), NonFiniteMetrics.first(metrics(29.0, 0.8)));
  }

  @Test
  void namesTheFirstNonFiniteNumberByItsPath() {
    assertEquals(Optional.of("perImage[1].psnr"), NonFiniteMetrics.first(metrics(Double.NaN, 0.8)));
    assertEquals(Optional.of("perImage[1].ssim"), NonFiniteMetrics.first(metrics(28.0, Double.POSITIVE_INFINITY)));
  }

  @Test
  void findsNonFiniteValuesAtTheTopLevel() {
    ObjectNode m = metrics(29.0, 0.8);
    m.put("loss", Double.NEGATIVE_INFINITY);
    assertTrue(NonFiniteMetrics.first(m).orElseThrow().equals("loss"));
  }
}
