package org.inversesuite.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.inversesuite.cli.diagnosis.DiagnosticsFiles;
import org.inversesuite.cli.diagnosis.DiagnosticsSummary;
import org.inversesuite.core.config.Json;

/**
 * What a run folder holds for its report, each piece optional: the config, provenance and metrics
 * as JSON trees, the posterior-quality table, the diagnostics summary and the file names.
 *
 * @param folder the run folder
 * @param config config.json, or empty
 * @param provenance provenance.json, or empty
 * @param metrics metrics.json, or empty
 * @param quality posterior-quality.csv as rows of cells, the header first; empty if absent
 * @param diagnostics diagnostics.json, or empty
 * @param files every regular file in the folder, sorted by name
 */
record RunSources(Path folder, Optional<JsonNode> config, Optional<JsonNode> provenance, Optional<JsonNode> metrics,
    List<List<String>> quality, Optional<DiagnosticsSummary> diagnostics, List<String> files) {

  /**
   * @throws IllegalArgumentException if the folder does not exist or a JSON file is damaged
   */
  static RunSources read(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("run folder not found: " + folder);
    }
    List<String> files;
    try (Stream<Path> entries = Files.list(folder)) {
      files = entries.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith(".")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
    }
    return new RunSources(folder, json(folder.resolve("config.json")), json(folder.resolve("provenance.json")),
        json(folder.resolve("metrics.json")), csv(folder.resolve("posterior-quality.csv")),
        DiagnosticsFiles.read(folder), files);
  }

  /** @return whether the folder holds a file of this name */
  boolean has(String file) {
    return files.contains(file);
  }

  private static Optional<JsonNode> json(Path file) {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Json.mapper().readTree(file.toFile()));
    } catch (IOException e) {
      throw new IllegalArgumentException(file + " is not valid JSON: " + e.getMessage(), e);
    }
  }

  private static List<List<String>> csv(Path file) {
    if (!Files.exists(file)) {
      return List.of();
    }
    try {
      List<List<String>> rows = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          rows.add(Arrays.asList(line.split(",", -1)));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
