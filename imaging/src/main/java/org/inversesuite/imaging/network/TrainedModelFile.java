package org.inversesuite.imaging.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.io.ModelFile;
import org.inversesuite.core.io.ModelFormatException;
import org.inversesuite.core.io.ModelStore;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.tensor.Matrix;

/**
 * A trained image network in core's versioned model format ({@link ModelStore},
 * docs/model-format.md): metadata {@code {"kind": K, "experiment": {...}, "metrics": {...}}} and
 * one float32 tensor {@code "parameters"} [1, P]; the experiment record holds the architecture.
 * Writes are atomic.
 *
 * @param <E> the experiment record
 */
public final class TrainedModelFile<E> {
  private final String kind;
  private final String label;
  private final Class<E> type;
  private final Function<E, Parameters> allocate;

  /**
   * @param kind the metadata's {@code kind}
   * @param label what the model is, for messages ("a HiNet steganography model")
   * @param type the experiment record
   * @param allocate builds the experiment's network into fresh (uninitialised) parameters
   */
  public TrainedModelFile(String kind, String label, Class<E> type, Function<E, Parameters> allocate) {
    this.kind = kind;
    this.label = label;
    this.type = type;
    this.allocate = allocate;
  }

  /** A read model: experiment, metrics and the weights, assigned. */
  public record Read<E>(E experiment, JsonNode metrics, Parameters parameters) {}

  /** Writes atomically (the caller decides whether an existing file may be replaced). */
  public void write(Path path, E experiment, Parameters parameters, ObjectNode metrics) {
    ObjectNode meta = Json.mapper().createObjectNode();
    meta.put("kind", kind);
    meta.set("experiment", Json.mapper().valueToTree(experiment));
    meta.set("metrics", metrics);
    Map<String, Matrix> tensors = new LinkedHashMap<>();
    tensors.put("parameters", parameters.values().copy());
    ModelStore.write(path, new ModelFile(meta, tensors));
  }

  /** @throws ModelFormatException naming the file when it is not a model of this kind and build */
  public Read<E> read(Path path) {
    ModelFile file = ModelStore.read(path);
    ObjectNode meta = file.metadata();
    if (!kind.equals(meta.path("kind").asText()) || !file.tensorNames().contains("parameters")) {
      throw new ModelFormatException(path, "a model file but not " + label + " (kind '" + meta.path("kind").asText()
          + "')");
    }
    E e;
    try {
      e = Json.mapper().treeToValue(meta.get("experiment"), type);
    } catch (IOException | IllegalArgumentException ex) {
      throw new ModelFormatException(path, "the experiment in the metadata is not valid: " + ex.getMessage());
    }
    Parameters p = allocate.apply(e);
    Matrix values = file.tensor("parameters");
    if (values.size() != p.size()) {
      throw new ModelFormatException(path, values.size() + " parameters stored, the network in the metadata has "
          + p.size());
    }
    p.assign(values);
    return new Read<>(e, meta.path("metrics"), p);
  }

  /**
   * @param owner the class beside which the resource lies
   * @return the model in the class-path resource {@code name}, or null if there is none
   */
  public Read<E> resource(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        return null;
      }
      Path temp = Files.createTempFile(kind, ".invmodel");
      try {
        Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
        return read(temp);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped model " + name + ": " + e.getMessage(), e);
    }
  }
}
