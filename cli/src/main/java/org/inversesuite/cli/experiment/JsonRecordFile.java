package org.inversesuite.cli.experiment;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.config.UnknownFields;

/**
 * Reads one JSON file into a record (an interior experiment, a design space). A misspelt field is
 * named with its line and the allowed names ({@link UnknownFields}); a missing, malformed or invalid
 * value names the file and the field; all in one line, as IllegalArgumentException (exit code 2).
 */
public final class JsonRecordFile {
  private JsonRecordFile() {}

  /**
   * @param file the JSON file
   * @param type the record it holds
   * @param kind what the file is, for the message when it is missing ("config", "design space file")
   * @return the record
   */
  public static <T> T read(Path file, Class<T> type, String kind) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(kind + " not found: " + file);
    }
    try {
      String text = Files.readString(file);
      JsonNode tree = Json.mapper().readTree(text);
      UnknownFields.find(tree, type, text).ifPresent(f -> {
        throw new IllegalArgumentException(file + (f.line() > 0 ? ":" + f.line() : "") + ": " + f.describe());
      });
      return Json.mapper().readValue(text, type);
    } catch (JsonMappingException e) {
      String detail = e.getCause() instanceof IllegalArgumentException ? e.getCause().getMessage()
          : e.getOriginalMessage().replaceFirst(" \\(set DeserializationConfig.*", "");
      throw new IllegalArgumentException(file + ": invalid or missing value at " + e.getPathReference() + ": " + detail,
          e);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IllegalArgumentException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
