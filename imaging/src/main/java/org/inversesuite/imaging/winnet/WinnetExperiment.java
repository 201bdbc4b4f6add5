package org.inversesuite.imaging.winnet;

import java.util.List;
import org.inversesuite.core.nn.ConvNetConfig;

/**
 * A WINNet training run (experiments/imaging/winnet-*.json): data, split, noise level, transform,
 * shrinkage subnets and recipe.
 *
 * @param name run name (file names of its outputs)
 * @param images folder of the training and test images, relative to the repository root
 * @param heldOut file names kept out of training entirely
 * @param sigma training noise level, 0-255 scale
 * @param levels Haar levels (at least 1)
 * @param shifts cycle-spinning shifts per axis at inference (1: none)
 * @param subnet the shrinkage subnet of every level (8 input channels, 3 output channels)
 * @param patchSize side of the square training patches (a multiple of 2^levels)
 * @param batchSize patches per step (each RGB patch gives 3 single-channel rows)
 * @param iterations Adam steps
 * @param learningRate step size at the first step
 * @param finalLearningRate step size at the last step (cosine decay; equal: constant)
 * @param seed seed of initialisation, patches and noise
 */
public record WinnetExperiment(String name, String images, List<String> heldOut, double sigma, int levels, int shifts,
    ConvNetConfig subnet, int patchSize, int batchSize, int iterations, double learningRate, double finalLearningRate,
    long seed) {
  /** Validates every field, naming it. */
  public WinnetExperiment {
    if (name == null || images == null || subnet == null) {
      throw new IllegalArgumentException("name, images and subnet are required");
    }
    heldOut = heldOut == null ? List.of() : List.copyOf(heldOut);
    if (!(sigma > 0 && sigma <= 255)) {
      throw new IllegalArgumentException("sigma must be in (0, 255], got " + sigma);
    }
    if (levels < 1 || levels > 8 || shifts < 1) {
      throw new IllegalArgumentException("levels must be in [1, 8] and shifts >= 1, got " + levels + ", " + shifts);
    }
    if (patchSize < 1 || patchSize % (1 << levels) != 0) {
      throw new IllegalArgumentException("patchSize must be a positive multiple of 2^levels, got " + patchSize);
    }
    if (batchSize < 1 || iterations < 0) {
      throw new IllegalArgumentException("batchSize must be >= 1 and iterations >= 0, got " + batchSize + ", " + iterations);
    }
    if (!(learningRate > 0) || !(finalLearningRate > 0 && finalLearningRate <= learningRate)) {
      throw new IllegalArgumentException("need 0 < finalLearningRate <= learningRate, got " + finalLearningRate + ", "
          + learningRate);
    }
  }

  /** @return the step size of step {@code it}: cosine decay from learningRate to finalLearningRate */
  public double learningRateAt(int it) {
    double t = iterations <= 1 ? 0 : (double) it / (iterations - 1);
    return finalLearningRate + 0.5 * (learningRate - finalLearningRate) * (1 + Math.cos(Math.PI * t));
  }
}
