package org.inversesuite.astro.rv;

import java.util.Arrays;
import org.inversesuite.core.random.Rng;

/**
 * π_k(y) of {@link PeriodCoordinate#PEAK_MIXTURE}: a multilayer perceptron with tanh hidden layers on
 * {@link SlotFeatures}, a softmax over the present slots (absent ones have probability 0),
 * \[ \pi_k = \frac{e^{z_k}}{\sum_{j &lt; K+1} e^{z_j}}, \qquad
 *    L = -\frac{1}{B} \sum_b \log \pi_{k_b}(y_b), \]
 * trained by cross-entropy on the labels of {@link PeriodSlots#label} (the maximum-likelihood estimate of the
 * categorical part of the mixture; Bishop 2006, "Pattern Recognition and Machine Learning", §4.3.4 and §5.3 for the
 * gradient by back-propagation). Parameters are one flat array: per layer l the weights W_l (in × out, row-major)
 * then the biases b_l.
 *
 * @param sizes the layer widths, inputs first, {@link PeriodSlots#MAX} outputs last
 * @param parameters the weights and biases
 */
public record SlotClassifier(int[] sizes, double[] parameters) {
  /** Validates the shapes. */
  public SlotClassifier {
    if (sizes == null || parameters == null || sizes.length < 2 || sizes[sizes.length - 1] != PeriodSlots.MAX) {
      throw new IllegalArgumentException("a slot classifier needs layer sizes ending in " + PeriodSlots.MAX
          + " and parameters");
    }
    if (parameters.length != count(sizes)) {
      throw new IllegalArgumentException("a slot classifier of sizes " + Arrays.toString(sizes) + " has "
          + count(sizes) + " parameters, got " + parameters.length);
    }
    sizes = sizes.clone();
    parameters = parameters.clone();
  }

  /** @return a classifier with Glorot-uniform weights and zero biases (Glorot &amp; Bengio 2010) */
  public static SlotClassifier initial(int inputs, int hidden, int layers, Rng rng) {
    int[] sizes = new int[layers + 2];
    sizes[0] = inputs;
    Arrays.fill(sizes, 1, layers + 1, hidden);
    sizes[layers + 1] = PeriodSlots.MAX;
    double[] p = new double[count(sizes)];
    int at = 0;
    for (int l = 0; l + 1 < sizes.length; l++) {
      double limit = Math.sqrt(6.0 / (sizes[l] + sizes[l + 1]));
      for (int i = 0; i < sizes[l] * sizes[l + 1]; i++) {
        p[at++] = rng.uniform(-limit, limit);
      }
      at += sizes[l + 1];
    }
    return new SlotClassifier(sizes, p);
  }

  private static int count(int[] sizes) {
    int n = 0;
    for (int l = 0; l + 1 < sizes.length; l++) {
      n += sizes[l] * sizes[l + 1] + sizes[l + 1];
    }
    return n;
  }

  @Override
  public int[] sizes() {
    return sizes.clone();
  }

  @Override
  public double[] parameters() {
    return parameters.clone();
  }

  /** @return the activations of every layer for one input (the last: logits) */
  private double[][] forward(double[] features, double[] p) {
    if (features.length != sizes[0]) {
      throw new IllegalArgumentException("the slot classifier takes " + sizes[0] + " features, got " + features.length);
    }
    double[][] a = new double[sizes.length][];
    a[0] = features;
    int at = 0;
    for (int l = 0; l + 1 < sizes.length; l++) {
      int in = sizes[l];
      int out = sizes[l + 1];
      double[] z = Arrays.copyOfRange(p, at + in * out, at + in * out + out);
      for (int i = 0; i < in; i++) {
        double x = a[l][i];
        int row = at + i * out;
        for (int j = 0; j < out; j++) {
          z[j] += x * p[row + j];
        }
      }
      if (l + 2 < sizes.length) {
        for (int j = 0; j < out; j++) {
          z[j] = Math.tanh(z[j]);
        }
      }
      a[l + 1] = z;
      at += in * out + out;
    }
    return a;
  }

  /**
   * @param features {@link SlotFeatures#of}
   * @param slots the number of present slots, 1 … {@link PeriodSlots#MAX}
   * @return π over the slots, length {@code slots}
   */
  public double[] probabilities(double[] features, int slots) {
    return softmax(forward(features, parameters)[sizes.length - 1], slots);
  }

  private static double[] softmax(double[] logits, int slots) {
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < slots; k++) {
      max = Math.max(max, logits[k]);
    }
    double[] pi = new double[slots];
    double sum = 0;
    for (int k = 0; k < slots; k++) {
      pi[k] = Math.exp(logits[k] - max);
      sum += pi[k];
    }
    for (int k = 0; k < slots; k++) {
      pi[k] /= sum;
    }
    return pi;
  }

  /** @return the mean cross-entropy −(1/B) Σ log π_{k_b} with the given parameters */
  public double loss(double[][] features, int[] labels, int[] slots) {
    return lossAndGradient(features, labels, slots, parameters, null);
  }

  /**
   * @param gradient filled with ∂L/∂parameters (same length as {@link #parameters()})
   * @return the mean cross-entropy
   */
  public double lossAndGradient(double[][] features, int[] labels, int[] slots, double[] gradient) {
    return lossAndGradient(features, labels, slots, parameters, gradient);
  }

  /** @return this architecture with other parameters */
  public SlotClassifier with(double[] p) {
    return new SlotClassifier(sizes, p);
  }

  private double lossAndGradient(double[][] features, int[] labels, int[] slots, double[] p, double[] gradient) {
    if (gradient != null) {
      Arrays.fill(gradient, 0);
    }
    double loss = 0;
    int b = features.length;
    int layers = sizes.length - 1;
    for (int r = 0; r < b; r++) {
      double[][] a = forward(features[r], p);
      double[] pi = softmax(a[layers], slots[r]);
      loss -= Math.log(pi[labels[r]]);
      if (gradient == null) {
        continue;
      }
      // δ of the logits: π − onehot (absent slots carry no gradient)
      double[] delta = new double[sizes[layers]];
      for (int k = 0; k < slots[r]; k++) {
        delta[k] = (pi[k] - (k == labels[r] ? 1 : 0)) / b;
      }
      int at = p.length;
      for (int l = layers - 1; l >= 0; l--) {
        int in = sizes[l];
        int out = sizes[l + 1];
        at -= in * out + out;
        for (int j = 0; j < out; j++) {
          gradient[at + in * out + j] += delta[j];
        }
        double[] previous = new double[in];
        for (int i = 0; i < in; i++) {
          double x = a[l][i];
          int row = at + i * out;
          double back = 0;
          for (int j = 0; j < out; j++) {
            gradient[row + j] += x * delta[j];
            back += p[row + j] * delta[j];
          }
          previous[i] = l > 0 ? back * (1 - x * x) : 0; // tanh' = 1 − tanh²
        }
        delta = previous;
      }
    }
    return loss / b;
  }
}
