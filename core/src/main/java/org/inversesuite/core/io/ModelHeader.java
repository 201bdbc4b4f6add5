package org.inversesuite.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;

/**
 * The JSON header of a model file (format 1): encoding for the writer, strict decoding and
 * validation of the tensor table for the reader. The layout is documented on {@link ModelStore}.
 */
final class ModelHeader {
  private static final List<String> FIELDS = List.of("format", "metadata", "tensors");
  private static final List<String> TENSOR_FIELDS = List.of("name", "dtype", "shape", "offset", "length");

  /** A decoded, validated header. */
  record Decoded(ObjectNode metadata, List<TensorEntry> entries) {}

  private ModelHeader() {}

  /** @return the table of {@code tensors} stored contiguously in map order from offset 0 */
  static List<TensorEntry> layout(Map<String, Matrix> tensors) {
    List<TensorEntry> entries = new ArrayList<>(tensors.size());
    long offset = 0;
    for (Map.Entry<String, Matrix> e : tensors.entrySet()) {
      Matrix m = e.getValue();
      long length = (long) m.size() * TensorEntry.elementBytes(m.precision());
      entries.add(new TensorEntry(e.getKey(), m.precision(), m.rows(), m.cols(), offset, length));
      offset += length;
    }
    return entries;
  }

