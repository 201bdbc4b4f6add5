package org.inversesuite.imaging.winnet;

import java.nio.file.Path;
import java.util.List;
import org.inversesuite.core.nn.JavaDenseKernel;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.train.AdamW;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.colour.ColourSpace;
import org.inversesuite.imaging.noise.NoiseLevel;
import org.inversesuite.imaging.patch.PatchSampler;

/**
 * Trains the shrinkage subnets of a {@link ShrinkageNetwork} with the mean squared error of the
 * denoised patch against the clean one, \( L = \tfrac{1}{|x|}\lVert W^{-1}\hat S W(x + \sigma\varepsilon) -
 * x\rVert_2^2 / 255^2 \) (Huang and Dragotti 2022 train WINNet with this MSE), on augmented
 * patches of the training images; every channel of an RGB patch is one single-channel row. Adam
 * with a warmed-up, cosine-decayed step size ({@link WinnetExperiment#learningRateAt(int, double)}),
 * float32 subnets. Starts from the BayesShrink denoiser (zero last layers) or from the weights of
 * the experiment's {@code initialModel} (warm start). A blind experiment draws σ per patch from
 * U[lo, hi] and feeds the network the level {@link NoiseLevel} estimates from the noisy patch,
 * as the blind denoiser does at test time.
 */
public final class WinnetTraining {
  /** The smallest noise level fed to a blind network (its inputs are divided by σ). */
  public static final double BLIND_FLOOR = 1.0;

  private WinnetTraining() {}

  /** Sees every step. */
  @FunctionalInterface
  public interface Listener {
    /**
     * @param it the step just taken (0-based)
     * @param mse its training MSE, 0-255 scale
     * @param learningRate the step size it used
     * @param weights the weights after it (live: copy to keep)
     */
    void step(int it, double mse, double learningRate, Parameters weights);
  }

  /** @return a network of the experiment's patch size and its freshly initialised weights */
  public static ShrinkageNetwork network(WinnetExperiment e, Precision precision) {
    Parameters p = new Parameters(precision);
    ShrinkageNetwork net = new ShrinkageNetwork(e.levels(), e.subnet(), e.patchSize(), e.patchSize(), p);
    p.initialise(new Rng(e.seed()).stream("model"));
    return net;
  }

  /**
   * @param root the repository root, against which {@code initialModel} is resolved
   * @return the experiment's network with the weights of its {@code initialModel}, or freshly initialised
   * @throws IllegalArgumentException naming the file when its levels or subnet differ
   */
  public static ShrinkageNetwork startingNetwork(WinnetExperiment e, Path root) {
    return startingNetworkFrom(e, e.initialModel().isEmpty() ? null : root.resolve(e.initialModel()));
  }

  /**
   * @param file the model to start from (the experiment's resolved {@code initialModel}), or null
   * @return the experiment's network with the weights of {@code file}, or freshly initialised
   * @throws IllegalArgumentException naming the file when its levels or subnet differ
   */
  public static ShrinkageNetwork startingNetworkFrom(WinnetExperiment e, Path file) {
    ShrinkageNetwork net = network(e, Precision.FLOAT32);
    if (file == null) {
      return net;
    }
    WinnetModelFile.Loaded start = WinnetModelFile.read(file);
    if (start.experiment().levels() != e.levels() || !start.experiment().subnet().equals(e.subnet())) {
      throw new IllegalArgumentException("initialModel " + file + " has " + start.experiment().levels() + " levels and subnet "
          + start.experiment().subnet() + "; the experiment " + e.name() + " has " + e.levels() + " and " + e.subnet());
    }
    net.parameters().assign(start.parameters().values());
    return net;
  }

  /**
   * @param net the network to train, from {@link #startingNetwork}
   * @param clean the training images
   * @param budgetSeconds wall-time budget (Infinity: none); the schedule position is the larger
   *     of the step fraction and the budget fraction spent, and the run ends when either is spent
   * @param listener called after every step
   * @return the trained weights
   */
  public static Parameters train(WinnetExperiment e, ShrinkageNetwork net, List<Image> clean, double budgetSeconds,
      Listener listener) {
    long t0 = System.nanoTime();
    Rng root = new Rng(e.seed());
    Parameters parameters = net.parameters();
    Workspace ws = new Workspace(parameters, new JavaDenseKernel());
    AdamW adam = new AdamW(parameters.size(), 0.9, 0.999, 1e-8, 0);
    PatchSampler sampler = new PatchSampler(clean, e.patchSize(), false);
    Rng patches = root.stream("patches");
    Rng noise = root.stream("noise");
    for (int it = 0; it < e.iterations(); it++) {
      double spent = (System.nanoTime() - t0) / 1e9 / budgetSeconds;
      if (spent >= 1) {
        break;
      }
      Matrix x = planes(sampler, patches, e.batchSize(), e.patchSize(), e.colour());
      double mse = step(e, net, x, noise, ws);
      double lr = e.learningRateAt(it, Math.max(e.iterations() <= 1 ? 0 : (double) it / (e.iterations() - 1), spent));
      adam.update(parameters.values(), ws.gradients(), lr);
      ws.zeroGradients();
      listener.step(it, mse, lr, parameters);
    }
    return parameters;
  }

  /**
   * @return the planes of {@code batch} random RGB patches in the colour space, one single-channel
   *     plane per row (0-255 scale; noise added to them afterwards is the RGB noise in that space,
   *     the space being orthonormal)
   */
  static Matrix planes(PatchSampler sampler, Rng patches, int batch, int size, ColourSpace colour) {
    int plane = size * size;
    Matrix x = Matrix.zeros(Precision.FLOAT64, 3 * batch, plane);
    for (int b = 0; b < batch; b++) {
      double[] v = sampler.sample(patches).values();
      colour.forwardInPlace(v, 0, plane);
      for (int j = 0; j < v.length; j++) {
        x.set(b * 3 * plane + j, v[j]);
      }
    }
    return x;
  }

  /**
   * One loss and gradient evaluation (gradients added to {@code ws.gradients()}) on RGB patches
   * stored as 3 consecutive rows each; @return the MSE
   */
  static double step(WinnetExperiment e, ShrinkageNetwork net, Matrix clean, Rng noise, Workspace ws) {
    int rows = clean.rows();
    int plane = clean.cols();
    double[] sigma = new double[rows];
    double[] noisy = new double[clean.size()];
    for (int r = 0; r < rows; r += 3) {
      double s = e.blind() ? noise.uniform(e.sigmaRange().get(0), e.sigmaRange().get(1)) : e.sigma();
      for (int i = r * plane; i < (r + 3) * plane; i++) {
        noisy[i] = clean.get(i) + s * noise.gaussian();
      }
      double fed = e.blind() ? blindLevel(NoiseLevel.estimate(noisy, r * plane, 3, side(plane), side(plane))) : s;
      java.util.Arrays.fill(sigma, r, r + 3, fed);
    }
    Matrix y = Matrix.zeros(Precision.FLOAT64, rows, plane);
    for (int i = 0; i < noisy.length; i++) {
      y.set(i, noisy[i]);
    }
    return net.backward(net.analyse(y, sigma, ws), clean, ws);
  }

  /** @return the noise level a blind network is fed for the estimate σ̂: max(σ̂, {@link #BLIND_FLOOR}) */
  public static double blindLevel(double estimate) {
    return Math.max(BLIND_FLOOR, estimate);
  }

  private static int side(int plane) {
    return (int) Math.round(Math.sqrt(plane));
  }
}
