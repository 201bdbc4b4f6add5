package org.inversesuite.core.baseline;

import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;

/**
 * Integrated autocorrelation time of MCMC chains, estimated as emcee does (Foreman-Mackey et al.
 * 2013, arXiv:1202.3665; the estimator of Sokal 1997, "Monte Carlo methods in statistical
 * mechanics", with automatic windowing, averaged over walkers as Goodman &amp; Weare suggest):
 * \[ \hat\rho(\tau) = \frac1L \sum_{k=1}^{L} \frac{\hat c_k(\tau)}{\hat c_k(0)}, \qquad
 *    \hat\tau(M) = 1 + 2 \sum_{\tau=1}^{M} \hat\rho(\tau), \]
 * with the window M the smallest lag with M ≥ c·τ̂(M) (c = 5). The autocovariances ĉ_k of each
 * walker's chain come from a zero-padded FFT.
 */
public final class AutocorrelationTime {
  /** Sokal's window constant c, as in emcee. */
  public static final double WINDOW = 5.0;

  private AutocorrelationTime() {
  }

  /**
   * @param chains chains[k][t]: walker k at step t (all the same length n ≥ 2)
   * @return τ̂ of the scalar quantity
   */
  public static double estimate(double[][] chains) {
    int n = chains[0].length;
    if (n < 2) {
      throw new IllegalArgumentException("a chain needs at least 2 steps, got " + n);
    }
    double[] rho = new double[n];
    int used = 0;
    for (double[] chain : chains) {
      if (chain.length != n) {
        throw new IllegalArgumentException("chains have different lengths: " + chain.length + " and " + n);
      }
      double[] f = normalisedAutocorrelation(chain);
      if (f == null) {
        continue;
      }
      for (int t = 0; t < n; t++) {
        rho[t] += f[t];
      }
      used++;
    }
    if (used == 0) {
      return Double.NaN;
    }
    double cumulative = 0;
    for (int m = 0; m < n; m++) {
      cumulative += rho[m] / used;
      double tau = 2 * cumulative - 1;
      if (m >= WINDOW * tau) {
        return tau;
      }
    }
    return 2 * cumulative - 1;
  }

  /** @return ρ̂(τ) for τ = 0 … n−1 of one chain, or null for a constant chain */
  static double[] normalisedAutocorrelation(double[] x) {
    int n = x.length;
    int size = Integer.highestOneBit(2 * n - 1) << 1;
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= n;
    double[] padded = new double[size];
    for (int i = 0; i < n; i++) {
      padded[i] = x[i] - mean;
    }
    FastFourierTransformer fft = new FastFourierTransformer(DftNormalization.STANDARD);
    Complex[] spectrum = fft.transform(padded, TransformType.FORWARD);
    for (int i = 0; i < size; i++) {
      Complex c = spectrum[i];
      spectrum[i] = new Complex(c.getReal() * c.getReal() + c.getImaginary() * c.getImaginary(), 0);
    }
    Complex[] acov = fft.transform(spectrum, TransformType.INVERSE);
    double c0 = acov[0].getReal();
    if (!(c0 > 0)) {
      return null;
    }
    double[] out = new double[n];
    for (int t = 0; t < n; t++) {
      out[t] = acov[t].getReal() / c0;
    }
    return out;
  }
}
