package org.inversesuite.core.baseline;

import java.util.Arrays;

/**
 * Products of row-major float64 blocks for {@link InvertibleAutoencoderNetworks}, which uses each
 * weight matrix twice, as W in the encoder and as Wᵀ in the decoder (the dense kernels of
 * {@code core.nn} only multiply by W). A is [n, m], W is [m, k] at offset {@code wOff}.
 */
final class RowMajor {
  private RowMajor() {}

  /** out[n, k] = A W + b (b of length k at {@code bOff}; no bias if b is null). */
  static void times(double[] a, int n, int m, double[] w, int wOff, int k, double[] b, int bOff, double[] out) {
    for (int i = 0; i < n; i++) {
      if (b == null) {
        Arrays.fill(out, i * k, (i + 1) * k, 0);
      } else {
        System.arraycopy(b, bOff, out, i * k, k);
      }
      for (int p = 0; p < m; p++) {
        double s = a[i * m + p];
        int row = wOff + p * k;
        for (int j = 0; j < k; j++) {
          out[i * k + j] += s * w[row + j];
        }
      }
    }
  }

  /**
   * out[n, m] = C Wᵀ for C of shape [n, k]. Computed as out[i, ·] = Σ_j C[i, j] Wᵀ[j, ·] on a
   * transposed copy of W: the inner loop is then an axpy over contiguous memory, which the JIT
   * vectorises, where the dot product over j it replaces is a sequential floating-point reduction
   * it cannot. Each out[i, p] still sums its k products in the order j = 0 … k−1 from 0, so the
   * result is bit for bit the dot product's.
   */
  static void timesTransposed(double[] c, int n, int k, double[] w, int wOff, int m, double[] out) {
    double[] wt = new double[k * m];
    for (int p = 0; p < m; p++) {
      int row = wOff + p * k;
      for (int j = 0; j < k; j++) {
        wt[j * m + p] = w[row + j];
      }
    }
    for (int i = 0; i < n; i++) {
      int o = i * m;
      Arrays.fill(out, o, o + m, 0);
      for (int j = 0; j < k; j++) {
        double s = c[i * k + j];
        int row = j * m;
        for (int p = 0; p < m; p++) {
          out[o + p] += s * wt[row + p];
        }
      }
    }
  }

  /** grad[m, k] at {@code gOff} += scale · Aᵀ B for A of shape [n, m] and B of shape [n, k]. */
  static void addOuter(double[] a, double[] b, int n, int m, int k, double scale, double[] grad, int gOff) {
    for (int i = 0; i < n; i++) {
      for (int p = 0; p < m; p++) {
        double s = scale * a[i * m + p];
        int row = gOff + p * k;
        for (int j = 0; j < k; j++) {
          grad[row + j] += s * b[i * k + j];
        }
      }
    }
  }

  /** grad[k] at {@code gOff} += scale · Σ_i B[i, ·]. */
  static void addColumnSums(double[] b, int n, int k, double scale, double[] grad, int gOff) {
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        grad[gOff + j] += scale * b[i * k + j];
      }
    }
  }
}
