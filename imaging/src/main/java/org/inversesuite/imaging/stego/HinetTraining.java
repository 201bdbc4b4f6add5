package org.inversesuite.imaging.stego;

import java.util.List;
import org.inversesuite.core.image.ImageShape;
import org.inversesuite.core.nn.JavaDenseKernel;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.train.AdamW;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.denoise.TrainingLatent;
import org.inversesuite.imaging.patch.PatchSampler;

/**
 * Trains a {@link HinetNetwork} with HiNet's losses (Jing et al. 2021, eq. 9-12) on the 0-1
 * scale. With W the Haar transform, [S, r] = f([W c, W s]) for cover c and secret s, the stego
 * image is W⁻¹S and the revealed secret ŝ = W⁻¹ of the second half of f⁻¹([S, ẑ]):
 * \[ L = \tfrac{1}{N}\big(\lambda_g \lVert W^{-1}S - c\rVert^2 + \lambda_l \lVert S_{LL} - (Wc)_{LL}\rVert^2
 *      + \lambda_r \lVert \hat s - s\rVert^2\big), \]
 * HiNet's sums of squares (λ_z = 0 in HiNet; {@link HinetLoss#lost()}), divided by N = batch·3HW (the common factor keeps HiNet's relative
 * weights; Adam is insensitive to it). W is orthonormal, so the guide and reconstruction terms
 * are computed on the bands. The gradient of the reconstruction term flows through the inverse
 * pass and, via S, through the forward pass. HiNet draws ẑ ~ N(0, I); {@link TrainingLatent#ZERO}
 * uses ẑ = 0, what the reveal command feeds by default; {@link StegoNoise#ROUNDING} adds
 * U(−½, ½)/255 to the stego pixels before the reveal pass, {@link StegoNoise#QUANTIZE} clamps and
 * rounds them to 8 bit as a saved stego image is (both with a straight-through gradient). Adam with
 * a cosine-decayed step size, float32. With a lost-information predictor
 * ({@link HinetConfig#lostPredictor}) the reveal pass is fed ẑ + ĝ(S) (S the perturbed stego
 * bands) and ĝ is trained by the reconstruction term through the inverse pass; the couplings may start from a trained model's weights
 * ({@link HinetExperiment#initialModel()}, {@link WarmStart}).
 */
public final class HinetTraining {
  private HinetTraining() {}

  /**
   * Per-step mean squared errors on the 0-1 scale (10 log₁₀(1/mse) is a PSNR).
   *
   * @param guide stego vs cover
   * @param lowFrequency LL band of stego vs cover
   * @param reconstruction revealed vs secret
   * @param lost mean square of the lost information r (its distance to the z = 0 reveal feeds)
   */
  public record StepLoss(double guide, double lowFrequency, double reconstruction, double lost) {}

  /** Told of every finished step, with the weights after it (e.g. to write a checkpoint). */
  @FunctionalInterface
  public interface Listener {
    /**
     * @param it the step just taken (0-based)
     * @param loss its losses (before the update)
     * @param weights the weights after the update; live, copy them to keep them
     */
    void step(int it, StepLoss loss, Parameters weights);
  }

  /**
   * @param images the training images (RGB); cover and secret patches are drawn independently
   * @param initial weights of a trained network to start from ({@link WarmStart}), or null
   * @param progress called after each step
   * @return the trained weights
   */
  public static Parameters train(HinetExperiment e, List<Image> images, Parameters initial, Listener progress) {
    Rng root = new Rng(e.seed());
    ImageShape shape = new ImageShape(3, e.patchSize(), e.patchSize());
    Parameters parameters = new Parameters(Precision.FLOAT32);
    HinetNetwork net = new HinetNetwork(e.network(), shape, parameters);
    parameters.initialise(root.stream("model"));
    if (initial != null) {
      WarmStart.copy(initial, parameters);
    }
    Workspace ws = new Workspace(parameters, new JavaDenseKernel());
    AdamW adam = new AdamW(parameters.size(), 0.9, 0.999, 1e-8, 0);
    PatchSampler sampler = new PatchSampler(images, e.patchSize());
    Rng patches = root.stream("patches");
    Rng latent = root.stream("latent");
    for (int it = 0; it < e.iterations(); it++) {
      Matrix cover = batch(sampler, patches, e.batchSize(), shape);
      Matrix secret = batch(sampler, patches, e.batchSize(), shape);
      StepLoss loss = step(net, cover, secret, e.loss(), e.latent(), e.stegoNoise(), latent, ws);
      adam.update(parameters.values(), ws.gradients(), e.learningRate(it));
      ws.zeroGradients();
      progress.step(it, loss, parameters);
    }
    return parameters;
  }

