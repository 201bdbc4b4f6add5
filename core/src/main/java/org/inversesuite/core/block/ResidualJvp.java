package org.inversesuite.core.block;

import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.DenseKernel;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.FloatMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * Jacobian-vector products of the residual function g of a {@link ResidualNet} with respect to
 * x, for m tangents of each of n rows stacked into one [n·m, d] matrix (row r·m + i is tangent i
 * of batch row r), and reverse mode through them. In the row-vector convention of the layers,
 * \[ T \mapsto ((((T \tilde W_0^{x}) \odot a'_0)\, \tilde W_1) \odot a'_1 \cdots)\, \tilde W_{L-1}, \]
 * with \(\tilde W_0^x\) the first d rows of the first layer (the x part of [x, c]) and
 * \(a'_l\) the slopes of the last forward pass, each row's slopes applied to its m tangents.
 * Every product is one {@link DenseKernel} call on all n·m tangents (the zero segment of the
 * normalised vector is their bias); only the slope products are element-wise loops.
 *
 * <p>Several applications can be kept at once (the power series chains them): application k
 * keeps its stages in its own workspace buffers until the next application k with as many rows.
 */
final class ResidualJvp {
  private static final int SLOPES = 0;
  private static final int SLOPE_GRADIENTS = 1 << 10;
  private static final int STAGE_GRADIENTS = 2 << 10;
  private static final int TANGENT_GRADIENTS = 3 << 10;
  private static final int STAGES = 4 << 10;
  private final ResidualNet net;
  private final int dimension;

  ResidualJvp(ResidualNet net, int dimension) {
    this.net = net;
    this.dimension = dimension;
  }

  private int hiddenLayers() {
    return net.layers() - 1;
  }

  /** Computes the slopes a'_l = a'(h_{l+1}) of the last forward pass of n rows. */
  void computeSlopes(int n, Workspace ws) {
    Activation a = net.activation();
    for (int l = 0; l < hiddenLayers(); l++) {
      Matrix h = net.hidden(l, n, ws);
      Matrix s = ws.buffer(this, SLOPES + l, n, net.width(l));
      if (h instanceof FloatMatrix fh && s instanceof FloatMatrix fs && a == Activation.ELU) {
        float[] y = fh.data();
        float[] out = fs.data();
        for (int i = 0, size = h.size(); i < size; i++) {
          out[i] = y[i] > 0 ? 1 : y[i] + 1;
        }
        continue;
      }
      for (int i = 0, size = h.size(); i < size; i++) {
        s.set(i, a.derivativeFromOutput(h.get(i)));
      }
    }
  }

  /** @return zeroed accumulators for ∂L/∂a'_l, one [n, width(l)] matrix per hidden layer */
  Matrix[] zeroSlopeGradients(int n, Workspace ws) {
    Matrix[] out = new Matrix[hiddenLayers()];
    for (int l = 0; l < out.length; l++) {
      out[l] = ws.buffer(this, SLOPE_GRADIENTS + l, n, net.width(l));
      out[l].fill(0);
    }
    return out;
  }

  private Matrix stage(int application, int index, int rows, int cols, Workspace ws) {
    return ws.buffer(this, STAGES + application * 2 * net.layers() + index, rows, cols);
  }

  /**
   * Application {@code application} of J_g to m tangents per row, after {@link #computeSlopes}.
   *
   * @param tangents shape [n·m, d]
   * @return J_g applied to each tangent, shape [n·m, d] (a workspace buffer)
   */
  Matrix apply(int application, Matrix tangents, int m, ResidualNet.Weights p, Workspace ws) {
    int rows = tangents.rows();
    int n = rows / m;
    DenseKernel kernel = ws.kernel();
    Matrix in = tangents;
    for (int l = 0; l < net.layers(); l++) {
      Matrix pre = stage(application, 2 * l, rows, net.width(l), ws);
      kernel.forward(in, p.values, net.weightOffset(l), net.zeroOffset(), pre, Activation.IDENTITY);
      if (l == net.layers() - 1) {
        return pre;
      }
      Matrix post = stage(application, 2 * l + 1, rows, net.width(l), ws);
      Matrix slope = ws.buffer(this, SLOPES + l, n, net.width(l));
      scaleRows(pre, slope, m, post);
      in = post;
    }
    throw new IllegalStateException("a residual function has at least one layer");
  }

  /**
   * Reverse mode through application {@code application} (its stages must still be in the
   * workspace): adds ∂L/∂W̃ to {@code p.gradients} and ∂L/∂a'_l to {@code slopeGradients}.
   *
   * @param tangents the tangents the application was computed from, shape [n·m, d]
   * @param gOut ∂L/∂(J_g T), shape [n·m, d]; clobbered
   * @param wantTangents whether ∂L/∂T is needed
   * @return ∂L/∂T (a workspace buffer, alternating with the application's parity), or null
   */
  Matrix backward(int application, Matrix tangents, int m, Matrix gOut, Matrix[] slopeGradients,
      ResidualNet.Weights p, Workspace ws, boolean wantTangents) {
    int rows = tangents.rows();
    int n = rows / m;
    DenseKernel kernel = ws.kernel();
    Matrix dy = gOut;
    for (int l = net.layers() - 1; l >= 0; l--) {
      Matrix in = l == 0 ? tangents : stage(application, 2 * l - 1, rows, net.width(l - 1), ws);
      Matrix dIn = l > 0 ? ws.buffer(this, STAGE_GRADIENTS + l - 1, rows, net.width(l - 1))
          : wantTangents ? ws.buffer(this, TANGENT_GRADIENTS + (application & 1), rows, dimension) : null;
      kernel.backward(in, stage(application, 2 * l, rows, net.width(l), ws), dy, p.values, net.weightOffset(l),
          net.zeroOffset(), p.gradients, dIn, Activation.IDENTITY);
      if (l > 0) {
        // post = pre ⊙ a': the gradient splits between the product and the slope
        Matrix pre = stage(application, 2 * (l - 1), rows, net.width(l - 1), ws);
        Matrix slope = ws.buffer(this, SLOPES + l - 1, n, net.width(l - 1));
        accumulateSlopeGradient(dIn, pre, m, slopeGradients[l - 1]);
        scaleRows(dIn, slope, m, dIn);
      }
      dy = dIn;
    }
    return dy;
  }

  /** @return J_g applied to the tangents by the last application {@code application} of that many rows */
  Matrix result(int application, int rows, Workspace ws) {
    return stage(application, 2 * (net.layers() - 1), rows, dimension, ws);
  }

  /** @return a zeroed buffer for ∂L/∂T of the application after {@code application}, shape [rows, d] */
  Matrix zeroTangentGradient(int application, int rows, Workspace ws) {
    Matrix g = ws.buffer(this, TANGENT_GRADIENTS + ((application + 1) & 1), rows, dimension);
    g.fill(0);
    return g;
  }

  /** out[r·m + i][j] = a[r·m + i][j] · s[r][j]; out may be a. */
  private static void scaleRows(Matrix a, Matrix s, int m, Matrix out) {
    int w = a.cols();
    if (a instanceof FloatMatrix fa && s instanceof FloatMatrix fs && out instanceof FloatMatrix fo) {
      float[] av = fa.data();
      float[] sv = fs.data();
      float[] ov = fo.data();
      for (int q = 0, rows = a.rows(); q < rows; q++) {
        int so = (q / m) * w;
        int o = q * w;
        for (int j = 0; j < w; j++) {
          ov[o + j] = av[o + j] * sv[so + j];
        }
      }
      return;
    }
    for (int q = 0, rows = a.rows(); q < rows; q++) {
      int so = (q / m) * w;
      int o = q * w;
      for (int j = 0; j < w; j++) {
        out.set(o + j, a.get(o + j) * s.get(so + j));
      }
    }
  }

  /** ds[r][j] += Σ_i g[r·m + i][j] · pre[r·m + i][j]. */
  private static void accumulateSlopeGradient(Matrix g, Matrix pre, int m, Matrix ds) {
    int w = g.cols();
    if (g instanceof FloatMatrix fg && pre instanceof FloatMatrix fp && ds instanceof FloatMatrix fd) {
      float[] gv = fg.data();
      float[] pv = fp.data();
      float[] dv = fd.data();
      for (int q = 0, rows = g.rows(); q < rows; q++) {
        int so = (q / m) * w;
        int o = q * w;
        for (int j = 0; j < w; j++) {
          dv[so + j] += gv[o + j] * pv[o + j];
        }
      }
      return;
    }
    for (int q = 0, rows = g.rows(); q < rows; q++) {
      int so = (q / m) * w;
      int o = q * w;
      for (int j = 0; j < w; j++) {
        ds.add(so + j, g.get(o + j) * pre.get(o + j));
      }
    }
  }
}