  /**
   * @return the UTF-8 JSON header, padded with spaces so that {@code start + length} is a
   *     multiple of 8
   */
  static byte[] encode(int version, ObjectNode metadata, List<TensorEntry> entries, int start) {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("format", version);
    root.set("metadata", metadata);
    ArrayNode table = root.putArray("tensors");
    for (TensorEntry t : entries) {
      ObjectNode row = table.addObject();
      row.put("name", t.name());
      row.put("dtype", TensorEntry.dtype(t.precision()));
      row.putArray("shape").add(t.rows()).add(t.cols());
      row.put("offset", t.offset());
      row.put("length", t.length());
    }
    byte[] json;
    try {
      json = Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("model metadata cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
    int padded = json.length + Math.floorMod(-(start + json.length), 8);
    byte[] out = new byte[padded];
    System.arraycopy(json, 0, out, 0, json.length);
    for (int i = json.length; i < padded; i++) {
      out[i] = ' ';
    }
    return out;
  }

  /**
   * Parses and validates a header whose checksum already matched.
   *
   * @param path the file, for messages
   * @param bytes the header bytes
   * @param version the format version of the preamble
   * @param dataLength the length of the data section declared by the preamble
   */
  static Decoded decode(Path path, byte[] bytes, int version, long dataLength) {
    JsonNode root;
    try {
      root = Json.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new ModelFormatException(path, "malformed header JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ModelFormatException(path, "malformed header JSON: " + e.getMessage());
    }
    if (root == null || root.isMissingNode()) {
      throw malformed(path, "the header is empty");
    }
    if (!root.isObject()) {
      throw malformed(path, "the header must be a JSON object, found " + root.getNodeType());
    }
    checkFields(path, root, FIELDS, "the header");
    JsonNode format = root.get("format");
    if (!format.isInt() || format.intValue() != version) {
      throw malformed(path, "header field \"format\" is " + format + " but the preamble says format version " + version);
    }
    JsonNode metadata = root.get("metadata");
    if (!metadata.isObject()) {
      throw malformed(path, "header field \"metadata\" must be a JSON object, found " + metadata.getNodeType());
    }
    JsonNode table = root.get("tensors");
    if (!table.isArray()) {
      throw malformed(path, "header field \"tensors\" must be a JSON array, found " + table.getNodeType());
    }
    return new Decoded((ObjectNode) metadata, entries(path, table, dataLength));
  }

  private static List<TensorEntry> entries(Path path, JsonNode table, long dataLength) {
    List<TensorEntry> entries = new ArrayList<>(table.size());
    Set<String> names = new HashSet<>();
    long end = 0;
    for (int i = 0; i < table.size(); i++) {
      JsonNode row = table.get(i);
      String where = "tensor table entry " + i;
      if (!row.isObject()) {
        throw inconsistent(path, where + " must be a JSON object, found " + row.getNodeType());
      }
      checkFields(path, row, TENSOR_FIELDS, where);
      JsonNode nameNode = row.get("name");
      if (!nameNode.isTextual() || nameNode.textValue().isEmpty()) {
        throw inconsistent(path, where + " has name " + nameNode + ", expected a non-empty string");
      }
      String name = nameNode.textValue();
      String tensor = "tensor \"" + name + "\"";
      if (!names.add(name)) {
        throw inconsistent(path, "duplicate tensor name \"" + name + "\" (entry " + i + ")");
      }
      Precision precision = precision(path, tensor, row.get("dtype"));
      JsonNode shape = row.get("shape");
      if (!shape.isArray() || shape.size() != 2) {
        throw inconsistent(path, tensor + " has shape " + shape + ", expected [rows, cols]");
      }
      long rows = nonNegative(path, tensor + " shape[0]", shape.get(0));
      long cols = nonNegative(path, tensor + " shape[1]", shape.get(1));
      if (rows > Integer.MAX_VALUE || cols > Integer.MAX_VALUE || rows * cols > Integer.MAX_VALUE) {
        throw inconsistent(path, tensor + " has shape " + shape + ", more than " + Integer.MAX_VALUE + " elements");
      }
      long offset = nonNegative(path, tensor + " offset", row.get("offset"));
      long length = nonNegative(path, tensor + " length", row.get("length"));
      long expectedLength = rows * cols * TensorEntry.elementBytes(precision);
      if (length != expectedLength) {
        throw inconsistent(path, tensor + " (" + TensorEntry.dtype(precision) + ", shape " + shape + ") has length "
            + length + " bytes, expected " + expectedLength);
      }
      if (offset != end) {
        String previous = entries.isEmpty() ? "" : " of the previous tensor \"" + entries.get(entries.size() - 1).name() + "\"";
        throw inconsistent(path, tensor + " starts at offset " + offset + ", expected " + end
            + (offset < end ? ": it overlaps the end" + previous : ": it leaves a gap after the end" + previous)
            + " (tensors are stored contiguously in table order from offset 0)");
      }
      if (length > dataLength - offset) {
        throw inconsistent(path, tensor + " ends at byte " + (offset + length) + " of the data section, which has only "
            + dataLength + " bytes");
      }
      end = offset + length;
      entries.add(new TensorEntry(name, precision, (int) rows, (int) cols, offset, length));
    }
    if (end != dataLength) {
      throw inconsistent(path, "the tensors cover " + end + " bytes but the data section has " + dataLength + " bytes");
    }
    return entries;
  }

  private static Precision precision(Path path, String tensor, JsonNode dtype) {
    if (dtype.isTextual()) {
      switch (dtype.textValue()) {
        case "float32":
          return Precision.FLOAT32;
        case "float64":
          return Precision.FLOAT64;
        default:
          break;
      }
    }
    throw inconsistent(path, tensor + " has unknown dtype " + dtype + " (expected \"float32\" or \"float64\")");
  }

  private static long nonNegative(Path path, String what, JsonNode n) {
    if (!n.isIntegralNumber() || !n.canConvertToLong() || n.longValue() < 0) {
      throw inconsistent(path, what + " is " + n + ", expected a non-negative integer");
    }
    return n.longValue();
  }

  private static void checkFields(Path path, JsonNode node, List<String> required, String where) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!required.contains(field)) {
        throw malformed(path, where + " has unknown field \"" + field + "\" (format 1 has exactly " + required + ")");
      }
    }
    for (String field : required) {
      if (!node.has(field)) {
        throw malformed(path, where + " lacks field \"" + field + "\" (format 1 has exactly " + required + ")");
      }
    }
  }

  private static ModelFormatException malformed(Path path, String problem) {
    return new ModelFormatException(path, "malformed header: " + problem);
  }

  private static ModelFormatException inconsistent(Path path, String problem) {
    return new ModelFormatException(path, "inconsistent tensor table: " + problem);
  }
}
