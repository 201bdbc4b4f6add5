package org.inversesuite.spark.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.config.UnknownFields;

/**
 * What a simulation database holds, read from a JSON file such as
 * {@code experiments/spark/interior-simulate.json}. Together with the number of rows it
 * determines every value of the database: row r belongs to block ⌊r / blockRows⌋, whose random
 * stream is {@code new Rng(seed).stream(block)}, so neither the number of partitions nor the
 * chunking changes a value.
 *
 * @param name short name, recorded in the provenance
 * @param problem a problem id of {@link SimulationProblems}
 * @param options the problem's options (required; {@code {}} for a problem without options)
 * @param blockRows rows per random block, ≥ 1 (changing it changes the database)
 * @param chunkBlocks blocks per output chunk, the unit of resumption, ≥ 1 (does not change values)
 * @param seed the root seed
 */
public record SimulationSpec(String name, String problem, JsonNode options, int blockRows, int chunkBlocks,
    long seed) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Validates the values. */
  public SimulationSpec {
    if (name == null || !name.matches("[A-Za-z0-9._-]{1,80}")) {
      throw new IllegalArgumentException("name must be 1-80 letters, digits, '.', '_' or '-', got '" + name + "'");
    }
    if (problem == null || problem.isBlank()) {
      throw new IllegalArgumentException("problem is required; known problems: " + SimulationProblems.ids());
    }
    if (options == null || options.isNull()) {
      options = Json.mapper().createObjectNode();
    }
    if (blockRows < 1 || chunkBlocks < 1) {
      throw new IllegalArgumentException("blockRows and chunkBlocks must be >= 1, got " + blockRows + " and "
          + chunkBlocks);
    }
  }

  /** @return rows per output chunk */
  public long chunkRows() {
    return (long) blockRows * chunkBlocks;
  }

  /** @return a copy with another seed */
  public SimulationSpec withSeed(long s) {
    return new SimulationSpec(name, problem, options, blockRows, chunkBlocks, s);
  }

  /** @return a copy with another chunk size (the values stay the same) */
  public SimulationSpec withChunkBlocks(int c) {
    return new SimulationSpec(name, problem, options, blockRows, c, seed);
  }

  /**
   * @param file the JSON spec
   * @return the spec, checked, with its problem options validated
   * @throws IllegalArgumentException naming the file, line and field of any error
   */
  public static SimulationSpec read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("simulation config not found: " + file, e);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read simulation config " + file + ": " + e.getMessage(), e);
    }
    return parse(text, file.toString());
  }

  /**
   * @param text JSON text
   * @param source where it came from, for messages
   */
  public static SimulationSpec parse(String text, String source) {
    try {
      JsonNode tree = Json.mapper().readTree(text);
      var unknown = UnknownFields.find(tree, SimulationSpec.class, text);
      if (unknown.isPresent()) {
        int line = unknown.get().line();
        throw new IllegalArgumentException(source + (line > 0 ? " (line " + line + ")" : "") + ": "
            + unknown.get().describe());
      }
      SimulationSpec spec = Json.mapper().treeToValue(tree, SimulationSpec.class);
      SimulationProblems.create(spec.problem(), spec.options());
      return spec;
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
          : " (line " + e.getLocation().getLineNr() + ")";
      Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
      String message = cause == e ? e.getOriginalMessage() : cause.getMessage();
      throw new IllegalArgumentException(source + where + ": " + message, e);
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(source)) {
        throw e;
      }
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
  }

  /** @return the spec as JSON text (stored with the database) */
  public String toJson() {
    try {
      return Json.mapper().writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
