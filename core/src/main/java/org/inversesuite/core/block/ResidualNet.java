package org.inversesuite.core.block;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.DenseKernel;
import org.inversesuite.core.nn.Initializer;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.FloatMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * The residual function g of an {@link InvertibleResidualBlock} on a whole batch:
 * \( g(h_0) = h_L \tilde W_L + b_L \), \( h_{l+1} = a(h_l \tilde W_l + b_l) \), \(h_0 = [x, c]\),
 * with spectrally normalised weights \(\tilde W_l\) ({@link SpectralNorm}), and reverse mode
 * through it. Every product is one {@link DenseKernel} call on the batch (float32 Vector API
 * kernels in training, the float64 reference kernel in the contract tests); the Jacobian-vector
 * products live in {@link ResidualJvp}.
 *
 * <p>The kernels read the normalised weights from a flat vector of the workspace's precision,
 * laid out per layer as W̃_l, b_l, followed by a zero segment that serves as the (absent) bias of
 * the Jacobian-vector products. Their gradients are accumulated into a vector of the same layout
 * and mapped to the raw weights by {@link Weights#flush}.
 */
final class ResidualNet {
  private final int dimension;
  private final int inputs;
  private final int[] widths;
  private final int[] weightOffsets;
  private final int[] biasOffsets;
  private final int[] localWeights;
  private final int[] localBiases;
  private final int zeroOffset;
  private final int localSize;
  private final Activation activation;
  private final double lipschitz;
  private final int powerIterations;

  ResidualNet(Parameters parameters, String name, int dimension, int conditionDimension, MlpConfig config,
      double lipschitz, int powerIterations) {
    this.dimension = dimension;
    this.inputs = dimension + conditionDimension;
    this.activation = config.activation();
    this.lipschitz = lipschitz;
    this.powerIterations = powerIterations;
    List<Integer> w = new ArrayList<>();
    w.add(inputs);
    w.addAll(config.hiddenWidths());
    w.add(dimension);
    widths = w.stream().mapToInt(Integer::intValue).toArray();
    int layers = widths.length - 1;
    weightOffsets = new int[layers];
    biasOffsets = new int[layers];
    localWeights = new int[layers];
    localBiases = new int[layers];
    int local = 0;
    int widest = 0;
    for (int l = 0; l < layers; l++) {
      Initializer init = Initializer.uniformFanIn(widths[l]);
      weightOffsets[l] = parameters.allocate(name + ".g.layer" + l + ".weight", widths[l] * widths[l + 1], init);
      biasOffsets[l] = parameters.allocate(name + ".g.layer" + l + ".bias", widths[l + 1], init);
      localWeights[l] = local;
      local += widths[l] * widths[l + 1];
      localBiases[l] = local;
      local += widths[l + 1];
      widest = Math.max(widest, widths[l + 1]);
    }
    zeroOffset = local;
    localSize = local + widest;
  }

  int layers() {
    return weightOffsets.length;
  }

  /** @return the width of layer l's output (l = layers() − 1: the dimension) */
  int width(int l) {
    return widths[l + 1];
  }

  /** @return the activation of the hidden layers */
  Activation activation() {
    return activation;
  }

  /** @return where W̃_l starts in the flat normalised vector (its first d rows act on x) */
  int weightOffset(int l) {
    return localWeights[l];
  }

  /** @return where the zero bias of the Jacobian-vector products starts in the flat normalised vector */
  int zeroOffset() {
    return zeroOffset;
  }

  /**
   * The spectral normalisation of the last weights seen. Power iteration to convergence took 17%
   * of an i-ResNet training step (JFR, docs/benchmark-table.md) when every forward and backward
   * call of every thread redid it on the same weights. Now computed once (other threads wait for
   * it) and reused while every raw weight is bit-for-bit the one it was computed from, so results
   * are unchanged; an immutable snapshot, safe to share between threads.
   */
  private record Normalised(double[][] raw, double[][] w, SpectralNorm[] norms) {
    boolean holds(double[][] other) {
      for (int l = 0; l < raw.length; l++) {
        if (!Arrays.equals(raw[l], other[l])) {
          return false;
        }
      }
      return true;
    }
  }

  private final AtomicReference<Normalised> lastNormalised = new AtomicReference<>();

  /** The normalised weights of the current parameters in the workspace's precision, and their gradients. */
  final class Weights {
    final Matrix values;
    final Matrix gradients;
    /** Changes (in this workspace) whenever the normalised weights or biases do: what a reuse of stored passes checks. */
    final double stamp;
    private final Normalised normalised;

    Weights(Workspace ws) {
      Matrix parameters = ws.values();
      double[][] current = new double[layers()][];
      for (int l = 0; l < layers(); l++) {
        current[l] = read(parameters, weightOffsets[l], widths[l] * widths[l + 1]);
      }
      Normalised cached = lastNormalised.get();
      if (cached == null || !cached.holds(current)) {
        // threads of one step ask at once: one computes, the others wait and reuse it
        synchronized (lastNormalised) {
          cached = lastNormalised.get();
          if (cached == null || !cached.holds(current)) {
            cached = normalise(current, cached);
            lastNormalised.set(cached);
          }
        }
      }
      normalised = cached;
      values = ws.buffer(ResidualNet.this, 0, 1, localSize);
      gradients = ws.buffer(ResidualNet.this, 1, 1, localSize);
      boolean changed = false;
      for (int l = 0; l < layers(); l++) {
        double[] wl = cached.w()[l];
        for (int i = 0; i < wl.length; i++) {
          changed |= store(values, localWeights[l] + i, wl[i]);
        }
        for (int i = 0; i < widths[l + 1]; i++) {
          changed |= store(values, localBiases[l] + i, parameters.get(biasOffsets[l] + i));
        }
      }
      for (int i = zeroOffset; i < localSize; i++) {
        values.set(i, 0);
      }
      gradients.fill(0);
      Matrix counter = ws.buffer(ResidualNet.this, 2, 1, 1);
      if (changed || counter.get(0) == 0) {
        // starts at 1 (a fresh state buffer holds 0); float32 counts exactly to 2^24, then it restarts
        counter.set(0, counter.get(0) >= 1 << 24 ? 1 : counter.get(0) + 1);
      }
      stamp = counter.get(0);
    }

    private static boolean store(Matrix m, int i, double value) {
      double before = m.get(i);
      m.set(i, value);
      return m.get(i) != before;
    }

    /** Adds the accumulated gradients to the model's gradient vector, through the normalisation. */
    void flush(Matrix target) {
      for (int l = 0; l < layers(); l++) {
        double[] dW = read(gradients, localWeights[l], widths[l] * widths[l + 1]);
        normalised.norms()[l].backward(normalised.raw()[l], dW, target, weightOffsets[l]);
        for (int i = 0; i < widths[l + 1]; i++) {
          target.add(biasOffsets[l] + i, gradients.get(localBiases[l] + i));
        }
      }
    }
  }

  /**
   * The power iteration of each layer starts from the previous normalisation's singular vector
   * (after one optimiser step the weights have barely moved): to the same tolerance, a few steps
   * instead of up to {@code powerIterations}, which made it the largest cost of a step once
   * everything else was batched.
   */
  private Normalised normalise(double[][] raw, Normalised previous) {
    double[][] w = new double[layers()][];
    SpectralNorm[] norms = new SpectralNorm[layers()];
    for (int l = 0; l < layers(); l++) {
      double[] start = previous == null ? null : previous.norms()[l].v();
      norms[l] = SpectralNorm.of(raw[l], widths[l], widths[l + 1], lipschitz, powerIterations, start);
      w[l] = raw[l].clone();
      for (int i = 0; i < w[l].length; i++) {
        w[l][i] *= norms[l].scale();
      }
    }
    return new Normalised(raw, w, norms);
  }

  private static double[] read(Matrix values, int offset, int size) {
    double[] out = new double[size];
    for (int i = 0; i < size; i++) {
      out[i] = values.get(offset + i);
    }
    return out;
  }

  /**
   * @param h0 the inputs [x, c], shape [n, d + condition]
   * @return g(h0), shape [n, d]; every layer's output stays in the workspace for
   *     {@link #hidden} and {@link #backward} until the next forward pass with n rows
   */
  Matrix forward(Matrix h0, Weights p, Workspace ws) {
    Matrix h = h0;
    for (int l = 0; l < layers(); l++) {
      Matrix out = hidden(l, h0.rows(), ws);
      ws.kernel().forward(h, p.values, localWeights[l], localBiases[l], out, activationOf(l));
      h = out;
    }
    return h;
  }

  /** @return the output of layer l of the last forward pass of n rows (l = layers() − 1: g) */
  Matrix hidden(int l, int n, Workspace ws) {
    return ws.buffer(this, 2 + l, n, widths[l + 1]);
  }

  private Activation activationOf(int l) {
    return l == layers() - 1 ? Activation.IDENTITY : activation;
  }

  /**
   * Reverse mode through the last {@link #forward} on {@code h0}: with ∂L/∂g = {@code dg} and
   * ∂L/∂a'_l = {@code dSlope[l]} (pending from the log-det, n × width(l)), the pre-activation
   * gradient of a hidden layer is \( \bar h \odot a' + \bar{a'} \odot a'' \), handed to the
   * kernel as \( (\bar h + \bar{a'} \odot a''/a') \odot a' \) (a''/a' is 1[y ≤ 0] for ELU and −2y
   * for tanh). Accumulates the weight gradients into {@code p.gradients}.
   *
   * @param dg ∂L/∂g, shape [n, d]; clobbered
   * @return ∂L/∂h0, shape [n, d + condition] (a workspace buffer)
   */
  Matrix backward(Matrix h0, Matrix dg, Matrix[] dSlope, Weights p, Workspace ws) {
    int n = h0.rows();
    DenseKernel kernel = ws.kernel();
    Matrix dy = dg;
    for (int l = layers() - 1; l >= 0; l--) {
      Matrix in = l == 0 ? h0 : hidden(l - 1, n, ws);
      Matrix dIn = ws.buffer(this, 2 + layers() + l, n, widths[l]);
      kernel.backward(in, hidden(l, n, ws), dy, p.values, localWeights[l], localBiases[l], p.gradients, dIn,
          activationOf(l));
      if (l > 0) {
        addCurvature(dIn, dSlope[l - 1], in);
      }
      dy = dIn;
    }
    return dy;
  }

  /** dh += ds ⊙ a''/a' at the layer output y, with a''/a' = 1[y ≤ 0] (ELU) or −2y (tanh). */
  private void addCurvature(Matrix dh, Matrix ds, Matrix y) {
    boolean tanh = activation == Activation.TANH;
    if (dh instanceof FloatMatrix fh && ds instanceof FloatMatrix fs && y instanceof FloatMatrix fy) {
      float[] h = fh.data();
      float[] s = fs.data();
      float[] v = fy.data();
      for (int i = 0, size = dh.size(); i < size; i++) {
        h[i] += s[i] * (tanh ? -2 * v[i] : (v[i] > 0 ? 0 : 1));
      }
      return;
    }
    for (int i = 0, size = dh.size(); i < size; i++) {
      double yi = y.get(i);
      dh.add(i, ds.get(i) * (tanh ? -2 * yi : (yi > 0 ? 0 : 1)));
    }
  }
}
