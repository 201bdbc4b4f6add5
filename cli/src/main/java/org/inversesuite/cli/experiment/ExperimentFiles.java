package org.inversesuite.cli.experiment;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.config.UnknownFields;

/**
 * Reads experiment configs with messages a researcher can act on: the file, the line and the
 * field of an unknown name, a wrong type or an out-of-range value; and applies command-line
 * overrides of single fields ({@code --set training.learningRate=5e-4}).
 */
public final class ExperimentFiles {
  private ExperimentFiles() {}

  /** A config that cannot be used; the message names the file, the line and the field. */
  public static final class ConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    ConfigException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * @param file a JSON experiment config
   * @param overrides "dotted.path=value" assignments applied before validation
   */
  public static ExperimentConfig read(Path file, List<String> overrides) {
    return bind(tree(file, overrides), ExperimentConfig.class);
  }

  /**
   * A config file as a tree, with the overrides applied.
   *
   * @param file the file
   * @param root its top-level object
   * @param text its text when no override changed it (to find lines of unknown fields), else null
   */
  public record Tree(Path file, ObjectNode root, String text) {}

  /**
   * @param file a JSON config
   * @param overrides "dotted.path=value" assignments
   * @return the tree, not yet validated against any record
   */
  public static Tree tree(Path file, List<String> overrides) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new ConfigException("config file not found: " + file, e);
    } catch (IOException e) {
      throw new ConfigException("cannot read config file " + file + ": " + e.getMessage(), e);
    }
    JsonNode tree;
    try {
      tree = Json.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new ConfigException(file + where(e.getLocation()) + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (!(tree instanceof ObjectNode root)) {
      throw new ConfigException(file + ": the config must be a JSON object", null);
    }
    for (String o : overrides) {
      apply(root, o, file);
    }
    return new Tree(file, root, overrides.isEmpty() ? text : null);
  }

  /**
   * @param type the config record
   * @return the tree bound to {@code type}; an unknown field, a wrong type or an invalid value
   *     is refused naming the file, the line and the field
   */
  public static <T> T bind(Tree tree, Class<T> type) {
    return parse(tree.root(), tree.file().toString(), tree.text(), type);
  }

  /** @return the config as a tree with the overrides applied (for the embedded default) */
  public static ExperimentConfig withOverrides(ExperimentConfig config, List<String> overrides) {
    ObjectNode root = Json.mapper().valueToTree(config);
    for (String o : overrides) {
      apply(root, o, null);
    }
    return parse(root, "embedded default config", null, ExperimentConfig.class);
  }

  private static <T> T parse(ObjectNode root, String source, String originalText, Class<T> type) {
    UnknownFields.find(root, type, originalText).ifPresent(f -> {
      throw new ConfigException(source + (f.line() > 0 ? ":" + f.line() : "") + ": " + f.describe(), null);
    });
    try {
      return originalText != null ? Json.mapper().readValue(originalText, type) : Json.mapper().treeToValue(root, type);
    } catch (UnrecognizedPropertyException e) {
      String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream().map(Object::toString)
          .sorted().collect(Collectors.joining(", "));
      throw new ConfigException(source + where(e.getLocation()) + ": unknown field '" + e.getPropertyName() + "' in "
          + path(e) + " (known fields: " + known + ")", e);
    } catch (JsonMappingException e) {
      Throwable cause = e.getCause();
      String detail = cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage();
      throw new ConfigException(source + where(e.getLocation()) + ": invalid value at " + path(e) + ": " + detail, e);
    } catch (JsonProcessingException e) {
      throw new ConfigException(source + where(e.getLocation()) + ": " + e.getOriginalMessage(), e);
    }
  }

  private static String where(JsonLocation location) {
    return location == null || location.getLineNr() < 1 ? "" : ":" + location.getLineNr() + ":" + location.getColumnNr();
  }

  private static String path(JsonMappingException e) {
    String p = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."));
    return p.isEmpty() ? "the top level" : "'" + p.replace(".[", "[") + "'";
  }

  private static void apply(ObjectNode root, String assignment, Path file) {
    int eq = assignment.indexOf('=');
    if (eq <= 0) {
      throw new ConfigException("override '" + assignment + "' must look like section.field=value", null);
    }
    String[] keys = assignment.substring(0, eq).trim().split("\\.");
    String raw = assignment.substring(eq + 1).trim();
    ObjectNode node = root;
    for (int i = 0; i < keys.length - 1; i++) {
      JsonNode child = node.get(keys[i]);
      if (!(child instanceof ObjectNode obj)) {
        throw new ConfigException("override '" + assignment + "': no section '" + keys[i] + "'"
            + (file == null ? "" : " in " + file), null);
      }
      node = obj;
    }
    String last = keys[keys.length - 1];
    if (!node.has(last)) {
      throw new ConfigException("override '" + assignment + "': no field '" + last + "' (known: "
          + String.join(", ", (Iterable<String>) node::fieldNames) + ")", null);
    }
    JsonNode value;
    try {
      value = Json.mapper().readTree(raw);
    } catch (JsonProcessingException e) {
      value = Json.mapper().getNodeFactory().textNode(raw);
    }
    node.set(last, value == null ? Json.mapper().getNodeFactory().textNode(raw) : value);
  }
}
