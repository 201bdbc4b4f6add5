package org.inversesuite.core.train;

import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.RowParallel;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;

/**
 * The maximum-likelihood objective of a cINN with a standard-normal latent (Ardizzone et al.
 * 2019, arXiv:1907.02392, eq. 4), per sample and without its constant:
 * \[ \ell(x, y) = \tfrac12 \lVert f(x; y) \rVert^2 - \log|\det J_f(x; y)|, \qquad
 *    L = \tfrac1n \textstyle\sum_i \ell(x_i, y_i). \]
 * The batch is split over the threads of a {@link RowParallel} once per evaluation; each thread
 * runs the whole flow forward and backward on its rows and the gradients are summed.
 */
public final class NllObjective {
  private final Flow flow;
  private final RowParallel parallel;

  /** @param parallel the threads and workspaces (over {@code flow}'s parameters) */
  public NllObjective(Flow flow, RowParallel parallel) {
    this.flow = flow;
    this.parallel = parallel;
  }

  /** @return the flow */
  public Flow flow() {
    return flow;
  }

  /**
   * Evaluates L and ∂L/∂θ on a batch (already normalised, in the model's precision).
   *
   * @return L; the gradient is then in {@link #gradients()}
   */
  public double lossAndGradient(Matrix x, Matrix y) {
    int n = x.rows();
    double loss = parallel.runSummed(n, (ws, from, to) -> evaluate(ws, x, y, from, to, n, true));
    parallel.sumGradients(n);
    return loss;
  }

  /** @return L on a batch, forward only (validation) */
  public double loss(Matrix x, Matrix y) {
    int n = x.rows();
    return parallel.runSummed(n, (ws, from, to) -> evaluate(ws, x, y, from, to, n, false));
  }

  /** @return the summed gradient of the last {@link #lossAndGradient} (workspace 0's vector) */
  public Matrix gradients() {
    return parallel.workspace(0).gradients();
  }

  private double evaluate(Workspace ws, Matrix x, Matrix y, int from, int to, int n, boolean backward) {
    int m = to - from;
    int d = x.cols();
    Matrix xs = ws.buffer(this, 0, m, d);
    xs.copyRows(x, from, 0, m);
    Matrix ys = null;
    if (y != null && y.cols() > 0) {
      ys = ws.buffer(this, 1, m, y.cols());
      ys.copyRows(y, from, 0, m);
    }
    Matrix z = ws.buffer(this, 2, m, d);
    double[] logDet = new double[m];
    flow.forward(xs, ys, z, logDet, ws);
    double sum = 0;
    for (int r = 0; r < m; r++) {
      double sq = 0;
      for (int j = 0; j < d; j++) {
        double v = z.get(r * d + j);
        sq += v * v;
      }
      sum += 0.5 * sq - logDet[r];
    }
    if (backward) {
      double inv = 1.0 / n;
      for (int i = 0, size = m * d; i < size; i++) {
        z.set(i, z.get(i) * inv);
      }
      double[] dLogDet = new double[m];
      java.util.Arrays.fill(dLogDet, -inv);
      ws.zeroGradients();
      flow.backward(ys, z, dLogDet, null, ws);
    }
    return sum / n;
  }
}
