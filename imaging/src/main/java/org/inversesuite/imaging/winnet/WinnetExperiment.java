package org.inversesuite.imaging.winnet;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;
import org.inversesuite.core.nn.ConvNetConfig;
import org.inversesuite.imaging.colour.ColourSpace;

/**
 * A WINNet training run (experiments/imaging/winnet-*.json): data, split, noise level, transform,
 * shrinkage subnets and recipe.
 *
 * @param name run name (file names of its outputs)
 * @param images folder of the training and test images, relative to the repository root
 * @param heldOut file names kept out of training entirely
 * @param sigma training noise level, 0-255 scale (a blind model: the level its runner reports at)
 * @param levels Haar levels (at least 1)
 * @param shifts cycle-spinning shifts per axis at inference (1: none)
 * @param subnet the shrinkage subnet of every level (8 input channels, 3 output channels)
 * @param patchSize side of the square training patches (a multiple of 2^levels)
 * @param batchSize patches per step (each RGB patch gives 3 single-channel rows)
 * @param iterations Adam steps
 * @param learningRate step size after the warm-up
 * @param finalLearningRate step size at the end of the schedule (cosine decay; equal: constant)
 * @param seed seed of initialisation, patches and noise
 * @param warmupSteps steps of linear warm-up of the step size before the cosine decay; absent: 0
 * @param initialModel a .invmodel of the same network to start from (warm start), relative to
 *     the repository root; absent or empty: the seeded initialisation (= the wavelet baseline)
 * @param sigmaRange [lo, hi]: a blind model; each training patch gets σ ~ U[lo, hi] and the
 *     network is fed the estimated level {@link org.inversesuite.imaging.noise.NoiseLevel#estimate}, in training and at test
 *     time; absent or empty: the fixed {@code sigma}, fed as known
 * @param colour the planes the shrinkage runs on: {@code RGB} (absent: the image's channels, each on
 *     its own) or {@code OPPONENT} (orthonormal luminance/chrominance, {@link ColourSpace}), in
 *     training and at test time
 */
public record WinnetExperiment(String name, String images, List<String> heldOut, double sigma, int levels, int shifts,
    ConvNetConfig subnet, int patchSize, int batchSize, int iterations, double learningRate, double finalLearningRate,
    long seed, @JsonSetter(nulls = Nulls.AS_EMPTY) Integer warmupSteps,
    @JsonSetter(nulls = Nulls.AS_EMPTY) String initialModel,
    @JsonSetter(nulls = Nulls.AS_EMPTY) List<Double> sigmaRange,
    @JsonSetter(nulls = Nulls.AS_EMPTY) ColourSpace colour) {
  /** Validates every field, naming it. */
  public WinnetExperiment {
    if (name == null || images == null || subnet == null) {
      throw new IllegalArgumentException("name, images and subnet are required");
    }
    heldOut = heldOut == null ? List.of() : List.copyOf(heldOut);
    warmupSteps = warmupSteps == null ? 0 : warmupSteps;
    initialModel = initialModel == null ? "" : initialModel;
    sigmaRange = sigmaRange == null ? List.of() : List.copyOf(sigmaRange);
    colour = colour == null ? ColourSpace.RGB : colour;
    if (!(sigma > 0 && sigma <= 255)) {
      throw new IllegalArgumentException("sigma must be in (0, 255], got " + sigma);
    }
    if (levels < 1 || levels > 8 || shifts < 1) {
      throw new IllegalArgumentException("levels must be in [1, 8] and shifts >= 1, got " + levels + ", " + shifts);
    }
    if (patchSize < 1 || patchSize % (1 << levels) != 0) {
      throw new IllegalArgumentException("patchSize must be a positive multiple of 2^levels, got " + patchSize);
    }
    if (batchSize < 1 || iterations < 0 || warmupSteps < 0) {
      throw new IllegalArgumentException("batchSize must be >= 1, iterations and warmupSteps >= 0, got " + batchSize + ", "
          + iterations + ", " + warmupSteps);
    }
    if (!(learningRate > 0) || !(finalLearningRate > 0 && finalLearningRate <= learningRate)) {
      throw new IllegalArgumentException("need 0 < finalLearningRate <= learningRate, got " + finalLearningRate + ", "
          + learningRate);
    }
    if (!sigmaRange.isEmpty() && (sigmaRange.size() != 2 || !(sigmaRange.get(0) >= 0)
        || !(sigmaRange.get(1) > sigmaRange.get(0)) || sigmaRange.get(1) > 255)) {
      throw new IllegalArgumentException("sigmaRange must be [lo, hi] with 0 <= lo < hi <= 255, got " + sigmaRange);
    }
  }

  /** The fields of a run on RGB planes (configs written before {@code colour} existed). */
  public WinnetExperiment(String name, String images, List<String> heldOut, double sigma, int levels, int shifts,
      ConvNetConfig subnet, int patchSize, int batchSize, int iterations, double learningRate, double finalLearningRate,
      long seed, Integer warmupSteps, String initialModel, List<Double> sigmaRange) {
    this(name, images, heldOut, sigma, levels, shifts, subnet, patchSize, batchSize, iterations, learningRate,
        finalLearningRate, seed, warmupSteps, initialModel, sigmaRange, ColourSpace.RGB);
  }

  /** The fields of a run without warm-up, warm start or blind range (configs written before they existed). */
  public WinnetExperiment(String name, String images, List<String> heldOut, double sigma, int levels, int shifts,
      ConvNetConfig subnet, int patchSize, int batchSize, int iterations, double learningRate, double finalLearningRate,
      long seed) {
    this(name, images, heldOut, sigma, levels, shifts, subnet, patchSize, batchSize, iterations, learningRate,
        finalLearningRate, seed, 0, "", List.of(), ColourSpace.RGB);
  }

  /** @return whether this is a blind model (σ estimated from the image, trained over {@code sigmaRange}) */
  @JsonIgnore
  public boolean blind() {
    return !sigmaRange.isEmpty();
  }

  /** @return the step size of step {@code it} when the run ends after {@code iterations} steps */
  public double learningRateAt(int it) {
    return learningRateAt(it, iterations <= 1 ? 0 : (double) it / (iterations - 1));
  }

  /**
   * The schedule: a linear warm-up η·(it+1)/W over the first W = warmupSteps steps, then the cosine
   * decay (Loshchilov and Hutter 2017, without restarts) η_T + (η − η_T)(1 + cos πt)/2.
   *
   * @param it the step (0-based)
   * @param t the position in the schedule, in [0, 1] (the runner takes the larger of the step
   *     fraction and the fraction of its time budget spent, so a budgeted run still decays fully)
   */
  public double learningRateAt(int it, double t) {
    if (it < warmupSteps) {
      return learningRate * (it + 1) / warmupSteps;
    }
    double u = Math.min(Math.max(t, 0), 1);
    return finalLearningRate + 0.5 * (learningRate - finalLearningRate) * (1 + Math.cos(Math.PI * u));
  }
}
