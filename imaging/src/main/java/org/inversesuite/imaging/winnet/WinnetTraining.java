package org.inversesuite.imaging.winnet;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import org.inversesuite.core.nn.JavaDenseKernel;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.train.AdamW;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.patch.PatchSampler;

/**
 * Trains the shrinkage subnets of a {@link ShrinkageNetwork} with the mean squared error of the
 * denoised patch against the clean one, \( L = \tfrac{1}{|x|}\lVert W^{-1}\hat S W(x + \sigma\varepsilon) -
 * x\rVert_2^2 / 255^2 \) (Huang and Dragotti 2022 train WINNet with this MSE), on augmented
 * patches of the training images; every channel of an RGB patch is one single-channel row. Adam
 * with a cosine-decayed step size, float32 subnets. Starts from the BayesShrink denoiser (zero
 * last layers).
 */
public final class WinnetTraining {
  private WinnetTraining() {}

  /** @return a network of the experiment's patch size and its freshly initialised weights */
  public static ShrinkageNetwork network(WinnetExperiment e, Precision precision) {
    Parameters p = new Parameters(precision);
    ShrinkageNetwork net = new ShrinkageNetwork(e.levels(), e.subnet(), e.patchSize(), e.patchSize(), p);
    p.initialise(new Rng(e.seed()).stream("model"));
    return net;
  }

  /**
   * @param clean the training images
   * @param progress called with each step and its MSE (0-255 scale)
   * @param stop answers true to end early (a time budget)
   * @return the trained weights
   */
  public static Parameters train(WinnetExperiment e, List<Image> clean, BiConsumer<Integer, Double> progress,
      BooleanSupplier stop) {
    Rng root = new Rng(e.seed());
    ShrinkageNetwork net = network(e, Precision.FLOAT32);
    Parameters parameters = net.parameters();
    Workspace ws = new Workspace(parameters, new JavaDenseKernel());
    AdamW adam = new AdamW(parameters.size(), 0.9, 0.999, 1e-8, 0);
    PatchSampler sampler = new PatchSampler(clean, e.patchSize(), false);
    Rng patches = root.stream("patches");
    Rng noise = root.stream("noise");
    for (int it = 0; it < e.iterations(); it++) {
      Matrix x = planes(sampler, patches, e.batchSize(), e.patchSize());
      double mse = step(net, x, e.sigma(), noise, ws);
      adam.update(parameters.values(), ws.gradients(), e.learningRateAt(it));
      ws.zeroGradients();
      progress.accept(it, mse);
      if (stop.getAsBoolean()) {
        break;
      }
    }
    return parameters;
  }

  /** @return the channels of {@code batch} random RGB patches, one single-channel plane per row (0-255) */
  static Matrix planes(PatchSampler sampler, Rng patches, int batch, int size) {
    int plane = size * size;
    Matrix x = Matrix.zeros(Precision.FLOAT64, 3 * batch, plane);
    for (int b = 0; b < batch; b++) {
      double[] v = sampler.sample(patches).values();
      for (int j = 0; j < v.length; j++) {
        x.set(b * 3 * plane + j, v[j]);
      }
    }
    return x;
  }

  /** One loss and gradient evaluation (gradients added to {@code ws.gradients()}); @return the MSE */
  static double step(ShrinkageNetwork net, Matrix clean, double sigma, Rng noise, Workspace ws) {
    Matrix noisy = clean.copy();
    for (int i = 0; i < noisy.size(); i++) {
      noisy.add(i, sigma * noise.gaussian());
    }
    return net.backward(net.analyse(noisy, sigma, ws), clean, ws);
  }
}
