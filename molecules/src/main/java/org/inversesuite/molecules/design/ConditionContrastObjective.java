package org.inversesuite.molecules.design;

import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.RowParallel;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;

/**
 * Maximum likelihood plus a property-aware contrast term that asks the cINN to explain a molecule
 * better with its own logP than with a nearby wrong one. With the per-sample negative log-likelihood
 * \( \ell(x, y) = \tfrac12\lVert f(x; y)\rVert^2 - \log|\det J_f(x; y)| \), the true condition
 * y⁽⁰⁾ = y and K − 1 shifted conditions y⁽ᵏ⁾ = y + σ ε_k e_logP (ε_k ~ N(0, 1)):
 * \[ L = \frac1n \sum_i \Big[ \ell(x_i, y_i) + \lambda \Big( \ell(x_i, y_i^{(0)})
 *     + \log \sum_{k=0}^{K-1} e^{-\ell(x_i, y_i^{(k)})} \Big) \Big]. \]
 * The bracket after λ is \( -\log \hat p(y_i^{(0)} \mid x_i) \), the cross-entropy of picking the
 * true condition among the K candidates by Bayes' rule from the flow's own likelihoods (the
 * InfoNCE form of van den Oord et al. 2018, arXiv:1807.03748, with the condition as the label, as in
 * the hybrid generative-discriminative flows of Nalisnick et al. 2019, arXiv:1902.02767). It is
 * ≥ 0 and vanishes when p(x | y) falls off steeply away from the molecule's own logP: exactly the
 * sharpness the sampler needs to land within ±0.5 of a target. Its gradient, with
 * w_k = softmax_k(−ℓ(x_i, y_i⁽ᵏ⁾)), is
 * \[ \partial L_i/\partial \ell_{i0} = 1 + \lambda(1 - w_0), \qquad
 *    \partial L_i/\partial \ell_{ik} = -\lambda w_k \ (k \ge 1), \]
 * back-propagated through one forward pass over the n·K (molecule, condition) rows.
 */
public final class ConditionContrastObjective {
  private final Flow flow;
  private final RowParallel parallel;
  private final ContrastConfig config;

  /**
   * @param parallel the threads and workspaces (over {@code flow}'s parameters)
   * @param config λ and K (σ is applied by the caller, who draws the shifts)
   */
  public ConditionContrastObjective(Flow flow, RowParallel parallel, ContrastConfig config) {
    if (flow.conditionDimension() < 1) {
      throw new IllegalArgumentException("the condition contrast needs a conditional flow");
    }
    this.flow = flow;
    this.parallel = parallel;
    this.config = config;
  }

  /**
   * Evaluates L and ∂L/∂θ on a normalised batch.
   *
   * @param x shape [n, d], in the flow's space
   * @param y shape [n, c], standardised
   * @param shifts shape [n, K − 1]: the shift of the first condition column for each wrong candidate, in
   *     standardised units
   * @return L; the gradient is then in {@link #gradients()}
   */
  public double lossAndGradient(Matrix x, Matrix y, Matrix shifts) {
    int n = x.rows();
    if (shifts.rows() != n || shifts.cols() != config.candidates() - 1) {
      throw new IllegalArgumentException("shifts must have shape [" + n + ", " + (config.candidates() - 1) + "], got ["
          + shifts.rows() + ", " + shifts.cols() + "]");
    }
    double loss = parallel.runSummed(n, (ws, from, to) -> evaluate(ws, x, y, shifts, from, to, n));
    parallel.sumGradients(n);
    return loss;
  }

  /** @return the summed gradient of the last {@link #lossAndGradient} */
  public Matrix gradients() {
    return parallel.workspace(0).gradients();
  }

  private double evaluate(Workspace ws, Matrix x, Matrix y, Matrix shifts, int from, int to, int n) {
    int k = config.candidates();
    int m = to - from;
    int rows = m * k;
    int d = x.cols();
    int c = y.cols();
    Matrix xs = ws.buffer(this, 0, rows, d);
    Matrix ys = ws.buffer(this, 1, rows, c);
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < k; j++) {
        int r = i * k + j;
        xs.copyRows(x, from + i, r, 1);
        ys.copyRows(y, from + i, r, 1);
        if (j > 0) {
          ys.set(r * c, ys.get(r * c) + shifts.get((from + i) * (k - 1) + j - 1));
        }
      }
    }
    Matrix z = ws.buffer(this, 2, rows, d);
    double[] logDet = new double[rows];
    flow.forward(xs, ys, z, logDet, ws);
    double[] nll = new double[rows];
    for (int r = 0; r < rows; r++) {
      double sq = 0;
      for (int j = 0; j < d; j++) {
        double v = z.get(r * d + j);
        sq += v * v;
      }
      nll[r] = 0.5 * sq - logDet[r];
    }
    double lambda = config.weight();
    double sum = 0;
    double[] coefficient = new double[rows];
    for (int i = 0; i < m; i++) {
      int base = i * k;
      double min = Double.POSITIVE_INFINITY;
      for (int j = 0; j < k; j++) {
        min = Math.min(min, nll[base + j]);
      }
      double total = 0;
      for (int j = 0; j < k; j++) {
        total += Math.exp(min - nll[base + j]);
      }
      double logSum = -min + Math.log(total);
      sum += nll[base] + lambda * (nll[base] + logSum);
      for (int j = 0; j < k; j++) {
        double w = Math.exp(min - nll[base + j]) / total;
        coefficient[base + j] = (j == 0 ? 1 + lambda : 0) - lambda * w;
      }
    }
    double inv = 1.0 / n;
    double[] dLogDet = new double[rows];
    for (int r = 0; r < rows; r++) {
      double a = coefficient[r] * inv;
      for (int j = 0; j < d; j++) {
        z.set(r * d + j, z.get(r * d + j) * a);
      }
      dLogDet[r] = -a;
    }
    ws.zeroGradients();
    flow.backward(ys, z, dLogDet, null, ws);
    return sum * inv;
  }
}
