package org.inversesuite.core.block;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;

/**
 * Invertible residual block (Behrmann, Grathwohl, Chen, Duvenaud and Jacobsen 2019, "Invertible
 * Residual Networks", ICML, arXiv:1811.00995):
 * \[ z = x + g(x; c), \qquad \mathrm{Lip}(g) < 1, \]
 * with g an MLP whose weight matrices are spectrally normalised to norm ≤ {@code lipschitz}
 * ({@link SpectralNorm}) and 1-Lipschitz activations, so that g is a contraction in x.
 *
 * <p><b>Inverse</b> by the Banach fixed-point iteration \( x_{k+1} = z - g(x_k; c) \), \(x_0 = z\),
 * row by row until \( \max|x_{k+1} - x_k| \le \) tolerance; when the iteration limit is reached
 * an {@link InverseNotConvergedException} names the block, the iteration count and the residual.
 *
 * <p><b>Log-determinant</b> \( \log|\det(I + J_g)| \), in one of two modes ({@link ResidualLogDet}):
 * EXACT builds J_g per row from d Jacobian-vector products and takes the LU determinant; SERIES
 * uses the truncated power series with Hutchinson's estimator (Behrmann et al., equation 6),
 * \[ \log\det(I + J_g) \approx \frac1S\sum_{s=1}^S \sum_{k=1}^{n} \frac{(-1)^{k+1}}{k}\, v_s^\top J_g^k v_s,
 *    \qquad v_s \sim N(0, I). \]
 * The probes v_s of a row are drawn from {@code noiseSeed} and a hash of the row's x and c, so a
 * block stays a pure function of its input (row independent, reproducible) and the backward pass
 * sees the same probes as the forward pass. The inverse pass evaluates the estimate at the
 * recovered x, whose probes differ, so in SERIES mode the inverse log-det equals minus the
 * forward one only in expectation.
 *
 * <p><b>Backward</b> is explicit in both modes: through g for z, and through the log-det by
 * reverse mode over the Jacobian-vector products (which brings in a'' of the activation). In
 * EXACT mode ∂ log|det A|/∂A = A^{-T}; in SERIES mode it is the gradient of the estimator with
 * the probes held fixed (what Behrmann et al. backpropagate; biased like the estimate itself).
 */
public final class InvertibleResidualBlock implements InvertibleBlock {
  private final InvertibleResidualConfig config;
  private final Parameters parameters;
  private final String name;
  private final int dimension;
  private final int conditionDimension;
  private final ResidualNet net;

  /** Builds the block and allocates g in {@code parameters}. */
  public InvertibleResidualBlock(InvertibleResidualConfig config, Parameters parameters, String name, int dimension,
      int conditionDimension) {
    if (dimension < 1 || conditionDimension < 0) {
      throw new IllegalArgumentException("invertible residual block '" + name + "' needs dimension >= 1 and condition >= 0,"
          + " got " + dimension + ", " + conditionDimension);
    }
    this.config = config;
    this.parameters = parameters;
    this.name = name;
    this.dimension = dimension;
    this.conditionDimension = conditionDimension;
    this.net = new ResidualNet(parameters, name, dimension, conditionDimension, config.subnet(), config.lipschitz(),
        config.powerIterations());
  }

  @Override public int dimension() { return dimension; }

  @Override public int conditionDimension() { return conditionDimension; }

  @Override public Parameters parameters() { return parameters; }

  @Override public BlockConfig config() { return config; }

  private void load(ResidualNet.Row row, Matrix x, Matrix c, int r) {
    double[] h0 = row.h[0];
    for (int j = 0; j < dimension; j++) {
      h0[j] = x.get(r, j);
    }
    for (int j = 0; j < conditionDimension; j++) {
      h0[dimension + j] = c.get(r, j);
    }
  }

  @Override
  public void forward(Matrix x, Matrix c, Matrix z, double[] logDet, Workspace ws) {
    BlockInputs.check(this, x, c, logDet);
    z.requireShape(x.rows(), dimension, "invertible residual output");
    ResidualNet.Weights w = net.new Weights(ws.values());
    ResidualNet.Row row = net.new Row();
    for (int r = 0; r < x.rows(); r++) {
      load(row, x, c, r);
      double[] g = row.forward(w);
      for (int j = 0; j < dimension; j++) {
        z.set(r, j, x.get(r, j) + g[j]);
      }
      logDet[r] += logDet(w, row, null);
    }
  }

