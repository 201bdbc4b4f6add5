package org.inversesuite.imaging.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.inversesuite.core.config.Json;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.io.ImageReading;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SSIM and PSNR against scikit-image 0.19.3 on a grey and an RGB crop with σ = 25 noise
 * (fixture and its provenance: {@code make_ssim_fixture.py} beside the images).
 */
class SsimFixtureTest {
  private static Path resource(String name) throws Exception {
    return Path.of(SsimFixtureTest.class.getResource(name).toURI());
  }

  @ParameterizedTest
  @ValueSource(strings = {"camera", "astronaut"})
  void matchesScikitImage(String name) throws Exception {
    JsonNode expected = Json.mapper().readTree(resource("ssim-fixture.json").toFile()).get("values").get(name);
    Image clean = ImageReading.read(resource(name + "-clean.png")).image();
    Image noisy = ImageReading.read(resource(name + "-noisy.png")).image();
    assertEquals(expected.get("ssim").asDouble(), Ssim.of(clean, noisy), 1e-10, name + " SSIM");
    assertEquals(expected.get("psnr").asDouble(), Psnr.of(clean, noisy), 1e-10, name + " PSNR");
  }
}
