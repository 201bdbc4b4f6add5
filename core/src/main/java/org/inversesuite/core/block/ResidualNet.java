package org.inversesuite.core.block;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.Initializer;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.tensor.Matrix;

/**
 * The residual function g of an {@link InvertibleResidualBlock}, one row at a time in float64:
 * \( g(h_0) = h_L \tilde W_L + b_L \), \( h_{l+1} = a(h_l \tilde W_l + b_l) \), \(h_0 = [x, c]\),
 * with spectrally normalised weights, plus its Jacobian-vector products with respect to x,
 * \[ T \mapsto (((T \tilde W_0^{x}) \odot a'_0)\, \tilde W_1 \odot a'_1 \cdots)\, \tilde W_L, \]
 * and reverse-mode gradients through both (the log-det gradient needs a'' of the activation).
 */
final class ResidualNet {
  private final int dimension;
  private final int inputs;
  private final int[] widths;
  private final int[] weightOffsets;
  private final int[] biasOffsets;
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
    for (int l = 0; l < layers; l++) {
      Initializer init = Initializer.uniformFanIn(widths[l]);
      weightOffsets[l] = parameters.allocate(name + ".g.layer" + l + ".weight", widths[l] * widths[l + 1], init);
      biasOffsets[l] = parameters.allocate(name + ".g.layer" + l + ".bias", widths[l + 1], init);
    }
  }

  int layers() {
    return weightOffsets.length;
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

  /** The normalised weights for the current parameter values, with what their gradient needs. */
  final class Weights {
    final double[][] raw;
    final double[][] w;
    final double[][] b = new double[layers()][];
    final SpectralNorm[] norms;
    final double[][] dW = new double[layers()][];
    final double[][] dB = new double[layers()][];

    Weights(Matrix values) {
      double[][] current = new double[layers()][];
      for (int l = 0; l < layers(); l++) {
        current[l] = read(values, weightOffsets[l], widths[l] * widths[l + 1]);
        b[l] = read(values, biasOffsets[l], widths[l + 1]);
        dW[l] = new double[current[l].length];
        dB[l] = new double[widths[l + 1]];
      }
      Normalised cached = lastNormalised.get();
      if (cached == null || !cached.holds(current)) {
        // threads of one step ask at once: one computes, the others wait and reuse it
        synchronized (lastNormalised) {
          cached = lastNormalised.get();
          if (cached == null || !cached.holds(current)) {
            cached = normalise(current);
            lastNormalised.set(cached);
          }
        }
      }
      raw = cached.raw();
      w = cached.w();
      norms = cached.norms();
    }

    /** Adds the accumulated gradients to the model's gradient vector, through the normalisation. */
    void flush(Matrix gradients) {
      for (int l = 0; l < layers(); l++) {
        norms[l].backward(raw[l], dW[l], gradients, weightOffsets[l]);
        for (int i = 0; i < dB[l].length; i++) {
          gradients.add(biasOffsets[l] + i, dB[l][i]);
        }
      }
    }
  }

  private Normalised normalise(double[][] raw) {
    double[][] w = new double[layers()][];
    SpectralNorm[] norms = new SpectralNorm[layers()];
    for (int l = 0; l < layers(); l++) {
      norms[l] = SpectralNorm.of(raw[l], widths[l], widths[l + 1], lipschitz, powerIterations);
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

  /** Activations of one row: h[l] is the input of layer l (h[0] = [x, c]); h[L+1] is g. */
  final class Row {
    final double[][] h = new double[layers() + 1][];
    final double[][] slope = new double[layers() - 1][];
    final double[][] curvature = new double[layers() - 1][];
    final double[][] dSlope = new double[layers() - 1][];

    Row() {
      for (int l = 0; l <= layers(); l++) {
        h[l] = new double[l == layers() ? dimension : widths[l]];
      }
      for (int l = 0; l < layers() - 1; l++) {
        slope[l] = new double[widths[l + 1]];
        curvature[l] = new double[widths[l + 1]];
        dSlope[l] = new double[widths[l + 1]];
      }
    }

    /** @return g(h[0]); h[0] must hold [x, c] */
    double[] forward(Weights p) {
      for (int l = 0; l < layers(); l++) {
        int in = widths[l];
        int out = widths[l + 1];
        double[] next = h[l + 1];
        System.arraycopy(p.b[l], 0, next, 0, out);
        double[] wl = p.w[l];
        for (int i = 0; i < in; i++) {
          double hi = h[l][i];
          for (int j = 0; j < out; j++) {
            next[j] += hi * wl[i * out + j];
          }
        }
        if (l < layers() - 1) {
          for (int j = 0; j < out; j++) {
            double y = activation.apply(next[j]);
            next[j] = y;
            slope[l][j] = activation.derivativeFromOutput(y);
            curvature[l][j] = activation == Activation.TANH ? -2 * y * (1 - y * y) : (y > 0 ? 0 : y + 1);
          }
          java.util.Arrays.fill(dSlope[l], 0);
        }
      }
      return h[layers()];
    }

    /**
     * Jacobian-vector products of m tangents at once: returns the stages, two per layer: [2l] the
     * product before the slope and [2l+1] after it (m × width of layer l's output); the last
     * stage is J_g applied to each tangent.
     *
     * @param tangents m × d, row-major
     */
    double[][] jvp(Weights p, double[] tangents, int m) {
      double[][] stages = new double[2 * layers()][];
      double[] in = tangents;
      int inWidth = dimension;
      for (int l = 0; l < layers(); l++) {
        int out = widths[l + 1];
        double[] t = new double[m * out];
        double[] wl = p.w[l];
        for (int r = 0; r < m; r++) {
          for (int i = 0; i < inWidth; i++) {
            double a = in[r * inWidth + i];
            for (int j = 0; j < out; j++) {
              t[r * out + j] += a * wl[i * out + j];
            }
          }
        }
        stages[2 * l] = t;
        if (l < layers() - 1) {
          t = t.clone();
          for (int r = 0; r < m; r++) {
            for (int j = 0; j < out; j++) {
              t[r * out + j] *= slope[l][j];
            }
          }
        }
        stages[2 * l + 1] = t;
        in = t;
        inWidth = out;
      }
      return stages;
    }

    /**
     * Reverse mode through {@link #jvp}: given ∂L/∂(last stage), adds ∂L/∂W̃ to the weights' gradient,
     * ∂L/∂a' to dSlope, and returns ∂L/∂tangents (m × d).
     */
    double[] jvpBackward(Weights p, double[] tangents, double[][] stages, double[] gOut, int m) {
      double[] g = gOut.clone();
      for (int l = layers() - 1; l >= 0; l--) {
        int out = widths[l + 1];
        int inWidth = l == 0 ? dimension : widths[l];
        double[] in = l == 0 ? tangents : stages[2 * l - 1];
        if (l < layers() - 1) {
          // stage = pre ⊙ slope: split the gradient between the product and the slope
          for (int r = 0; r < m; r++) {
            for (int j = 0; j < out; j++) {
              dSlope[l][j] += g[r * out + j] * stages[2 * l][r * out + j];
              g[r * out + j] *= slope[l][j];
            }
          }
        }
        double[] wl = p.w[l];
        double[] dW = p.dW[l];
        double[] gIn = new double[m * inWidth];
        for (int r = 0; r < m; r++) {
          for (int i = 0; i < inWidth; i++) {
            double a = in[r * inWidth + i];
            double sum = 0;
            for (int j = 0; j < out; j++) {
              double gj = g[r * out + j];
              dW[i * out + j] += a * gj;
              sum += gj * wl[i * out + j];
            }
            gIn[r * inWidth + i] = sum;
          }
        }
        g = gIn;
      }
      return g;
    }

    /**
     * Reverse mode through {@link #forward} with ∂L/∂g = dg, plus the pending ∂L/∂a' (from the
     * log-det) through a''; adds parameter gradients and returns ∂L/∂h[0].
     */
    double[] backward(Weights p, double[] dg) {
      double[] dPre = dg.clone();
      for (int l = layers() - 1; l >= 0; l--) {
        int in = widths[l];
        int out = widths[l + 1];
        double[] dW = p.dW[l];
        double[] wl = p.w[l];
        double[] dh = new double[in];
        for (int j = 0; j < out; j++) {
          p.dB[l][j] += dPre[j];
        }
        for (int i = 0; i < in; i++) {
          double hi = h[l][i];
          double sum = 0;
          for (int j = 0; j < out; j++) {
            dW[i * out + j] += hi * dPre[j];
            sum += dPre[j] * wl[i * out + j];
          }
          dh[i] = sum;
        }
        if (l > 0) {
          for (int i = 0; i < in; i++) {
            dh[i] = dh[i] * slope[l - 1][i] + dSlope[l - 1][i] * curvature[l - 1][i];
          }
        }
        dPre = dh;
      }
      return dPre;
    }
  }
}
