package org.inversesuite.core.cycle;

import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;

/**
 * The loss of a conditional flow f(u; ỹ) = z trained for an inverse problem with a cycle term.
 * On a batch of n pairs (u, ỹ) in flow coordinates, with m cycle rows, latents z_r ~ N(0, I) and
 * samples x̂_r = f⁻¹(z_r; ỹ_r) drawn through the flow,
 * \[ L = \frac1n \sum_{r=1}^{n}\Big(\tfrac12\|f(u_r; \tilde y_r)\|^2 - \log|\det J_f(u_r; \tilde y_r)|\Big)
 *   + \frac{\lambda}{m} \sum_{r=1}^{m} \big\|F(\hat x_r) - \tilde y_r\big\|^2 , \]
 * maximum likelihood plus a re-simulation ("cycle") term: a sample of q(x | y) sent back through
 * the forward process F ({@link Resimulation}) should reproduce the y it was drawn for. This is
 * the cycle-consistency idea of training inverse models in both directions (Ardizzone et al.
 * 2019). Kruse et al. 2021 ("Benchmarking invertible architectures on inverse problems",
 * arXiv:2101.10763) benchmark an autoregressive flow among their ten methods; the copy of the
 * paper at hand when this was written held only its abstract and introduction, so this objective
 * follows the wording (an autoregressive flow trained for inverse problems with a cycle
 * loss), not a verified reading of their training recipe. In the noise-free benchmark tasks the true posterior satisfies
 * F(x̂) = ỹ exactly, so the term does not move the optimum of the likelihood, it penalises the
 * mass the flow puts off the solution set. Gradients: the likelihood term through
 * {@link Flow#backward}; the cycle term with ∂L/∂x̂_r = (2λ/m) J_F(x̂_r)ᵀ(F(x̂_r) − ỹ_r) through
 * {@link ImplicitInverseGradient}. z is an argument, so the loss is a deterministic function of
 * the parameters (finite-difference testable).
 */
public final class CycleObjective {
  private final Flow flow;
  private final Resimulation resimulation;
  private final double weight;

  /** The two terms of one evaluation. */
  public record Terms(double likelihood, double cycle) {
    /** @return the total loss */
    public double total() {
      return likelihood + cycle;
    }
  }

  /**
   * @param flow f, without a condition network
   * @param resimulation F, mapping the flow's dimension to its condition's
   * @param weight λ ≥ 0; 0 skips the cycle term (and its cost)
   */
  public CycleObjective(Flow flow, Resimulation resimulation, double weight) {
    if (resimulation.inputDimension() != flow.dimension() || resimulation.outputDimension() != flow.conditionDimension()) {
      throw new IllegalArgumentException("the forward process maps " + resimulation.inputDimension() + " to "
          + resimulation.outputDimension() + " values, the flow has dimension " + flow.dimension() + " and condition "
          + flow.conditionDimension());
    }
    if (!(weight >= 0)) {
      throw new IllegalArgumentException("cycle weight must be >= 0, got " + weight);
    }
    this.flow = flow;
    this.resimulation = resimulation;
    this.weight = weight;
  }

  /**
   * Evaluates L and adds ∂L/∂θ to {@code ws.gradients()}.
   *
   * @param u parameters in flow coordinates, shape [n, D]
   * @param y observations in flow coordinates, shape [n, K]
   * @param z latents of the cycle rows, shape [m, D] with m ≤ n (the first m rows of y are used)
   */
  public Terms lossAndGradient(Matrix u, Matrix y, Matrix z, Workspace ws) {
    int n = u.rows();
    int d = flow.dimension();
    double[] logDet = new double[n];
    Matrix out = u.like(n, d);
    flow.forward(u, y, out, logDet, ws);
    double likelihood = 0;
    double[] dLogDet = new double[n];
    for (int r = 0; r < n; r++) {
      double sq = 0;
      for (int j = 0; j < d; j++) {
        double v = out.get(r, j);
        sq += v * v;
        out.set(r, j, v / n);
      }
      likelihood += (0.5 * sq - logDet[r]) / n;
      dLogDet[r] = -1.0 / n;
    }
    flow.backward(y, out, dLogDet, null, ws);
    if (weight == 0) {
      return new Terms(likelihood, 0);
    }
    int m = z.rows();
    if (m > n || z.cols() != d) {
      throw new IllegalArgumentException("cycle latents have shape [" + m + ", " + z.cols() + "], expected at most ["
          + n + ", " + d + "]");
    }
    Matrix yc = y.like(m, y.cols());
    yc.copyRows(y, 0, 0, m);
    Matrix xHat = u.like(m, d);
    flow.inverse(z, yc, xHat, new double[m], ws);
    Matrix residual = resimulation.apply(xHat);
    double cycle = 0;
    for (int r = 0; r < m; r++) {
      for (int k = 0; k < residual.cols(); k++) {
        double e = residual.get(r, k) - yc.get(r, k);
        cycle += weight * e * e / m;
        residual.set(r, k, 2 * weight * e / m);
      }
    }
    Matrix dxHatWide = resimulation.pullback(xHat, residual);
    Matrix dxHat = u.like(m, d);
    for (int i = 0; i < dxHat.size(); i++) {
      dxHat.set(i, dxHatWide.get(i));
    }
    ImplicitInverseGradient.accumulate(flow, xHat, yc, dxHat, ws);
    return new Terms(likelihood, cycle);
  }
}
