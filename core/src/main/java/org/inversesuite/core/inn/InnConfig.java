package org.inversesuite.core.inn;

import java.util.List;

/**
 * Architecture and training recipe of an {@link Inn} (Ardizzone et al. 2019; the losses, noise
 * and weights of FrEIA's 8-mode toy demo in {@link #eightModes()}). The network maps the padded
 * \( [x, 0] \in R^D \) to \( [z, 0, y] \in R^D \), D = {@code totalDimension}.
 *
 * @param xDimension width of x
 * @param yDimension width of y
 * @param zDimension width of the latent z
 * @param totalDimension D ≥ max(xDimension, yDimension + zDimension); the rest is zero padding
 * @param couplings number of affine coupling blocks (each followed by a random permutation)
 * @param hiddenWidth width of the hidden layers of each coupling subnet
 * @param hiddenLayers number of hidden layers of each coupling subnet
 * @param clamp soft clamp α of the coupling log-scales
 * @param lambdaFit weight of the mean squared error of y and the [z, y] padding (forward direction)
 * @param lambdaLatent weight of the forward MMD on [z, y]
 * @param lambdaBackward weight of the inverse MMD on x (after its ramp-up)
 * @param lambdaReconstruct weight of the mean squared error of the padded x reconstructed from
 *     the forward z and the true y (inverse direction)
 * @param lambdaPadding weight of the mean square of the x padding of inverse samples
 * @param lambdaLikelihood weight of the forward negative log-likelihood of the padded x (0: off),
 *     with [z, pad, y] modelled as N(0, I) × N(0, padNoise²) × N(y, yNoise²)
 * @param yNoise std of the noise added to y
 * @param padNoise std of the noise in the padding dimensions
 * @param zNoise std of the noise added to the forward z before it is inverted for the
 *     reconstruction loss
 * @param forwardKernels kernels of the forward MMD
 * @param backwardKernels kernels of the inverse MMD
 * @param batchSize rows per step
 * @param steps optimiser steps
 * @param rampStart the inverse MMD weight is multiplied by min(1, 2 · rampStart^(1 − t/T)) at
 *     step t of T, FrEIA's exponential ramp-up (1: no ramp-up)
 * @param learningRate initial Adam learning rate
 * @param finalDecay the learning rate decays exponentially to learningRate · finalDecay
 * @param weightDecay decoupled weight decay
 * @param seed seed of the weights, the data and the noise
 */
