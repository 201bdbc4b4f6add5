package org.inversesuite.imaging.denoise;

import java.util.List;
import java.util.function.IntConsumer;
import org.inversesuite.core.image.ImageShape;
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
 * Trains an {@link InvdnNetwork} on noisy/clean patch pairs with InvDN's two losses (Liu et al.
 * 2021, eq. 5-7), on the 0-1 scale: with (LR, z) = f(y) for the noisy patch y and clean patch x,
 * \[ L = \tfrac{1}{|LR|}\lVert LR - H_{LL}(x)\rVert_2^2
 *      + \lambda \tfrac{1}{|x|}\lVert f^{-1}(LR, \hat z) - x\rVert_1, \]
 * where H_LL is the Haar low-pass band (the paper uses a bicubic downsampling; the network's own
 * orthonormal Haar band is used here so the target is exactly representable). The gradient of
 * the reconstruction term flows back through the inverse pass and, via LR, through the forward
 * pass. The paper draws ẑ ~ N(0, I); {@link TrainingLatent#ZERO} uses ẑ = 0, the latent the
 * denoiser feeds at test time, which short runs on a CPU learn much faster. Adam at a constant
 * or cosine-decayed step size ({@link InvdnExperiment#learningRate(int)}), float32 (libnd4j
 * convolutions).
 */
public final class InvdnTraining {
  private InvdnTraining() {}

  /** Per-step losses, for logging. */
  public record StepLoss(double forward, double backward) {}

  /**
   * @param clean the training images (RGB)
   * @param progress called with each finished step
   * @return the trained weights
   */
  public static Parameters train(InvdnExperiment e, List<Image> clean, java.util.function.BiConsumer<Integer, StepLoss> progress) {
    return train(e, clean, progress, () -> false);
  }

  /**
   * {@link #train(InvdnExperiment, List, java.util.function.BiConsumer)} that ends early, after the
   * step at which {@code stop} first answers true (a time budget); the step-size schedule stays
   * the one of the full run.
   */
  public static Parameters train(InvdnExperiment e, List<Image> clean, java.util.function.BiConsumer<Integer, StepLoss> progress,
      java.util.function.BooleanSupplier stop) {
    return train(e, clean, null, progress, stop);
  }

  /**
   * {@link #train(InvdnExperiment, List, java.util.function.BiConsumer, java.util.function.BooleanSupplier)}
   * starting from {@code initial} weights (fine-tuning) instead of the seeded initialisation when
   * it is not null.
   *
   * @param initial weights of the experiment's network, or null
   */
  public static Parameters train(InvdnExperiment e, List<Image> clean, Matrix initial,
      java.util.function.BiConsumer<Integer, StepLoss> progress, java.util.function.BooleanSupplier stop) {
    return train(e, clean, initial, progress, stop, (it, weights) -> { });
  }

  /**
   * {@link #train(InvdnExperiment, List, Matrix, java.util.function.BiConsumer, java.util.function.BooleanSupplier)}
   * that also shows {@code afterStep} the weights after each step (live: copy to keep), e.g. to
   * write a checkpoint.
   */
  public static Parameters train(InvdnExperiment e, List<Image> clean, Matrix initial,
      java.util.function.BiConsumer<Integer, StepLoss> progress, java.util.function.BooleanSupplier stop,
      java.util.function.BiConsumer<Integer, Parameters> afterStep) {
    Rng root = new Rng(e.seed());
    ImageShape shape = new ImageShape(3, e.patchSize(), e.patchSize());
    Parameters parameters = new Parameters(Precision.FLOAT32);
    InvdnNetwork net = new InvdnNetwork(e.network(), shape, parameters);
    parameters.initialise(root.stream("model"));
    if (initial != null) {
      if (initial.size() != parameters.size()) {
        throw new IllegalArgumentException("the initial weights hold " + initial.size() + " values, the network of "
            + e.name() + " has " + parameters.size());
      }
      parameters.assign(initial);
    }
    Workspace ws = new Workspace(parameters, new JavaDenseKernel());
    AdamW adam = new AdamW(parameters.size(), 0.9, 0.999, 1e-8, 0);
    PatchSampler sampler = new PatchSampler(clean, e.patchSize(), e.permuteColours());
    Rng patches = root.stream("patches");
    Rng noise = root.stream("noise");
    for (int it = 0; it < e.iterations(); it++) {
      Matrix x = sampleBatch(sampler, patches, e.batchSize(), shape.size());
      StepLoss loss = step(net, x, e.sigma() / 255, e.backwardWeight(), e.latent(), noise, ws);
      adam.update(parameters.values(), ws.gradients(), e.learningRate(it));
      ws.zeroGradients();
      progress.accept(it, loss);
      afterStep.accept(it, parameters);
      if (stop.getAsBoolean()) {
        break;
      }
    }
    return parameters;
  }

  /** @return {@code batch} random augmented patches on the 0-1 scale, one per row (float32) */
  static Matrix sampleBatch(PatchSampler sampler, Rng patches, int batch, int size) {
    Matrix x = Matrix.zeros(Precision.FLOAT32, batch, size);
    for (int r = 0; r < batch; r++) {
      double[] v = sampler.sample(patches).values();
      for (int j = 0; j < v.length; j++) {
        x.set(r * size + j, v[j] / 255);
      }
    }
    return x;
  }

  /** The parts of {@link #step}, for profiling. */
  enum Phase {
    TARGET("noise and Haar target"), FORWARD("forward"), INVERSE("inverse"), INVERSE_BACKWARD("backward of the inverse"),
    FORWARD_BACKWARD("backward of the forward"), LOSSES("losses and their gradients");

    private final String label;

    Phase(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  /** Receives the nanoseconds each {@link Phase} of a step took. */
  interface PhaseTimer {
    void add(Phase phase, long nanos);
  }

  /** One loss and gradient evaluation; gradients are added to {@code ws.gradients()}. */
  static StepLoss step(InvdnNetwork net, Matrix clean, double sigma, double backwardWeight, TrainingLatent latentKind,
      Rng noise, Workspace ws) {
    return step(net, clean, sigma, backwardWeight, latentKind, noise, ws, (phase, nanos) -> { });
  }

  /** {@link #step}, reporting the time of each phase to {@code timer}. */
  static StepLoss step(InvdnNetwork net, Matrix clean, double sigma, double backwardWeight, TrainingLatent latentKind,
      Rng noise, Workspace ws, PhaseTimer timer) {
    long t0 = System.nanoTime();
    int n = clean.rows();
    int d = clean.cols();
    int lr = net.lowResolutionSize();
    Matrix noisy = clean.copy();
    for (int i = 0; i < noisy.size(); i++) {
      noisy.add(i, sigma * noise.gaussian());
    }
    Matrix target = net.haar(clean, ws);
    long t1 = System.nanoTime();
    timer.add(Phase.TARGET, t1 - t0);
    List<Matrix> trace = net.forward(noisy, ws);
    long t2 = System.nanoTime();
    timer.add(Phase.FORWARD, t2 - t1);
    Matrix z = trace.get(trace.size() - 1);
    Matrix dz = z.like(n, d);
    Matrix latent = z.copy();
    double forwardLoss = 0;
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < d; j++) {
        int i = r * d + j;
        if (j < lr) {
          double diff = z.get(i) - target.get(i);
          forwardLoss += diff * diff;
          dz.set(i, 2 * diff / ((double) n * lr));
        } else {
          latent.set(i, latentKind == TrainingLatent.GAUSSIAN ? noise.gaussian() : 0);
        }
      }
    }
    long t3 = System.nanoTime();
    timer.add(Phase.LOSSES, t3 - t2);
    List<Matrix> back = net.inverse(latent, ws);
    long t4 = System.nanoTime();
    timer.add(Phase.INVERSE, t4 - t3);
    Matrix rec = back.get(back.size() - 1);
    Matrix dx = rec.like(n, d);
    double backwardLoss = 0;
    for (int i = 0; i < rec.size(); i++) {
      double diff = rec.get(i) - clean.get(i);
      backwardLoss += Math.abs(diff);
      dx.set(i, backwardWeight * Math.signum(diff) / ((double) n * d));
    }
    long t5 = System.nanoTime();
    timer.add(Phase.LOSSES, t5 - t4);
    Matrix dLatent = net.inverseBackward(back, dx, ws);
    long t6 = System.nanoTime();
    timer.add(Phase.INVERSE_BACKWARD, t6 - t5);
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < lr; j++) {
        dz.add(r * d + j, dLatent.get(r * d + j));
      }
    }
    net.backward(trace, dz, ws);
    timer.add(Phase.FORWARD_BACKWARD, System.nanoTime() - t6);
    return new StepLoss(forwardLoss / ((double) n * lr), backwardLoss / ((double) n * d));
  }
}
