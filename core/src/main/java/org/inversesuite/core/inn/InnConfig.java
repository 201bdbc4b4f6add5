package org.inversesuite.core.inn;

import java.util.List;

/**
 * Architecture and training recipe of an {@link Inn} (Ardizzone et al. 2019; values of FrEIA's
 * {@code toy_modes_train.py} in {@link #eightModes()}). The network maps the padded
 * \( [x, 0] \in R^D \) to \( [z, 0, y] \in R^D \), D = {@code totalDimension}.
 *
 * @param xDimension width of x
 * @param yDimension width of y
 * @param zDimension width of the latent z
 * @param totalDimension D ≥ max(xDimension, yDimension + zDimension); the rest is zero padding
 * @param couplings number of affine coupling blocks (each followed by a random permutation)
 * @param hiddenWidth width of the two hidden layers of each coupling subnet
 * @param clamp soft clamp α of the coupling log-scales
 * @param lambdaFit weight of the supervised L2 loss on y (and on the [z, y] padding)
 * @param lambdaLatent weight of the forward MMD on [z, y]
 * @param lambdaReconstruct weight of the L2 reconstruction of the padded x from perturbed outputs
 * @param lambdaBackward weight of the inverse MMD on x
 * @param lambdaPadding weight of the L2 loss that drives the x padding of inverse samples to 0
 * @param yNoise std of the noise added to y
 * @param zNoise std of the noise added to z for the reconstruction loss
 * @param padNoise std of the noise in the padding dimensions
 * @param forwardKernels kernels of the forward MMD
 * @param backwardKernels kernels of the inverse MMD
 * @param batchSize rows per step
 * @param steps optimiser steps
 * @param forwardOnlySteps the first steps train the forward losses only (L_y, L_z), as FrEIA's
 *     first phase; the inverse-direction losses, whose gradients cost D + 1 backward passes, join after
 * @param learningRate initial Adam learning rate
 * @param finalDecay the learning rate decays exponentially to learningRate · finalDecay
 * @param weightDecay decoupled weight decay
 * @param seed seed of the weights, the data and the noise
 */
public record InnConfig(int xDimension, int yDimension, int zDimension, int totalDimension, int couplings,
    int hiddenWidth, double clamp, double lambdaFit, double lambdaLatent, double lambdaReconstruct, double lambdaBackward,
    double lambdaPadding, double yNoise, double zNoise, double padNoise, List<MmdKernel> forwardKernels,
    List<MmdKernel> backwardKernels, int batchSize, int steps, int forwardOnlySteps, double learningRate, double finalDecay, double weightDecay,
    long seed) {
  /** Validates the values. */
  public InnConfig {
    if (xDimension < 1 || yDimension < 1 || zDimension < 1) {
      throw new IllegalArgumentException("x, y and z dimensions must be >= 1, got " + xDimension + ", " + yDimension
          + ", " + zDimension);
    }
    if (totalDimension < xDimension || totalDimension < yDimension + zDimension || totalDimension < 2) {
      throw new IllegalArgumentException("totalDimension " + totalDimension + " must be >= x (" + xDimension
          + ") and >= y + z (" + (yDimension + zDimension) + ")");
    }
    if (couplings < 1 || hiddenWidth < 1 || batchSize < 2 || steps < 0 || forwardOnlySteps < 0) {
      throw new IllegalArgumentException("couplings, hiddenWidth >= 1, batchSize >= 2 and steps >= 0 are required, got "
          + couplings + ", " + hiddenWidth + ", " + batchSize + ", " + steps);
    }
    for (double v : new double[] {clamp, learningRate, finalDecay}) {
      if (!(v > 0) || !Double.isFinite(v)) {
        throw new IllegalArgumentException("clamp, learningRate and finalDecay must be finite and > 0, got " + v);
      }
    }
    for (double v : new double[] {lambdaFit, lambdaLatent, lambdaReconstruct, lambdaBackward, lambdaPadding, yNoise,
        zNoise, padNoise, weightDecay}) {
      if (!(v >= 0) || !Double.isFinite(v)) {
        throw new IllegalArgumentException("loss weights, noise scales and weight decay must be finite and >= 0, got " + v);
      }
    }
    forwardKernels = List.copyOf(forwardKernels);
    backwardKernels = List.copyOf(backwardKernels);
    if (forwardKernels.isEmpty() || backwardKernels.isEmpty()) {
      throw new IllegalArgumentException("forward and backward MMD need at least one kernel each");
    }
  }

  /**
   * @return the 8-mode toy of FrEIA's {@code toy_modes_train.py}: x 2 padded to 10, z 2, y 8;
   *     3 couplings of width 64; weights 50, 1, 250 (latent, reconstruction, backward); noise
   *     5e-2, 2e-2, 1e-2; forward kernels (0.2, 2), (1.5, 2), (3, 2); backward kernels (0.1, 0.1),
   *     (0.8, 0.5), (0.2, 2). FrEIA trains 60 epochs of 200 steps of batch 500 without the backward
   *     MMD, then 100 with it, fit weight 1; to fit in minutes on a CPU this default takes 1000
   *     forward-only steps then 1200 with all losses, batch 200, at a higher learning rate (2e-3
   *     decaying to 1e-4), and weighs the supervised fit 10 instead of 1.
   */
  public static InnConfig eightModes() {
    return new InnConfig(2, 8, 2, 10, 3, 64, 2.0, 10, 50, 1, 250, 1, 5e-2, 2e-2, 1e-2,
        List.of(new MmdKernel(0.2, 2), new MmdKernel(1.5, 2), new MmdKernel(3.0, 2)),
        List.of(new MmdKernel(0.1, 0.1), new MmdKernel(0.8, 0.5), new MmdKernel(0.2, 2)),
        200, 2200, 1000, 2e-3, 0.05, 1e-5, 1);
  }

  /** @return a copy with another number of steps, forward-only steps and batch size */
  public InnConfig withSchedule(int newSteps, int newForwardOnlySteps, int newBatchSize) {
    return new InnConfig(xDimension, yDimension, zDimension, totalDimension, couplings, hiddenWidth, clamp, lambdaFit,
        lambdaLatent, lambdaReconstruct, lambdaBackward, lambdaPadding, yNoise, zNoise, padNoise, forwardKernels,
        backwardKernels, newBatchSize, newSteps, newForwardOnlySteps, learningRate, finalDecay, weightDecay, seed);
  }

  /** @return width of the [z, y] padding */
  public int yzPadding() {
    return totalDimension - yDimension - zDimension;
  }
}
