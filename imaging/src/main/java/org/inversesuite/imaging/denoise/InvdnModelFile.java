package org.inversesuite.imaging.denoise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.inversesuite.core.image.ImageShape;
import org.inversesuite.core.io.ModelFormatException;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.imaging.network.TrainedModelFile;

/**
 * A trained InvDN denoiser in core's versioned model format ({@link TrainedModelFile}): metadata
 * {@code {"kind": "invdn-denoiser", "experiment": {...}, "metrics": {...}}} and one float32
 * tensor {@code "parameters"} [1, P]. Written atomically.
 */
public final class InvdnModelFile {
  private static final TrainedModelFile<InvdnExperiment> FORMAT = new TrainedModelFile<>("invdn-denoiser",
      "an InvDN denoiser", InvdnExperiment.class, e -> {
        Parameters p = new Parameters(Precision.FLOAT32);
        new InvdnNetwork(e.network(), new ImageShape(3, 2, 2), p);
        return p;
      });

  private InvdnModelFile() {}

  /** A loaded model: the experiment that trained it, its measured metrics and the denoiser. */
  public record Loaded(InvdnExperiment experiment, JsonNode metrics, InvdnDenoiser denoiser) {}

  /** Writes atomically (the caller decides whether an existing file may be replaced). */
  public static void write(Path path, InvdnExperiment experiment, Parameters parameters, ObjectNode metrics) {
    FORMAT.write(path, experiment, parameters, metrics);
  }

  /** @throws ModelFormatException naming the file when it is not an InvDN model of this build */
  public static Loaded read(Path path) {
    return loaded(FORMAT.read(path));
  }

  /** @return the model in the class-path resource {@code name} beside this class, or null if there is none */
  static Loaded resource(String name) {
    TrainedModelFile.Read<InvdnExperiment> r = FORMAT.resource(InvdnModelFile.class, name);
    return r == null ? null : loaded(r);
  }

  private static Loaded loaded(TrainedModelFile.Read<InvdnExperiment> r) {
    return new Loaded(r.experiment(), r.metrics(), new InvdnDenoiser(r.experiment().network(), r.parameters()));
  }
}
