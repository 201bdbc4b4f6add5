package org.inversesuite.core.block;

import org.inversesuite.core.nn.Initializer;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;

/**
 * Activation normalisation (Kingma and Dhariwal 2018, "Glow", arXiv:1807.03039, section 3.1):
 * a learned per-dimension affine map
 * \[ z_j = x_j\, e^{\ell_j} + b_j, \qquad \log|\det J| = \textstyle\sum_j \ell_j, \]
 * inverse {@code x_j = (z_j − b_j) e^{−ℓ_j}}. Before training, {@link #initialiseFromData} sets
 * ℓ and b so that the first batch leaves the block with zero mean and unit variance per
 * dimension. Starts as the identity (ℓ = 0, b = 0).
 */
public final class ActNormBlock implements InvertibleBlock, DataInitialized {
  private final Parameters parameters;
  private final int dimension;
  private final int conditionDimension;
  private final int logScaleOffset;
  private final int biasOffset;

  /** Allocates ℓ and b in {@code parameters}. */
  public ActNormBlock(Parameters parameters, String name, int dimension, int conditionDimension) {
    if (dimension < 1) {
      throw new IllegalArgumentException("ActNorm needs dimension >= 1, got " + dimension);
    }
    this.parameters = parameters;
    this.dimension = dimension;
    this.conditionDimension = conditionDimension;
    this.logScaleOffset = parameters.allocate(name + ".logScale", dimension, Initializer.ZERO);
    this.biasOffset = parameters.allocate(name + ".bias", dimension, Initializer.ZERO);
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public int conditionDimension() {
    return conditionDimension;
  }

  @Override
  public Parameters parameters() {
    return parameters;
  }

  @Override
  public BlockConfig config() {
    return new ActNormConfig();
  }

  @Override
  public void initialiseFromData(Matrix x, Matrix c) {
    int n = x.rows();
    if (n < 2) {
      throw new IllegalArgumentException("ActNorm data initialisation needs at least 2 rows, got " + n);
    }
    Matrix p = parameters.values();
    for (int j = 0; j < dimension; j++) {
      double mean = 0;
      for (int r = 0; r < n; r++) {
        mean += x.get(r * dimension + j);
      }
      mean /= n;
      double var = 0;
      for (int r = 0; r < n; r++) {
        double dv = x.get(r * dimension + j) - mean;
        var += dv * dv;
      }
      double std = Math.sqrt(var / (n - 1));
      double logScale = -Math.log(Math.max(std, 1e-6));
      p.set(logScaleOffset + j, logScale);
      p.set(biasOffset + j, -mean * Math.exp(logScale));
    }
  }

  @Override
  public void forward(Matrix x, Matrix c, Matrix z, double[] logDet, Workspace ws) {
    BlockInputs.check(this, x, c, logDet);
    Matrix p = ws.values();
    double sum = 0;
    for (int j = 0; j < dimension; j++) {
      sum += p.get(logScaleOffset + j);
    }
    for (int r = 0, n = x.rows(); r < n; r++) {
      for (int j = 0; j < dimension; j++) {
        int i = r * dimension + j;
        z.set(i, x.get(i) * Math.exp(p.get(logScaleOffset + j)) + p.get(biasOffset + j));
      }
      logDet[r] += sum;
    }
  }

  @Override
  public void inverse(Matrix z, Matrix c, Matrix x, double[] logDet, Workspace ws) {
    BlockInputs.check(this, z, c, logDet);
    Matrix p = ws.values();
    double sum = 0;
    for (int j = 0; j < dimension; j++) {
      sum += p.get(logScaleOffset + j);
    }
    for (int r = 0, n = z.rows(); r < n; r++) {
      for (int j = 0; j < dimension; j++) {
        int i = r * dimension + j;
        x.set(i, (z.get(i) - p.get(biasOffset + j)) * Math.exp(-p.get(logScaleOffset + j)));
      }
      logDet[r] -= sum;
    }
  }

  @Override
  public void backward(Matrix x, Matrix c, Matrix dz, double[] dLogDet, Matrix dx, Matrix dc, Workspace ws) {
    Matrix p = ws.values();
    Matrix g = ws.gradients();
    double dLogDetSum = 0;
    for (double v : dLogDet) {
      dLogDetSum += v;
    }
    for (int j = 0; j < dimension; j++) {
      double e = Math.exp(p.get(logScaleOffset + j));
      double dScale = dLogDetSum;
      double dBias = 0;
      for (int r = 0, n = x.rows(); r < n; r++) {
        int i = r * dimension + j;
        double d = dz.get(i);
        dx.set(i, d * e);
        dScale += d * e * x.get(i);
        dBias += d;
      }
      g.add(logScaleOffset + j, dScale);
      g.add(biasOffset + j, dBias);
    }
  }
}
