package org.inversesuite.imaging.stego;

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
import org.inversesuite.core.config.Json;
import org.inversesuite.core.image.ImageShape;
import org.inversesuite.core.io.ModelFile;
import org.inversesuite.core.io.ModelFormatException;
import org.inversesuite.core.io.ModelStore;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;

/**
 * A trained HiNet in core's versioned model format ({@link ModelStore}, docs/model-format.md):
 * metadata {@code {"kind": "hinet-steganography", "experiment": {...}, "metrics": {...}}} and
 * one float32 tensor {@code "parameters"} [1, P]. The shipped model is the resource
 * {@value #BUNDLED}.
 */
public final class HinetModelFile {
  /** The resource name of the shipped model, beside this class. */
  public static final String BUNDLED = "hinet.invmodel";
  private static final String KIND = "hinet-steganography";

  private HinetModelFile() {}

  /** A loaded model: the experiment that trained it, its measured metrics and the hider. */
  public record Loaded(HinetExperiment experiment, JsonNode metrics, Steganography steganography) {}

  /** Writes atomically (the caller decides whether an existing file may be replaced). */
  public static void write(Path path, HinetExperiment experiment, Parameters parameters, ObjectNode metrics) {
    ObjectNode meta = Json.mapper().createObjectNode();
    meta.put("kind", KIND);
    meta.set("experiment", Json.mapper().valueToTree(experiment));
    meta.set("metrics", metrics);
    Map<String, Matrix> tensors = new LinkedHashMap<>();
    tensors.put("parameters", parameters.values().copy());
    ModelStore.write(path, new ModelFile(meta, tensors));
  }

  /** @throws ModelFormatException naming the file when it is not a HiNet model of this build */
  public static Loaded read(Path path) {
    ModelFile file = ModelStore.read(path);
    ObjectNode meta = file.metadata();
    if (!KIND.equals(meta.path("kind").asText()) || !file.tensorNames().contains("parameters")) {
      throw new ModelFormatException(path, "a model file but not a HiNet steganography model (kind '"
          + meta.path("kind").asText() + "')");
    }
    HinetExperiment e;
    try {
      e = Json.mapper().treeToValue(meta.get("experiment"), HinetExperiment.class);
    } catch (IOException | IllegalArgumentException ex) {
      throw new ModelFormatException(path, "the experiment in the metadata is not valid: " + ex.getMessage());
    }
    Parameters p = new Parameters(Precision.FLOAT32);
    new HinetNetwork(e.network(), new ImageShape(3, 2, 2), p);
    Matrix values = file.tensor("parameters");
    if (values.size() != p.size()) {
      throw new ModelFormatException(path, values.size() + " parameters stored, the network in the metadata has "
          + p.size());
    }
    p.assign(values);
    return new Loaded(e, meta.path("metrics"), new Steganography(e.network(), p));
  }

  /** @return the shipped model */
  public static Loaded bundled() {
    try (InputStream in = HinetModelFile.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalArgumentException("this build ships no HiNet model (" + BUNDLED + "); pass --model FILE");
      }
      Path temp = Files.createTempFile("hinet", ".invmodel");
      try {
        Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
        return read(temp);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped HiNet model: " + e.getMessage(), e);
    }
  }
}
