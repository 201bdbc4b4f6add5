package org.inversesuite.core.block;

import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;

/**
 * Invertible residual block (Behrmann, Grathwohl, Chen, Duvenaud and Jacobsen 2019, "Invertible
 * Residual Networks", ICML, arXiv:1811.00995):
 * \[ z = x + g(x; c), \qquad \mathrm{Lip}(g) < 1, \]
 * with g an MLP whose weight matrices are spectrally normalised to norm ≤ {@code lipschitz}
 * ({@link SpectralNorm}) and 1-Lipschitz activations, so that g is a contraction in x.
 *
 * <p><b>Inverse</b> by the Banach fixed-point iteration \( x_{k+1} = z - g(x_k; c) \), \(x_0 = z\),
 * for each row until \( \max|x_{k+1} - x_k| \le \) tolerance; the rows iterate as one batch, a
 * converged row keeps its value (so its result does not depend on the other rows), and the
 * batch shrinks to the unconverged rows whenever they are at most half of it. When the
 * iteration limit is reached an {@link InverseNotConvergedException} names the block, the
 * iteration count, the residual and the first unconverged row.
 *
 * <p><b>Log-determinant</b> \( \log|\det(I + J_g)| \), in one of two modes ({@link ResidualLogDet},
 * computed by {@link ResidualLogDeterminant}): EXACT builds J_g per row from d Jacobian-vector
 * products and takes the LU determinant; SERIES uses the truncated power series with
 * Hutchinson's estimator (Behrmann et al., equation 6),
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
 *
 * <p><b>Batching.</b> g, the stacked tangents of all rows and every reverse pass are single
 * {@link org.inversesuite.core.nn.DenseKernel} calls on the whole batch, in the workspace's
 * precision (float32 Vector API kernels when training, float64 reference kernels in the block
 * contract); only the d×d determinants and the slope products are per-row loops. A backward
 * pass reuses the activations and tangent stages its forward pass left in the workspace when the
 * stored [x, c] equals the given one element by element and the weights have not changed since
 * (unless the workspace forbids {@link Workspace#reuse() reuse}), and recomputes them otherwise.
 */
public final class InvertibleResidualBlock implements InvertibleBlock {
  private final InvertibleResidualConfig config;
  private final Parameters parameters;
  private final String name;
  private final int dimension;
  private final int conditionDimension;
  private final ResidualNet net;
  private final ResidualLogDeterminant logDeterminant;

