package org.inversesuite.imaging.winnet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.network.TrainedModelFile;
import org.inversesuite.imaging.noise.NoiseLevel;

/**
 * A trained WINNet denoiser in core's versioned model format (kind {@code "winnet-denoiser"}):
 * the experiment that trained it (levels, shifts, subnet), the metrics it reached and the
 * float32 weights. The shipped one is the resource {@code winnet-s25.invmodel}.
 */
public final class WinnetModelFile {
  private static final TrainedModelFile<WinnetExperiment> FORMAT = new TrainedModelFile<>("winnet-denoiser",
      "a WINNet denoising model", WinnetExperiment.class, WinnetModelFile::allocate);

  private WinnetModelFile() {}

  /** A read model. */
  public record Loaded(WinnetExperiment experiment, JsonNode metrics, Parameters parameters) {
    /** @return the denoiser running these weights with the experiment's levels and shifts */
    public WinnetDenoiser denoiser() {
      return denoiser(experiment.shifts());
    }

    /** @return the denoiser running these weights in the experiment's colour space with {@code shifts} per axis */
    public WinnetDenoiser denoiser(int shifts) {
      return new WinnetDenoiser(experiment.levels(), shifts, experiment.subnet(), parameters, experiment.colour());
    }

    /**
     * @param given the noise level the user states
     * @return the level this model is run at: {@code given}, or for a blind model the level
     *     estimated from {@code noisy} ({@link WinnetTraining#blindLevel})
     */
    public double sigmaFor(Image noisy, double given) {
      return experiment.blind() ? WinnetTraining.blindLevel(NoiseLevel.estimate(noisy)) : given;
    }
  }

  private static Parameters allocate(WinnetExperiment e) {
    Parameters p = new Parameters(Precision.FLOAT32);
    int side = 1 << e.levels();
    new ShrinkageNetwork(e.levels(), e.subnet(), side, side, p);
    return p;
  }

  /** Writes atomically (the caller decides whether an existing file may be replaced). */
  public static void write(Path path, WinnetExperiment e, Parameters parameters, ObjectNode metrics) {
    FORMAT.write(path, e, parameters, metrics);
  }

  /** @throws org.inversesuite.core.io.ModelFormatException naming the file when it is not a WINNet model */
  public static Loaded read(Path path) {
    TrainedModelFile.Read<WinnetExperiment> r = FORMAT.read(path);
    return new Loaded(r.experiment(), r.metrics(), r.parameters());
  }

  /** The name of the shipped model (resource {@code winnet-s25.invmodel}). */
  public static final String SHIPPED = "winnet-s25";

  /** The shipped blind model (resource {@code winnet-blind.invmodel}), trained over σ in [0, 55]. */
  public static final String BLIND = "winnet-blind";

  /** The names of the shipped models, known-σ ones first (resources {@code <name>.invmodel}). */
  public static final List<String> SHIPPED_MODELS = List.of("winnet-s15", SHIPPED, "winnet-s50", BLIND);

  /**
   * @param sigma the noise level, 0-255 scale
   * @return the name of the shipped known-σ model trained nearest to {@code sigma} in log σ (ties: the lower)
   */
  public static String nearest(double sigma) {
    String best = SHIPPED;
    double distance = Double.POSITIVE_INFINITY;
    for (String name : SHIPPED_MODELS) {
      if (name.matches("winnet-s\\d+") && WinnetModelFile.class.getResource(name + ".invmodel") != null) {
        double d = Math.abs(Math.log(Math.max(sigma, 1e-3) / Integer.parseInt(name.substring("winnet-s".length()))));
        if (d < distance) {
          distance = d;
          best = name;
        }
      }
    }
    return best;
  }

  /** @return the shipped model {@link #SHIPPED} */
  public static Loaded shipped() {
    Loaded l = resource(SHIPPED + ".invmodel");
    if (l == null) {
      throw new IllegalStateException("the shipped WINNet model " + SHIPPED + ".invmodel is missing from the class path");
    }
    return l;
  }

  /** @return the shipped model {@code name} in this package's resources, or null if there is none */
  public static Loaded resource(String name) {
    TrainedModelFile.Read<WinnetExperiment> r = FORMAT.resource(WinnetModelFile.class, name);
    return r == null ? null : new Loaded(r.experiment(), r.metrics(), r.parameters());
  }
}
