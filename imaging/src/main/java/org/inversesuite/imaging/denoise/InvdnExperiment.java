package org.inversesuite.imaging.denoise;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;

/**
 * An InvDN training run: data, split, noise level, network and recipe (experiments/imaging/*.json).
 *
 * @param name run name
 * @param images folder of the training and test images, relative to the repository root
 * @param heldOut file names kept out of training entirely and reported on
 * @param sigma noise standard deviation on the 0-255 scale
 * @param network the architecture
 * @param patchSize side of the square training patches (even)
 * @param batchSize patches per step
 * @param iterations Adam steps
 * @param learningRate Adam step size at the first step
 * @param finalLearningRate step size at the last step, reached by a cosine decay from
 *     {@code learningRate} (equal to it: constant)
 * @param backwardWeight λ of the reconstruction loss, L = L_forw + λ L_back
 * @param latent the high-frequency latent fed to the inverse in the reconstruction loss
 * @param evaluationCrop side of the centre crop of each held-out image that is evaluated (0: the whole image)
 * @param seed the one seed of patches, noise and initialisation
 * @param permuteColours whether training patches get a random order of their RGB channels
 *     ({@link org.inversesuite.imaging.patch.PatchSampler}); absent in older configs: false
 * @param initialWeights a .npy file of weights of the same network to start from, relative to
 *     the repository root (fine-tuning); absent or empty: the seeded initialisation
 */
public record InvdnExperiment(String name, String images, List<String> heldOut, double sigma, InvdnNetworkConfig network,
    int patchSize, int batchSize, int iterations, double learningRate, double finalLearningRate, double backwardWeight, TrainingLatent latent, int evaluationCrop, long seed,
    @JsonSetter(nulls = Nulls.AS_EMPTY) Boolean permuteColours, @JsonSetter(nulls = Nulls.AS_EMPTY) String initialWeights) {
  /** Validates every field, naming it. */
  public InvdnExperiment {
    if (name == null || images == null || network == null || latent == null) {
      throw new IllegalArgumentException("name, images, network and latent are required");
    }
    heldOut = heldOut == null ? List.of() : List.copyOf(heldOut);
    permuteColours = permuteColours != null && permuteColours;
    initialWeights = initialWeights == null ? "" : initialWeights;
    if (!(sigma > 0)) {
      throw new IllegalArgumentException("sigma must be positive, got " + sigma);
    }
    if (patchSize < 2 || patchSize % 2 != 0) {
      throw new IllegalArgumentException("patchSize must be even and >= 2, got " + patchSize);
    }
    if (batchSize < 1 || iterations < 0) {
      throw new IllegalArgumentException("batchSize must be >= 1 and iterations >= 0, got " + batchSize + ", " + iterations);
    }
    if (evaluationCrop < 0) {
      throw new IllegalArgumentException("evaluationCrop must be >= 0, got " + evaluationCrop);
    }
    if (!(finalLearningRate > 0 && finalLearningRate <= learningRate)) {
      throw new IllegalArgumentException("finalLearningRate must be in (0, learningRate], got " + finalLearningRate);
    }
    if (!(learningRate > 0) || !(backwardWeight >= 0)) {
      throw new IllegalArgumentException("learningRate must be > 0 and backwardWeight >= 0, got " + learningRate + ", "
          + backwardWeight);
    }
  }

  /** The fields of a run without colour permutation or initial weights (configs written before they existed). */
  public InvdnExperiment(String name, String images, List<String> heldOut, double sigma, InvdnNetworkConfig network,
      int patchSize, int batchSize, int iterations, double learningRate, double finalLearningRate, double backwardWeight,
      TrainingLatent latent, int evaluationCrop, long seed) {
    this(name, images, heldOut, sigma, network, patchSize, batchSize, iterations, learningRate, finalLearningRate,
        backwardWeight, latent, evaluationCrop, seed, false, "");
  }

  /**
   * @return the step size of step {@code it} (0-based): η_T + (η_0 − η_T)(1 + cos(π it/(T−1)))/2
   *     with T = iterations (Loshchilov and Hutter 2017, without restarts)
   */
  public double learningRate(int it) {
    if (iterations < 2) {
      return learningRate;
    }
    double f = finalLearningRate;
    return f + (learningRate - f) * 0.5 * (1 + Math.cos(Math.PI * it / (iterations - 1)));
  }
}