  /** Workspace buffers: [x, c] of the last full pass, its state, scratch inputs, ∂L/∂g. */
  private static final int INPUT = 0;
  private static final int STATE = 1;
  private static final int GIVEN = 2;
  private static final int ITERATE = 3;
  private static final int GRADIENT = 4;

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
    this.logDeterminant = new ResidualLogDeterminant(config, net, dimension);
  }

  @Override public int dimension() { return dimension; }

  @Override public int conditionDimension() { return conditionDimension; }

  @Override public Parameters parameters() { return parameters; }

  @Override public BlockConfig config() { return config; }

  /** @return [x, c] of the given rows of x (a double array [n, d]) and c, in workspace buffer {@code index} */
  private Matrix inputs(double[] x, Matrix c, int[] rows, int n, Workspace ws, int index) {
    int width = dimension + conditionDimension;
    Matrix h0 = ws.buffer(this, index, n, width);
    for (int q = 0; q < n; q++) {
      int r = rows == null ? q : rows[q];
      for (int j = 0; j < dimension; j++) {
        h0.set(q * width + j, x[r * dimension + j]);
      }
      for (int j = 0; j < conditionDimension; j++) {
        h0.set(q * width + dimension + j, c.get(r, j));
      }
    }
    return h0;
  }

  private static boolean same(Matrix a, Matrix b) {
    for (int i = 0, size = a.size(); i < size; i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }

  private static double[] values(Matrix m) {
    double[] out = new double[m.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = m.get(i);
    }
    return out;
  }

  /**
   * g and the log-det of the rows in {@code h0} (buffer {@link #INPUT}); marks the workspace as
   * holding this pass for these inputs and weights, which a backward pass may then reuse.
   */
  private double[] pass(Matrix h0, ResidualNet.Weights p, Workspace ws) {
    Matrix state = ws.buffer(this, STATE, h0.rows(), 1);
    state.set(0, -1);
    net.forward(h0, p, ws);
    double[] ld = logDeterminant.evaluate(h0, p, ws);
    state.set(0, p.stamp);
    return ld;
  }

  @Override
  public void forward(Matrix x, Matrix c, Matrix z, double[] logDet, Workspace ws) {
    BlockInputs.check(this, x, c, logDet);
    z.requireShape(x.rows(), dimension, "invertible residual output");
    int n = x.rows();
    Matrix h0 = inputs(values(x), c, null, n, ws, INPUT);
    ResidualNet.Weights p = net.new Weights(ws);
    double[] ld = pass(h0, p, ws);
    Matrix g = net.hidden(net.layers() - 1, n, ws);
    for (int i = 0; i < n * dimension; i++) {
      z.set(i, x.get(i) + g.get(i));
    }
    for (int r = 0; r < n; r++) {
      logDet[r] += ld[r];
    }
  }

  @Override
  public void inverse(Matrix z, Matrix c, Matrix x, double[] logDet, Workspace ws) {
    BlockInputs.check(this, z, c, logDet);
    x.requireShape(z.rows(), dimension, "invertible residual inverse output");
    int n = z.rows();
    int d = dimension;
    double[] target = values(z);
    double[] xs = target.clone();
    double[] residual = new double[n];
    java.util.Arrays.fill(residual, Double.POSITIVE_INFINITY);
    ResidualNet.Weights p = net.new Weights(ws);
    ws.buffer(this, STATE, n, 1).set(0, -1);
    int[] rows = new int[n];
    int[] unconverged = new int[n];
    for (int r = 0; r < n; r++) {
      rows[r] = r;
    }
    int size = n;
    for (int it = 0; ; it++) {
      int active = 0;
      for (int q = 0; q < size; q++) {
        if (!(residual[rows[q]] <= config.inverseTolerance())) {
          if (it == config.inverseIterations() || Double.isNaN(residual[rows[q]])) {
            throw new InverseNotConvergedException(name, it, residual[rows[q]], config.inverseTolerance(), rows[q]);
          }
          unconverged[active++] = rows[q];
        }
      }
      if (active == 0) {
        break;
      }
      if (2 * active <= size) {
        // the batch shrinks to the unconverged rows once they are at most half of it
        System.arraycopy(unconverged, 0, rows, 0, active);
        size = active;
      }
      Matrix g = net.forward(inputs(xs, c, rows, size, ws, ITERATE), p, ws);
      for (int q = 0; q < size; q++) {
        int r = rows[q];
        if (residual[r] <= config.inverseTolerance()) {
          continue;
        }
        double moved = 0;
        for (int j = 0; j < d; j++) {
          double next = target[r * d + j] - g.get(q * d + j);
          moved = Math.max(moved, Math.abs(next - xs[r * d + j]));
          xs[r * d + j] = next;
        }
        residual[r] = moved;
      }
    }
    for (int i = 0; i < n * d; i++) {
      x.set(i, xs[i]);
    }
    double[] ld = pass(inputs(xs, c, null, n, ws, INPUT), p, ws);
    for (int r = 0; r < n; r++) {
      logDet[r] -= ld[r];
    }
  }

  @Override
  public void backward(Matrix x, Matrix c, Matrix dz, double[] dLogDet, Matrix dx, Matrix dc, Workspace ws) {
    BlockInputs.check(this, x, c, dLogDet);
    int n = x.rows();
    int d = dimension;
    ResidualNet.Weights p = net.new Weights(ws);
    Matrix h0 = ws.buffer(this, INPUT, n, d + conditionDimension);
    Matrix given = inputs(values(x), c, null, n, ws, GIVEN);
    if (!(ws.reuse() && ws.buffer(this, STATE, n, 1).get(0) == p.stamp && same(given, h0))) {
      h0.copyRows(given, 0, 0, n);
      pass(h0, p, ws);
    }
    Matrix[] slopeGradients = logDeterminant.zeroSlopeGradients(n, ws);
    logDeterminant.gradient(n, p, ws, dLogDet, slopeGradients);
    Matrix dg = ws.buffer(this, GRADIENT, n, d);
    for (int i = 0; i < n * d; i++) {
      dg.set(i, dz.get(i));
    }
    Matrix dh0 = net.backward(h0, dg, slopeGradients, p, ws);
    int width = d + conditionDimension;
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < d; j++) {
        dx.set(r * d + j, dz.get(r * d + j) + dh0.get(r * width + j));
      }
      if (dc != null) {
        for (int j = 0; j < conditionDimension; j++) {
          dc.add(r * conditionDimension + j, dh0.get(r * width + d + j));
        }
      }
    }
    p.flush(ws.gradients());
  }
}