  /**
   * Replaces the stego half of {@code latent} (rows [S, ẑ]) by the bands of the perturbed stego
   * image: W(W⁻¹S + u) with u ~ U(−½, ½)/255 ({@link StegoNoise#ROUNDING}), or W q(W⁻¹S) with q
   * the clamp to [0, 1] and rounding to 1/255 ({@link StegoNoise#QUANTIZE}). The gradient passes
   * the noise and the rounding straight through; the clamp's derivative is exact: 1 inside [0, 1],
   * 0 outside, so a pixel pushed out of range is seen to carry nothing (with the clamp passed
   * straight through too, the recovery gradient kept pushing saturated pixels further out and
   * training degraded).
   *
   * @return the clamp's derivative per stego pixel [n, 3HW] (all ones for ROUNDING)
   */
  private static Matrix perturbStego(HinetNetwork net, Matrix latent, StegoNoise kind, Rng rng, Workspace ws) {
    int n = latent.rows();
    int m = net.branchSize();
    Matrix stego = net.inverseHaar(net.branch(latent, 0), ws);
    Matrix inRange = stego.like(n, m);
    for (int i = 0; i < stego.size(); i++) {
      double v = stego.get(i);
      boolean inside = kind == StegoNoise.ROUNDING || (v >= 0 && v <= 1);
      inRange.set(i, inside ? 1 : 0);
      stego.set(i, kind == StegoNoise.ROUNDING ? v + (rng.uniform() - 0.5) / 255
          : Math.rint(255 * Math.min(1, Math.max(0, v))) / 255);
    }
    Matrix bands = net.haar(stego, ws);
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < m; j++) {
        latent.set(r * 2 * m + j, bands.get(r * m + j));
      }
    }
    return inRange;
  }

  private static Matrix batch(PatchSampler sampler, Rng rng, int n, ImageShape shape) {
    Matrix x = Matrix.zeros(Precision.FLOAT32, n, shape.size());
    for (int r = 0; r < n; r++) {
      double[] v = sampler.sample(rng).values();
      for (int j = 0; j < v.length; j++) {
        x.set(r * shape.size() + j, v[j] / 255);
      }
    }
    return x;
  }

  /**
   * One loss and gradient evaluation; gradients are added to {@code ws.gradients()}.
   *
   * @param cover [n, 3HW] on the 0-1 scale
   * @param secret [n, 3HW] on the 0-1 scale
   */
  static StepLoss step(HinetNetwork net, Matrix cover, Matrix secret, HinetLoss weights, TrainingLatent latentKind,
      StegoNoise stegoNoise, Rng rng, Workspace ws) {
    int n = cover.rows();
    int m = net.branchSize();
    int low = m / 4;
    double norm = (double) n * m;
    Matrix coverBands = net.haar(cover, ws);
    Matrix secretBands = net.haar(secret, ws);
    List<Matrix> trace = net.forward(net.stack(coverBands, secretBands), ws);
    Matrix out = trace.get(trace.size() - 1);
    Matrix dOut = out.like(n, 2 * m);
    Matrix latent = out.copy();
    double guide = 0;
    double lowFrequency = 0;
    double lost = 0;
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < m; j++) {
        double rest = out.get(r * 2 * m + m + j);
        lost += rest * rest;
        dOut.set(r * 2 * m + m + j, weights.lost() * 2 * rest / norm);
        double diff = out.get(r * 2 * m + j) - coverBands.get(r * m + j);
        guide += diff * diff;
        double g = weights.guide() * 2 * diff;
        if (j < low) {
          lowFrequency += diff * diff;
          g += weights.lowFrequency() * 2 * diff;
        }
        dOut.set(r * 2 * m + j, g / norm);
        latent.set(r * 2 * m + m + j, latentKind == TrainingLatent.GAUSSIAN ? rng.gaussian() : 0);
      }
    }
    Matrix inRange = stegoNoise == StegoNoise.NONE ? null : perturbStego(net, latent, stegoNoise, rng, ws);
    Matrix stegoBands = net.branch(latent, 0);
    Matrix predicted = net.predictLost(stegoBands, ws);
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < m; j++) {
        latent.add(r * 2 * m + m + j, predicted.get(r * m + j));
      }
    }
    List<Matrix> back = net.inverse(latent, ws);
    Matrix revealed = back.get(back.size() - 1);
    Matrix dRevealed = revealed.like(n, 2 * m);
    double reconstruction = 0;
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < m; j++) {
        double diff = revealed.get(r * 2 * m + m + j) - secretBands.get(r * m + j);
        reconstruction += diff * diff;
        dRevealed.set(r * 2 * m + m + j, weights.reconstruction() * 2 * diff / norm);
      }
    }
    Matrix dLatent = net.inverseBackward(back, dRevealed, ws);
    Matrix dStego = net.branch(dLatent, 0);
    Matrix viaPredictor = net.predictLostBackward(stegoBands, net.branch(dLatent, 1), ws);
    for (int i = 0; i < dStego.size(); i++) {
      dStego.add(i, viaPredictor.get(i));
    }
    if (inRange != null) {
      Matrix pixels = net.inverseHaar(dStego, ws);
      for (int i = 0; i < pixels.size(); i++) {
        pixels.set(i, pixels.get(i) * inRange.get(i));
      }
      dStego = net.haar(pixels, ws);
    }
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < m; j++) {
        dOut.add(r * 2 * m + j, dStego.get(r * m + j));
      }
    }
    net.backward(trace, dOut, ws);
    return new StepLoss(guide / norm, lowFrequency / (norm / 4), reconstruction / norm, lost / norm);
  }
}
