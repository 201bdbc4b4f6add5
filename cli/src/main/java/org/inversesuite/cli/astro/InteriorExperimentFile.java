package org.inversesuite.cli.astro;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inversesuite.astro.interior.inversion.InteriorExperimentConfig;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.config.UnknownFields;

/**
 * Reads an interior experiment ({@code experiments/astro/*.interior}). A misspelled field is
 * named with its line and the allowed names ({@link UnknownFields}); a missing or invalid value
 * names the field; both as IllegalArgumentException (exit code 2).
 */
final class InteriorExperimentFile {
  private InteriorExperimentFile() {}

  static InteriorExperimentConfig read(Path config) {
    if (!Files.isRegularFile(config)) {
      throw new IllegalArgumentException("config not found: " + config);
    }
    try {
      String text = Files.readString(config);
      JsonNode tree = Json.mapper().readTree(text);
      UnknownFields.find(tree, InteriorExperimentConfig.class, text).ifPresent(f -> {
        throw new IllegalArgumentException(config + (f.line() > 0 ? ":" + f.line() : "") + ": " + f.describe());
      });
      return Json.mapper().readValue(text, InteriorExperimentConfig.class);
    } catch (JsonMappingException e) {
      String detail = e.getCause() instanceof IllegalArgumentException ? e.getCause().getMessage() : e.getOriginalMessage();
      throw new IllegalArgumentException(config + ": invalid value at " + e.getPathReference() + ": " + detail, e);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IllegalArgumentException(config + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + config + ": " + e.getMessage(), e);
    }
  }
}
