package org.inversesuite.imaging.stego;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;
import org.inversesuite.imaging.denoise.TrainingLatent;

/**
 * A HiNet training run: data, split, network and recipe (experiments/imaging/hinet-*.json).
 *
 * @param name run name
 * @param images folder of the training and test images, relative to the repository root
 * @param heldOut file names kept out of training entirely and reported on
 * @param network the architecture
 * @param patchSize side of the square training patches (even)
 * @param batchSize cover/secret pairs per step
 * @param iterations Adam steps
 * @param learningRate Adam step size at the start
 * @param finalLearningRate Adam step size at the end, reached by a cosine schedule
 * @param loss the weights of the three losses
 * @param latent ẑ fed to the inverse in the reconstruction loss
 * @param stegoNoise what happens to the stego image before the reveal pass (NONE in HiNet)
 * @param initialModel a HiNet model file, relative to the repository root, whose couplings start
 *     the training ({@link WarmStart}); null or absent (configs and models written before
 *     the field existed) to start from the identity
 * @param evaluationCrop side of the centre crop of each held-out image that is evaluated
 * @param seed the one seed of patches, latents and initialisation
 */
public record HinetExperiment(String name, String images, List<String> heldOut, HinetConfig network, int patchSize,
    int batchSize, int iterations, double learningRate, double finalLearningRate, HinetLoss loss, TrainingLatent latent, StegoNoise stegoNoise,
    @JsonSetter(nulls = Nulls.AS_EMPTY) String initialModel,
    int evaluationCrop,
    long seed) {
  /** Validates every field, naming it. */
  public HinetExperiment {
    if (name == null || images == null || network == null || loss == null || latent == null || stegoNoise == null) {
      throw new IllegalArgumentException("name, images, network, loss, latent and stegoNoise are required");
    }
    heldOut = heldOut == null ? List.of() : List.copyOf(heldOut);
    initialModel = initialModel == null || initialModel.isBlank() ? null : initialModel;
    if (patchSize < 2 || patchSize % 2 != 0) {
      throw new IllegalArgumentException("patchSize must be even and >= 2, got " + patchSize);
    }
    if (batchSize < 1 || iterations < 0) {
      throw new IllegalArgumentException("batchSize must be >= 1 and iterations >= 0, got " + batchSize + ", " + iterations);
    }
    if (evaluationCrop < 2 || evaluationCrop % 2 != 0) {
      throw new IllegalArgumentException("evaluationCrop must be even and >= 2, got " + evaluationCrop);
    }
    if (!(learningRate > 0) || !(finalLearningRate > 0) || finalLearningRate > learningRate) {
      throw new IllegalArgumentException("need 0 < finalLearningRate <= learningRate, got " + finalLearningRate + ", "
          + learningRate);
    }
  }

  /** @return the step size of step {@code it}: η_f + (η₀ − η_f)(1 + cos(π it / T)) / 2 */
  public double learningRate(int it) {
    double progress = iterations <= 1 ? 0 : it / (double) (iterations - 1);
    return finalLearningRate + (learningRate - finalLearningRate) * (1 + Math.cos(Math.PI * progress)) / 2;
  }
}