public record InnConfig(int xDimension, int yDimension, int zDimension, int totalDimension, int couplings,
    int hiddenWidth, int hiddenLayers, double clamp, double lambdaFit, double lambdaLatent, double lambdaBackward,
    double lambdaReconstruct, double lambdaPadding, double lambdaLikelihood, double yNoise, double padNoise, double zNoise,
    List<MmdKernel> forwardKernels, List<MmdKernel> backwardKernels, int batchSize, int steps, double rampStart,
    double learningRate, double finalDecay, double weightDecay, long seed) {
  /** Training steps of {@link #eightModesToy()}. */
  public static final int TOY_STEPS = 1000;
  /** Steps of {@link #eightModesToyFinalStage()}. */
  public static final int TOY_FINAL_STEPS = 200;
  /** Batch size of {@link #eightModesToyFinalStage()}, FrEIA's toy demo batch. */
  public static final int TOY_FINAL_BATCH = 1600;

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
    if (couplings < 1 || hiddenWidth < 1 || hiddenLayers < 1 || batchSize < 2 || steps < 0) {
      throw new IllegalArgumentException("couplings, hiddenWidth, hiddenLayers >= 1, batchSize >= 2 and steps >= 0 are "
          + "required, got " + couplings + ", " + hiddenWidth + ", " + hiddenLayers + ", " + batchSize + ", " + steps);
    }
    for (double v : new double[] {clamp, learningRate, finalDecay}) {
      if (!(v > 0) || !Double.isFinite(v)) {
        throw new IllegalArgumentException("clamp, learningRate and finalDecay must be finite and > 0, got " + v);
      }
    }
    if (!(rampStart > 0 && rampStart <= 1)) {
      throw new IllegalArgumentException("rampStart must be in (0, 1], got " + rampStart);
    }
    for (double v : new double[] {lambdaFit, lambdaLatent, lambdaBackward, lambdaReconstruct, lambdaPadding,
        lambdaLikelihood, yNoise, padNoise, zNoise, weightDecay}) {
      if (!(v >= 0) || !Double.isFinite(v)) {
        throw new IllegalArgumentException("loss weights, noise scales and weight decay must be finite and >= 0, got " + v);
      }
    }
    if (lambdaLikelihood > 0 && (!(yNoise > 0) || !(padNoise > 0) && totalDimension > yDimension + zDimension)) {
      throw new IllegalArgumentException("the likelihood term models the y (and [z, y] padding) outputs as Gaussians of "
          + "the y and padding noise: they must be > 0, got yNoise " + yNoise + ", padNoise " + padNoise);
    }
    forwardKernels = List.copyOf(forwardKernels);
    backwardKernels = List.copyOf(backwardKernels);
    if (forwardKernels.isEmpty() || backwardKernels.isEmpty()) {
      throw new IllegalArgumentException("forward and backward MMD need at least one kernel each");
    }
  }

  /**
   * The 8-mode toy. Losses, weights, noise and kernels are those of FrEIA's toy demo: x 2, z 2,
   * y 8; λ_fit 3, λ_latent 300, λ_backward 400 ramped up from 0.004 (rampStart 0.002); noise
   * 0.1 on y and on the reconstructed z, 0.05 in the padding; inverse multiquadric kernels
   * h²/(h² + d), h ∈ {0.05, 0.2, 0.9}, in both directions; Adam β = (0.8, 0.9) at 10⁻³. The
   * network is smaller than the demo's (8 couplings with one hidden layer of 512, D = 16,
   * batch 1600, 400 steps) so that it trains in minutes on a CPU: D = 10 (no [z, y] padding),
   * 6 couplings with one hidden layer of 128, batch 300, 1000 steps, learning rate decaying to
   * 10⁻⁴. λ_padding 3 (the demo has none) keeps the x padding of inverse samples near 0. The
   * reconstruction weight is 100 instead of the demo's 3: with 3 the posteriors of every label
   * shrank to thin curves (the flow keeps the within-mode position in small deviations of v_y
   * rather than in z); with 100 the within-mode standard deviations are 0.07-0.33 (true 0.2),
   * see docs/inn.md. These settings leave a ring between the modes of the 'none' labels and thin
   * curves for the others; {@link #eightModesToy()} is the preset that recovers round modes (the
   * benchmark table's INN row still borrows these).
   */
  public static InnConfig eightModes() {
    List<MmdKernel> kernels = List.of(new MmdKernel(0.05 * 0.05, 1), new MmdKernel(0.2 * 0.2, 1),
        new MmdKernel(0.9 * 0.9, 1));
    return new InnConfig(2, 8, 2, 10, 6, 128, 1, 2.0, 3, 300, 400, 100, 3, 0, 0.1, 0.05, 0.1, kernels, kernels, 300, 1000,
        0.002, 1e-3, 0.1, 2e-5, 1);
  }

  /**
   * The 8-mode toy preset of {@code inverse inn toy8}: every own mode of every label map ('all',
   * 'some', 'none') is reached by at least 70 % of its share, as a clump of about the right width
   * (standard deviations 0.09-0.23 inside, true 0.195), after the final stage
   * {@link #eightModesToyFinalStage()}; thin bridges between neighbouring modes remain (0.12 of the
   * samples with 'none', 0.08 for label 0 of 'some', true 0.011; without the final stage 0.18 and
   * 0.12). docs/inn.md, "The toy preset" and "Final stage". Against
   * {@link #eightModes()} (FrEIA's demo losses on a smaller network, which draws rings between the
   * modes of 'none' and thin curves for 'some' and 'all'):
   * <ul>
   *   <li>FrEIA's layout: D = 16 (6 [z, y] padding columns), λ_rec 3, no x-padding loss,
   *       constant learning rate 10⁻³;</li>
   *   <li>y noise 0.02 instead of 0.1: with 0.1 the flow hides the within-mode position of x in
   *       deviations of v_y below the noise (cheap for L_y), so posteriors sampled with the clean
   *       y shrink to streaks;</li>
   *   <li>a fourth forward kernel of width 3: without it the forward z of each label sits off
   *       N(0, I) where the narrower kernels give almost no gradient (forward z sd 4.8 instead
   *       of 1 with 'all' labels).</li>
   * </ul>
   */
  public static InnConfig eightModesToy() {
    List<MmdKernel> backward = List.of(new MmdKernel(0.05 * 0.05, 1), new MmdKernel(0.2 * 0.2, 1),
        new MmdKernel(0.9 * 0.9, 1));
    List<MmdKernel> forward = List.of(new MmdKernel(0.05 * 0.05, 1), new MmdKernel(0.2 * 0.2, 1),
        new MmdKernel(0.9 * 0.9, 1), new MmdKernel(3 * 3, 1));
    return new InnConfig(2, 8, 2, 16, 6, 128, 1, 2.0, 3, 300, 400, 3, 0, 0, 0.02, 0.05, 0.1, forward, backward, 300,
        TOY_STEPS, 0.002, 1e-3, 1, 2e-5, 1);
  }

  /**
   * The final stage of the toy preset, run after {@link #eightModesToy()} by
   * {@link InnTraining#continueTraining}: {@value #TOY_FINAL_STEPS} steps of batch
   * {@value #TOY_FINAL_BATCH} (FrEIA's demo batch), the inverse MMD at full weight, learning rate
   * 10⁻³. At batch 300 the MMDs hardly tell thin bridges between the modes from the modes
   * themselves; at 1600 their sampling noise is about 5 times smaller (docs/inn.md, "Final stage").
   */
  public static InnConfig eightModesToyFinalStage() {
    return eightModesToy().finalStage(TOY_FINAL_STEPS, TOY_FINAL_BATCH, 1e-3);
  }

  /** @return a copy with another number of steps and batch size */
  public InnConfig withSchedule(int newSteps, int newBatchSize) {
    return new InnConfig(xDimension, yDimension, zDimension, totalDimension, couplings, hiddenWidth, hiddenLayers, clamp,
        lambdaFit, lambdaLatent, lambdaBackward, lambdaReconstruct, lambdaPadding, lambdaLikelihood, yNoise, padNoise, zNoise,
        forwardKernels,
        backwardKernels, newBatchSize, newSteps, rampStart, learningRate, finalDecay, weightDecay, seed);
  }

  /**
   * @return a copy for a final training stage ({@link InnTraining#continueTraining}): another number of
   *     steps, batch size and (constant) learning rate, with the inverse MMD at full weight (no ramp-up)
   */
  public InnConfig finalStage(int newSteps, int newBatchSize, double newLearningRate) {
    return new InnConfig(xDimension, yDimension, zDimension, totalDimension, couplings, hiddenWidth, hiddenLayers, clamp,
        lambdaFit, lambdaLatent, lambdaBackward, lambdaReconstruct, lambdaPadding, lambdaLikelihood, yNoise, padNoise, zNoise,
        forwardKernels, backwardKernels, newBatchSize, newSteps, 1, newLearningRate, 1, weightDecay, seed);
  }

  /** @return whether the other config builds the same network (dimensions, couplings, subnets, clamp) */
  public boolean sameArchitecture(InnConfig other) {
    return xDimension == other.xDimension && yDimension == other.yDimension && zDimension == other.zDimension
        && totalDimension == other.totalDimension && couplings == other.couplings && hiddenWidth == other.hiddenWidth
        && hiddenLayers == other.hiddenLayers && clamp == other.clamp;
  }

  /** @return width of the [z, y] padding */
  public int yzPadding() {
    return totalDimension - yDimension - zDimension;
  }

  /** @return the factor of the inverse MMD at step t: min(1, 2 · rampStart^(1 − t/steps)) */
  public double rampFactor(int step) {
    return Math.min(1.0, 2.0 * Math.pow(rampStart, 1.0 - (double) step / Math.max(1, steps)));
  }
}