  @Override
  public void inverse(Matrix z, Matrix c, Matrix x, double[] logDet, Workspace ws) {
    BlockInputs.check(this, z, c, logDet);
    x.requireShape(z.rows(), dimension, "invertible residual inverse output");
    ResidualNet.Weights w = net.new Weights(ws.values());
    ResidualNet.Row row = net.new Row();
    double[] zr = new double[dimension];
    for (int r = 0; r < z.rows(); r++) {
      load(row, z, c, r);
      double[] h0 = row.h[0];
      System.arraycopy(h0, 0, zr, 0, dimension);
      double residual = Double.POSITIVE_INFINITY;
      int it = 0;
      while (!(residual <= config.inverseTolerance())) {
        if (it == config.inverseIterations() || Double.isNaN(residual)) {
          throw new InverseNotConvergedException(name, it, residual, config.inverseTolerance(), r);
        }
        double[] g = row.forward(w);
        residual = 0;
        for (int j = 0; j < dimension; j++) {
          double next = zr[j] - g[j];
          residual = Math.max(residual, Math.abs(next - h0[j]));
          h0[j] = next;
        }
        it++;
      }
      for (int j = 0; j < dimension; j++) {
        x.set(r, j, h0[j]);
      }
      row.forward(w);
      logDet[r] -= logDet(w, row, null);
    }
  }

  @Override
  public void backward(Matrix x, Matrix c, Matrix dz, double[] dLogDet, Matrix dx, Matrix dc, Workspace ws) {
    BlockInputs.check(this, x, c, dLogDet);
    ResidualNet.Weights w = net.new Weights(ws.values());
    ResidualNet.Row row = net.new Row();
    double[] dg = new double[dimension];
    for (int r = 0; r < x.rows(); r++) {
      load(row, x, c, r);
      row.forward(w);
      logDet(w, row, dLogDet[r]);
      for (int j = 0; j < dimension; j++) {
        dg[j] = dz.get(r, j);
      }
      double[] dh0 = row.backward(w, dg);
      for (int j = 0; j < dimension; j++) {
        dx.set(r, j, dg[j] + dh0[j]);
      }
      if (dc != null) {
        for (int j = 0; j < conditionDimension; j++) {
          dc.add(r * conditionDimension + j, dh0[dimension + j]);
        }
      }
    }
    w.flush(ws.gradients());
  }

  /**
   * @param upstream null for the value only; otherwise ∂L/∂logDet, whose gradient is accumulated
   *     into the weights and the row's pending ∂L/∂a'
   * @return the log-det of the row currently in {@code row}
   */
  private double logDet(ResidualNet.Weights w, ResidualNet.Row row, Double upstream) {
    int d = dimension;
    if (config.logDet() == ResidualLogDet.EXACT) {
      double[] identity = new double[d * d];
      for (int i = 0; i < d; i++) {
        identity[i * d + i] = 1;
      }
      double[][] stages = row.jvp(w, identity, d);
      double[] m = stages[stages.length - 1];
      double[][] a = new double[d][d];
      for (int i = 0; i < d; i++) {
        for (int j = 0; j < d; j++) {
          a[i][j] = (i == j ? 1 : 0) + m[i * d + j];
        }
      }
      LUDecomposition lu = new LUDecomposition(new Array2DRowRealMatrix(a, false));
      double value = Math.log(Math.abs(lu.getDeterminant()));
      if (upstream != null) {
        RealMatrix inverse = lu.getSolver().getInverse();
        double[] g = new double[d * d];
        for (int i = 0; i < d; i++) {
          for (int j = 0; j < d; j++) {
            g[i * d + j] = upstream * inverse.getEntry(j, i);
          }
        }
        row.jvpBackward(w, identity, stages, g, d);
      }
      return value;
    }
    return series(w, row, upstream);
  }

  private double series(ResidualNet.Weights w, ResidualNet.Row row, Double upstream) {
    int d = dimension;
    int n = config.seriesTerms();
    int samples = config.traceSamples();
    Rng rng = new Rng(config.noiseSeed()).stream(rowHash(row.h[0]));
    double total = 0;
    for (int s = 0; s < samples; s++) {
      double[] v = new double[d];
      for (int j = 0; j < d; j++) {
        v[j] = rng.gaussian();
      }
      double[][] inputs = new double[n + 1][];
      double[][][] stages = new double[n + 1][][];
      inputs[0] = v;
      for (int k = 1; k <= n; k++) {
        stages[k] = row.jvp(w, inputs[k - 1], 1);
        inputs[k] = stages[k][stages[k].length - 1];
        total += coefficient(k) * dot(v, inputs[k]) / samples;
      }
      if (upstream != null) {
        double[] g = new double[d];
        for (int k = n; k >= 1; k--) {
          for (int j = 0; j < d; j++) {
            g[j] += upstream * coefficient(k) * v[j] / samples;
          }
          g = row.jvpBackward(w, inputs[k - 1], stages[k], g, 1);
        }
      }
    }
    return total;
  }

  private static double coefficient(int k) {
    return (k % 2 == 1 ? 1.0 : -1.0) / k;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static long rowHash(double[] h0) {
    long h = 0x9E3779B97F4A7C15L;
    for (double v : h0) {
      h = Long.rotateLeft(h ^ Double.doubleToLongBits(v), 23) * 0xBF58476D1CE4E5B9L;
    }
    return h;
  }
}
