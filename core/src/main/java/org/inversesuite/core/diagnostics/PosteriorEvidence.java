package org.inversesuite.core.diagnostics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.NonFiniteException;

/**
 * The evidence of most posterior diagnostics: m simulated test cases, each with its true
 * parameters x*ᵢ (drawn from the prior) and s posterior samples x̂ᵢ₁..x̂ᵢₛ ~ q(x | yᵢ) for the
 * observation yᵢ simulated from x*ᵢ (the "simulation-based" set-up of Talts et al. 2018,
 * arXiv:1804.06788).
 *
 * <p>All values are copied to float64 on construction and must be finite; the accessors
 * {@link #truths()} and {@link #samples()} return copies, so the evidence is immutable. Metrics
 * read it through {@link #truth(int, int)}, {@link #column(int, int)} and the moment helpers.
 *
 * @param truths the true parameters, shape [m, d], m ≥ 1, d ≥ 1
 * @param samples m matrices, sample i of shape [sᵢ, d] with sᵢ ≥ 1
 * @param names d distinct parameter names
 */
public record PosteriorEvidence(Matrix truths, List<Matrix> samples, List<String> names) {
  /** Draws posterior samples for one observation; {@code Cinn::sample} is one. */
  @FunctionalInterface
  public interface Sampler {
    /**
     * @param observation y, one value per observation component
     * @param n number of samples
     * @return n samples of q(x | y), shape [n, d]
     */
    Matrix sample(double[] observation, int n, Rng rng);
  }

  /** Validates shapes and finiteness and takes float64 copies. */
  public PosteriorEvidence {
    int m = truths.rows();
    int d = truths.cols();
    if (m < 1 || d < 1) {
      throw new IllegalArgumentException("truths must have shape [m >= 1, d >= 1], got [" + m + ", " + d + "]");
    }
    if (samples.size() != m) {
      throw new IllegalArgumentException("expected one sample matrix per case (" + m + "), got " + samples.size());
    }
    if (names.size() != d) {
      throw new IllegalArgumentException("expected " + d + " parameter names, got " + names.size());
    }
    if (new HashSet<>(names).size() != d) {
      throw new IllegalArgumentException("parameter names must be distinct, got " + names);
    }
    NonFiniteException.check(truths, "true parameters");
    List<Matrix> copies = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      Matrix s = samples.get(i);
      if (s.rows() < 1 || s.cols() != d) {
        throw new IllegalArgumentException("posterior samples of case " + i + " must have shape [s >= 1, " + d
            + "], got [" + s.rows() + ", " + s.cols() + "]");
      }
      NonFiniteException.check(s, "posterior samples of case " + i);
      copies.add(float64Copy(s));
    }
    truths = float64Copy(truths);
    samples = List.copyOf(copies);
    names = List.copyOf(names);
  }

  /**
   * Simulates the evidence for a trained posterior: case i uses the stream {@code rng.stream(i)},
   * so the result does not depend on the order in which cases are drawn.
   *
   * @param truths true parameters, shape [m, d]
   * @param observations the observation simulated from each truth, shape [m, dy]
   * @param sampler the posterior under test, e.g. {@code cinn::sample}
   * @param samplesPerCase s ≥ 1
   */
  public static PosteriorEvidence simulate(Matrix truths, Matrix observations, Sampler sampler, int samplesPerCase,
      List<String> names, Rng rng) {
    if (observations.rows() != truths.rows()) {
      throw new IllegalArgumentException("expected one observation per case (" + truths.rows() + "), got "
          + observations.rows());
    }
    if (samplesPerCase < 1) {
      throw new IllegalArgumentException("samples per case must be >= 1, got " + samplesPerCase);
    }
    List<Matrix> samples = new ArrayList<>(truths.rows());
    double[][] y = observations.toRows();
    for (int i = 0; i < truths.rows(); i++) {
      samples.add(sampler.sample(y[i], samplesPerCase, rng.stream(i)));
    }
    return new PosteriorEvidence(truths, samples, names);
  }

  private static DoubleMatrix float64Copy(Matrix m) {
    double[] data = new double[m.size()];
    for (int i = 0; i < data.length; i++) {
      data[i] = m.get(i);
    }
    return new DoubleMatrix(m.rows(), m.cols(), data);
  }

  /** @return a copy of the true parameters, shape [m, d] */
  @Override
  public Matrix truths() {
    return truths.copy();
  }

  /** @return copies of the posterior samples */
  @Override
  public List<Matrix> samples() {
    List<Matrix> out = new ArrayList<>(samples.size());
    for (Matrix s : samples) {
      out.add(s.copy());
    }
    return out;
  }

  /** @return a copy of the posterior samples of case i, shape [sᵢ, d] */
  public Matrix samples(int i) {
    return samples.get(i).copy();
  }

  /** @return m, the number of test cases */
  public int cases() {
    return truths.rows();
  }

  /** @return d, the number of parameters */
  public int dimension() {
    return truths.cols();
  }

  /** @return sᵢ, the number of posterior samples of case i */
  public int sampleCount(int i) {
    return samples.get(i).rows();
  }

  /** @return x*ᵢⱼ, the true value of parameter j in case i */
  public double truth(int i, int j) {
    return truths.get(i, j);
  }

  /** @return the samples of parameter j in case i, a fresh array of length sᵢ */
  public double[] column(int i, int j) {
    Matrix s = samples.get(i);
    double[] out = new double[s.rows()];
    for (int r = 0; r < out.length; r++) {
      out[r] = s.get(r, j);
    }
    return out;
  }

  /** @return the sample of case i, row r, as a fresh array of length d */
  public double[] sample(int i, int r) {
    double[] out = new double[dimension()];
    for (int j = 0; j < out.length; j++) {
      out[j] = samples.get(i).get(r, j);
    }
    return out;
  }

  /** @return posterior means x̄ᵢⱼ = (1/sᵢ) Σᵣ x̂ᵢᵣⱼ, shape [m, d] */
  public Matrix posteriorMeans() {
    DoubleMatrix out = new DoubleMatrix(cases(), dimension());
    for (int i = 0; i < cases(); i++) {
      for (int j = 0; j < dimension(); j++) {
        out.set(i, j, mean(column(i, j)));
      }
    }
    return out;
  }

  /**
   * @return unbiased posterior variances (1/(sᵢ − 1)) Σᵣ (x̂ᵢᵣⱼ − x̄ᵢⱼ)², shape [m, d]
   * @throws IllegalArgumentException if a case has fewer than 2 samples
   */
  public Matrix posteriorVariances() {
    DoubleMatrix out = new DoubleMatrix(cases(), dimension());
    for (int i = 0; i < cases(); i++) {
      if (sampleCount(i) < 2) {
        throw new IllegalArgumentException("a variance needs >= 2 samples, case " + i + " has " + sampleCount(i));
      }
      for (int j = 0; j < dimension(); j++) {
        out.set(i, j, variance(column(i, j)));
      }
    }
    return out;
  }

  static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }

  /** Two-pass unbiased sample variance. */
  static double variance(double[] v) {
    double mu = mean(v);
    double s = 0;
    for (double x : v) {
      s += (x - mu) * (x - mu);
    }
    return s / (v.length - 1);
  }
}
