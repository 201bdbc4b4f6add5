package org.inversesuite.imaging.denoise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inversesuite.core.image.ImageShape;
import org.inversesuite.core.nn.Conv2d;
import org.inversesuite.core.nn.JavaDenseKernel;
import org.inversesuite.core.nn.OutputInit;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.train.AdamW;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.patch.PatchSampler;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Where the time of one InvDN training step goes: patch sampling, the Haar target, the forward
 * pass, the inverse pass, the backward pass of the inverse, the backward pass of the forward and
 * the Adam update, timed separately on the phases of {@link InvdnTraining#step}; and, for
 * comparison, the bare libnd4j convolutions of the subnets at the same shapes (the floor a
 * step cannot go below with these calls). Prints patches/s and the convolutions' GFLOP/s, for
 * the path before the reuse (every backward pass reruns its subnet, every convolution allocates
 * its ND4J arrays: {@code Workspace.setReuse(false)}) and after, alternating in one JVM.
 * Networks and batches from {@code -Dinvdn.profile=couplings/h1,h2/batch;...}. Run with
 * {@code mvn -o -q -Pbench -pl core,data,imaging -am verify -Dtest=InvdnStepProfileBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class InvdnStepProfileBenchmark {
  private static final int PATCH = 32;
  private static final int WARMUP = 3;
  private static final int STEPS = 15;

  @Test
  void phases() {
    String spec = System.getProperty("invdn.profile", "2/16,16/8;2/16,16/32;4/32,32/32");
    for (String one : spec.split(";")) {
      String[] f = one.split("/");
      List<Integer> hidden = new ArrayList<>();
      for (String h : f[1].split(",")) {
        hidden.add(Integer.parseInt(h));
      }
      InvdnNetworkConfig config = new InvdnNetworkConfig(Integer.parseInt(f[0]), hidden, 1.0);
      int batch = Integer.parseInt(f[2]);
      double[] before = new double[2];
      double[] after = new double[2];
      for (int round = 0; round < 2; round++) { // alternate, so that the load of the machine hits both alike
        before[round] = profile(config, batch, false);
        after[round] = profile(config, batch, true);
      }
      System.out.printf(Locale.ROOT, "%n=> %s, batch %d: recompute + allocate %.1f, %.1f patches/s; reuse %.1f, %.1f "
          + "patches/s; ratio %.2f%n", config, batch, before[0], before[1], after[0], after[1],
          (after[0] + after[1]) / (before[0] + before[1]));
    }
  }

  /** @return patches/s */
  private static double profile(InvdnNetworkConfig config, int batch, boolean reuse) {
    ImageShape shape = new ImageShape(3, PATCH, PATCH);
    Parameters p = new Parameters(Precision.FLOAT32);
    InvdnNetwork net = new InvdnNetwork(config, shape, p);
    p.initialise(new Rng(1));
    Rng wr = new Rng(9);
    for (int i = 0; i < p.size(); i++) {
      p.values().set(i, p.values().get(i) + 0.01 * wr.gaussian()); // no zero last layers: a trained net's work
    }
    Workspace ws = new Workspace(p, new JavaDenseKernel());
    ws.setReuse(reuse);
    AdamW adam = new AdamW(p.size(), 0.9, 0.999, 1e-8, 0);
    PatchSampler sampler = new PatchSampler(syntheticImages(), PATCH);
    Rng patches = new Rng(2);
    Rng noise = new Rng(3);
    double[] t = new double[InvdnTraining.Phase.values().length + 2];
    long total = 0;
    for (int it = 0; it < WARMUP + STEPS; it++) {
      long t0 = System.nanoTime();
      Matrix x = InvdnTraining.sampleBatch(sampler, patches, batch, shape.size());
      long t1 = System.nanoTime();
      double[] phase = new double[InvdnTraining.Phase.values().length];
      InvdnTraining.step(net, x, 25.0 / 255, 1.0, TrainingLatent.ZERO, noise, ws, (ph, ns) -> phase[ph.ordinal()] += ns);
      long t2 = System.nanoTime();
      adam.update(p.values(), ws.gradients(), 1e-4);
      ws.zeroGradients();
      long t3 = System.nanoTime();
      if (it >= WARMUP) {
        t[0] += t1 - t0;
        for (int k = 0; k < phase.length; k++) {
          t[1 + k] += phase[k];
        }
        t[t.length - 1] += t3 - t2;
        total += t3 - t0;
      }
    }
    double convSeconds = bareConvolutions(config, batch, reuse);
    long macs = subnetMultiplyAdds(config) * batch * config.couplings();
    // per step and coupling: 4 subnet forwards (forward, inverse, and the recomputation in each backward) and
    // 2 conv2d_bp (2x the forward FLOPs each): 8 forward-equivalents; with reuse 2 forwards: 6 (FLOPs executed)
    double stepFlop = 2.0 * macs * (reuse ? 6 : 8);
    double seconds = total / 1e9 / STEPS;
    System.out.printf(Locale.ROOT, "%n%s: %s, %dx%d patches, batch %d, %d weights: %.1f ms per step, %.1f patches/s, "
            + "%.2f GFLOP/s over the whole step (%.1f MFLOP per patch in the convolutions)%n",
        reuse ? "reuse" : "recompute + allocate", config, PATCH, PATCH, batch,
        p.size(), 1e3 * seconds, batch / seconds, stepFlop / seconds / 1e9, stepFlop / batch / 1e6);
    System.out.println("| phase | ms per step | share |");
    System.out.println("|---|---|---|");
    String[] names = new String[t.length];
    names[0] = "patch sampling";
    for (InvdnTraining.Phase ph : InvdnTraining.Phase.values()) {
      names[1 + ph.ordinal()] = ph.label();
    }
    names[t.length - 1] = "Adam update";
    for (int k = 0; k < t.length; k++) {
      System.out.printf(Locale.ROOT, "| %s | %.2f | %.0f%% |%n", names[k], t[k] / 1e6 / STEPS, 100 * t[k] / total);
    }
    System.out.printf(Locale.ROOT, "bare libnd4j convolutions of one step (%s forward + 2 backward per subnet): %.1f ms, "
        + "%.1f GFLOP/s, %.0f%% of the step%n", reuse ? "2" : "4", 1e3 * convSeconds, stepFlop / convSeconds / 1e9,
        100 * convSeconds / seconds);
    return batch / seconds;
  }

  /**
   * Seconds of the libnd4j calls of one step's subnets alone: 4 forward and 2 backward per
   * coupling with fresh arrays (recomputing path), or 2 and 2 with reused arrays.
   */
  private static double bareConvolutions(InvdnNetworkConfig config, int batch, boolean reuse) {
    Parameters p = new Parameters(Precision.FLOAT32);
    int half = PATCH / 2;
    List<Conv2d> layers = new ArrayList<>();
    int in = 12;
    for (int h : config.hiddenChannels()) {
      layers.add(new Conv2d(p, "c" + layers.size(), in, h, 3, half, half, OutputInit.UNIFORM));
      in = h;
    }
    layers.add(new Conv2d(p, "c" + layers.size(), in, 24, 3, half, half, OutputInit.UNIFORM));
    p.initialise(new Rng(4));
    Workspace ws = new Workspace(p, new JavaDenseKernel());
    ws.setReuse(reuse);
    List<Matrix> xs = new ArrayList<>();
    List<Matrix> ys = new ArrayList<>();
    Rng r = new Rng(5);
    for (Conv2d c : layers) {
      Matrix x = Matrix.zeros(Precision.FLOAT32, batch, c.inputDimension());
      for (int i = 0; i < x.size(); i++) {
        x.set(i, r.gaussian());
      }
      xs.add(x);
      ys.add(Matrix.zeros(Precision.FLOAT32, batch, c.outputDimension()));
    }
    long total = 0;
    for (int it = 0; it < WARMUP + STEPS; it++) {
      long t0 = System.nanoTime();
      for (int k = 0; k < config.couplings(); k++) {
        for (int rep = 0; rep < (reuse ? 2 : 4); rep++) {
          for (int l = 0; l < layers.size(); l++) {
            layers.get(l).forward(xs.get(l), ys.get(l), ws);
          }
        }
        for (int rep = 0; rep < 2; rep++) {
          for (int l = 0; l < layers.size(); l++) {
            layers.get(l).backward(xs.get(l), ys.get(l), l == 0 ? null : xs.get(l), ws);
          }
        }
      }
      if (it >= WARMUP) {
        total += System.nanoTime() - t0;
      }
    }
    return total / 1e9 / STEPS;
  }

  private static long subnetMultiplyAdds(InvdnNetworkConfig config) {
    long s = 0;
    int in = 12;
    int pixels = (PATCH / 2) * (PATCH / 2);
    for (int h : config.hiddenChannels()) {
      s += (long) in * h * 9 * pixels;
      in = h;
    }
    return s + (long) in * 24 * 9 * pixels;
  }

  /** @return four 96x96 RGB images of uniform noise (throughput does not depend on the pixels) */
  static List<Image> syntheticImages() {
    Rng r = new Rng(5);
    List<Image> images = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      double[] v = new double[3 * 96 * 96];
      for (int i = 0; i < v.length; i++) {
        v[i] = 255 * r.uniform();
      }
      images.add(new Image(new ImageShape(3, 96, 96), v));
    }
    return images;
  }
}
