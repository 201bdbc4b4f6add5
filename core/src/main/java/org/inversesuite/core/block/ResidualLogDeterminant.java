package org.inversesuite.core.block;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;

/**
 * log|det(I + J_g)| of an {@link InvertibleResidualBlock} for a whole batch, and its gradient,
 * from batched Jacobian-vector products ({@link ResidualJvp}).
 *
 * <p>EXACT: the d unit tangents of every row are stacked into one [n·d, d] matrix, so one
 * application gives every row's Jacobian; each d×d determinant is an LU decomposition, and
 * \( \partial \log|\det A| / \partial A = A^{-\top} \) seeds the reverse pass.
 *
 * <p>SERIES: the S Hutchinson probes of every row are stacked into [n·S, d] and the power
 * series \( \sum_{k=1}^{n} \frac{(-1)^{k+1}}{k} v^\top J_g^k v \) chains n applications; the
 * reverse pass walks them backwards, adding each term's seed \( \frac{(-1)^{k+1}}{k} v \) on the way.
 * A row's probes come from the noise seed and a hash of its [x, c], so they are the same in
 * the forward and the backward pass and do not depend on the other rows.
 */
final class ResidualLogDeterminant {
  private final InvertibleResidualConfig config;
  private final ResidualJvp jvp;
  private final int dimension;

  ResidualLogDeterminant(InvertibleResidualConfig config, ResidualNet net, int dimension) {
    this.config = config;
    this.jvp = new ResidualJvp(net, dimension);
    this.dimension = dimension;
  }

  /** @return zeroed accumulators for ∂L/∂a'_l of n rows (see {@link ResidualNet#backward}) */
  Matrix[] zeroSlopeGradients(int n, Workspace ws) {
    return jvp.zeroSlopeGradients(n, ws);
  }

  /**
   * The log-det of every row, right after {@code net.forward(h0, p, ws)}; leaves in the
   * workspace what {@link #gradient} needs.
   *
   * @param h0 the forward input [x, c], shape [n, d + condition]
   * @return log|det(I + J_g)| per row
   */
  double[] evaluate(Matrix h0, ResidualNet.Weights p, Workspace ws) {
    int n = h0.rows();
    jvp.computeSlopes(n, ws);
    return config.logDet() == ResidualLogDet.EXACT ? exact(n, p, ws) : series(h0, p, ws);
  }

  /**
   * The gradient of Σ_r upstream_r · logDet_r, after {@link #evaluate} of the same n rows and
   * weights: added to {@code p.gradients} (through W̃) and to {@code slopeGradients} (through a').
   *
   * @param upstream ∂L/∂logDet per row
   */
  void gradient(int n, ResidualNet.Weights p, Workspace ws, double[] upstream, Matrix[] slopeGradients) {
    if (config.logDet() == ResidualLogDet.EXACT) {
      exactGradient(n, p, ws, upstream, slopeGradients);
    } else {
      seriesGradient(n, p, ws, upstream, slopeGradients);
    }
  }

  private double[] exact(int n, ResidualNet.Weights p, Workspace ws) {
    int d = dimension;
    Matrix identity = ws.buffer(this, 0, n * d, d);
    identity.fill(0);
    for (int q = 0; q < n * d; q++) {
      identity.set(q * d + q % d, 1);
    }
    Matrix m = jvp.apply(0, identity, d, p, ws);
    double[] out = new double[n];
    for (int r = 0; r < n; r++) {
      out[r] = Math.log(Math.abs(lu(m, r).getDeterminant()));
    }
    return out;
  }

  /** @return the LU decomposition of A_r = I + M_r, with M_r[i][j] = ∂g_j/∂x_i of row r */
  private LUDecomposition lu(Matrix m, int r) {
    int d = dimension;
    double[][] a = new double[d][d];
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < d; j++) {
        a[i][j] = (i == j ? 1 : 0) + m.get((r * d + i) * d + j);
      }
    }
    return new LUDecomposition(new Array2DRowRealMatrix(a, false));
  }

  private void exactGradient(int n, ResidualNet.Weights p, Workspace ws, double[] upstream, Matrix[] slopeGradients) {
    int d = dimension;
    Matrix m = jvp.result(0, n * d, ws);
    Matrix seed = ws.buffer(this, 1, n * d, d);
    for (int r = 0; r < n; r++) {
      RealMatrix inverse = lu(m, r).getSolver().getInverse();
      for (int i = 0; i < d; i++) {
        for (int j = 0; j < d; j++) {
          seed.set((r * d + i) * d + j, upstream[r] * inverse.getEntry(j, i));
        }
      }
    }
    jvp.backward(0, ws.buffer(this, 0, n * d, d), d, seed, slopeGradients, p, ws, false);
  }

  private double[] series(Matrix h0, ResidualNet.Weights p, Workspace ws) {
    int n = h0.rows();
    int d = dimension;
    int samples = config.traceSamples();
    Matrix probes = ws.buffer(this, 2, n * samples, d);
    double[] row = new double[h0.cols()];
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < row.length; j++) {
        row[j] = h0.get(r, j);
      }
      Rng rng = new Rng(config.noiseSeed()).stream(rowHash(row));
      for (int s = 0; s < samples; s++) {
        for (int j = 0; j < d; j++) {
          probes.set((r * samples + s) * d + j, rng.gaussian());
        }
      }
    }
    double[] out = new double[n];
    Matrix input = probes;
    for (int k = 1; k <= config.seriesTerms(); k++) {
      input = jvp.apply(k - 1, input, samples, p, ws);
      for (int q = 0; q < n * samples; q++) {
        double dot = 0;
        for (int j = 0; j < d; j++) {
          dot += probes.get(q * d + j) * input.get(q * d + j);
        }
        out[q / samples] += coefficient(k) * dot / samples;
      }
    }
    return out;
  }

  private void seriesGradient(int n, ResidualNet.Weights p, Workspace ws, double[] upstream,
      Matrix[] slopeGradients) {
    int d = dimension;
    int samples = config.traceSamples();
    int terms = config.seriesTerms();
    int rows = n * samples;
    Matrix probes = ws.buffer(this, 2, rows, d);
    Matrix g = jvp.zeroTangentGradient(terms - 1, rows, ws);
    for (int k = terms; k >= 1; k--) {
      for (int q = 0; q < rows; q++) {
        double scale = upstream[q / samples] * coefficient(k) / samples;
        for (int j = 0; j < d; j++) {
          g.add(q * d + j, scale * probes.get(q * d + j));
        }
      }
      Matrix input = k == 1 ? probes : jvp.result(k - 2, rows, ws);
      g = jvp.backward(k - 1, input, samples, g, slopeGradients, p, ws, k > 1);
    }
  }

  private static double coefficient(int k) {
    return (k % 2 == 1 ? 1.0 : -1.0) / k;
  }

  private static long rowHash(double[] h0) {
    long h = 0x9E3779B97F4A7C15L;
    for (double v : h0) {
      h = Long.rotateLeft(h ^ Double.doubleToLongBits(v), 23) * 0xBF58476D1CE4E5B9L;
    }
    return h;
  }
}
