package org.inversesuite.core.block;

import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.tensor.Matrix;

/**
 * Rational-quadratic spline coupling (Durkan et al. 2019, "Neural Spline Flows",
 * arXiv:1906.04009): each element of the active half goes through its own monotone
 * {@link RationalQuadraticSpline} with K bins on [−B, B],
 * \[ z_{a,i} = S(x_{a,i};\, \theta_i), \qquad \theta = g([x_p, c]) \in \mathbb R^{d_a (3K-1)}, \qquad
 *    \log|\det J| = \textstyle\sum_i \log S'(x_{a,i};\, \theta_i), \]
 * with bin widths and heights from a softmax, interior slopes from a softplus, and the
 * identity (unit slope, zero log-det) outside [−B, B], so an outlier passes unchanged instead of
 * failing. A flow of these blocks maps the box [−B, B]^D onto itself, so B must be wide for the
 * base distribution, not only for the data (see {@link RqSplineCouplingConfig#defaults()}). Inverse by the quadratic root formula. The halves are arranged as in
 * {@link CouplingBlock}; one subnet per half outputs all 3K − 1 values per active element
 * (element i uses columns {@code i(3K−1) .. (i+1)(3K−1)}). The subnet's last layer starts at
 * zero, so a new block is the identity.
 */
public final class RqSplineCouplingBlock extends CouplingBlock {
  private final RqSplineCouplingConfig config;
  private final int perElement;

  /** Builds the block and allocates its subnets in {@code parameters}. */
  public RqSplineCouplingBlock(RqSplineCouplingConfig config, Parameters parameters, String name, int dimension,
      int conditionDimension) {
    super(parameters, name, dimension, conditionDimension, config.subnet(),
        d -> new int[] {d * RationalQuadraticSpline.parameterCount(config.bins())});
    this.config = config;
    this.perElement = RationalQuadraticSpline.parameterCount(config.bins());
  }

  @Override
  public BlockConfig config() {
    return config;
  }

  private RationalQuadraticSpline spline() {
    return new RationalQuadraticSpline(config.bins(), config.bound());
  }

  @Override
  protected void transformForward(Matrix raw, Matrix in, int inCol, Matrix out, int outCol, int d, double[] logDet) {
    elementwise(raw, in, inCol, out, outCol, d, logDet, 1);
  }

  @Override
  protected void transformInverse(Matrix raw, Matrix in, int inCol, Matrix out, int outCol, int d, double[] logDet) {
    elementwise(raw, in, inCol, out, outCol, d, logDet, -1);
  }

  /** sign +1: out = S(in), sign −1: out = S⁻¹(in); logDet += the log-derivative of that map. */
  private void elementwise(Matrix raw, Matrix in, int inCol, Matrix out, int outCol, int d, double[] logDet, int sign) {
    RationalQuadraticSpline s = spline();
    int rc = raw.cols();
    int ic = in.cols();
    int oc = out.cols();
    for (int r = 0, n = in.rows(); r < n; r++) {
      for (int j = 0; j < d; j++) {
        s.load(raw, r * rc + j * perElement);
        double v = in.get(r * ic + inCol + j);
        out.set(r * oc + outCol + j, sign > 0 ? s.forward(v) : s.inverse(v));
        logDet[r] += s.logDerivative();
      }
    }
  }

  @Override
  protected void transformBackward(Matrix raw, Matrix x, int xCol, Matrix dOut, int dOutCol, double[] dLogDet,
      Matrix dx, int dxCol, Matrix dRaw, int d) {
    RationalQuadraticSpline s = spline();
    int rc = raw.cols();
    int xc = x.cols();
    int oc = dOut.cols();
    int dc = dx.cols();
    for (int r = 0, n = x.rows(); r < n; r++) {
      for (int j = 0; j < d; j++) {
        int offset = r * rc + j * perElement;
        s.load(raw, offset);
        double g = s.backward(x.get(r * xc + xCol + j), dOut.get(r * oc + dOutCol + j), dLogDet[r], dRaw, offset);
        dx.set(r * dc + dxCol + j, g);
      }
    }
  }
}
