package org.inversesuite.imaging.stego;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.inversesuite.core.image.ImageShape;
import org.inversesuite.core.io.ModelFormatException;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.imaging.network.TrainedModelFile;

/**
 * A trained HiNet in core's versioned model format ({@link TrainedModelFile}, docs/model-format.md):
 * metadata {@code {"kind": "hinet-steganography", "experiment": {...}, "metrics": {...}}} and
 * one float32 tensor {@code "parameters"} [1, P]. The shipped model is the resource
 * {@value #BUNDLED}.
 */
public final class HinetModelFile {
  /** The resource name of the shipped model, beside this class. */
  public static final String BUNDLED = "hinet.invmodel";
  private static final TrainedModelFile<HinetExperiment> FORMAT = new TrainedModelFile<>("hinet-steganography",
      "a HiNet steganography model", HinetExperiment.class, e -> {
        Parameters p = new Parameters(Precision.FLOAT32);
        new HinetNetwork(e.network(), new ImageShape(3, 2, 2), p);
        return p;
      });

  private HinetModelFile() {}

  /** A loaded model: the experiment that trained it, its measured metrics and the hider. */
  public record Loaded(HinetExperiment experiment, JsonNode metrics, Steganography steganography) {}

  /** Writes atomically (the caller decides whether an existing file may be replaced). */
  public static void write(Path path, HinetExperiment experiment, Parameters parameters, ObjectNode metrics) {
    FORMAT.write(path, experiment, parameters, metrics);
  }

  /** @throws ModelFormatException naming the file when it is not a HiNet model of this build */
  public static Loaded read(Path path) {
    return loaded(FORMAT.read(path));
  }

  /** @return the shipped model */
  public static Loaded bundled() {
    TrainedModelFile.Read<HinetExperiment> r = FORMAT.resource(HinetModelFile.class, BUNDLED);
    if (r == null) {
      throw new IllegalArgumentException("this build ships no HiNet model (" + BUNDLED + "); pass --model FILE");
    }
    return loaded(r);
  }

  private static Loaded loaded(TrainedModelFile.Read<HinetExperiment> r) {
    return new Loaded(r.experiment(), r.metrics(), new Steganography(r.experiment().network(), r.parameters()));
  }
}
