package org.inversesuite.core.block;

import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.tensor.Matrix;

/**
 * General Incompressible-flow (GIN) coupling (Sorrenson, Rother and Köthe 2020, "Disentanglement
 * by nonlinear ICA with general incompressible-flow networks", arXiv:2001.04872): a volume-preserving
 * affine coupling. With raw subnet outputs (ŝ, t) for an active half of width d,
 * \[ u_i = \alpha\, g(\hat s_i), \qquad s_i = u_i - \tfrac1d \textstyle\sum_j u_j, \qquad
 *    z_a = x_a \odot e^{s} + t, \qquad \log|\det J| = \textstyle\sum_i s_i = 0, \]
 * inverse {@code x_a = (z_a − t) ⊙ e^{−s}}. The log-scales are shifted to sum to zero in every
 * row, so every block, and every flow of them, preserves volume exactly: the latent density
 * equals the data density, and a flow of GIN blocks can only reshape, never compress. (An
 * active half of width 1 has s = 0: a pure shift.) The halves are arranged as in
 * {@link CouplingBlock}, with one subnet per half (Glow form).
 */
public final class GinCouplingBlock extends CouplingBlock {
  private final GinCouplingConfig config;

  /** Builds the block and allocates its subnets in {@code parameters}. */
  public GinCouplingBlock(GinCouplingConfig config, Parameters parameters, String name, int dimension,
      int conditionDimension) {
    super(parameters, name, dimension, conditionDimension, config.subnet(), d -> new int[] {2 * d});
    this.config = config;
  }

  @Override
  public BlockConfig config() {
    return config;
  }

  /** Writes the zero-sum log-scales s of row r into {@code s}. */
  private void logScales(Matrix raw, int r, int d, double[] s) {
    int rc = raw.cols();
    double mean = 0;
    for (int j = 0; j < d; j++) {
      s[j] = config.clampActivation().scale(raw.get(r * rc + j), config.clamp());
      mean += s[j];
    }
    mean /= d;
    for (int j = 0; j < d; j++) {
      s[j] -= mean;
    }
  }

  @Override
  protected void transformForward(Matrix raw, Matrix in, int inCol, Matrix out, int outCol, int d, double[] logDet) {
    double[] s = new double[d];
    int rc = raw.cols();
    for (int r = 0, n = in.rows(); r < n; r++) {
      logScales(raw, r, d, s);
      for (int j = 0; j < d; j++) {
        out.set(r, outCol + j, in.get(r, inCol + j) * Math.exp(s[j]) + raw.get(r * rc + d + j));
      }
    }
  }

  @Override
  protected void transformInverse(Matrix raw, Matrix in, int inCol, Matrix out, int outCol, int d, double[] logDet) {
    double[] s = new double[d];
    int rc = raw.cols();
    for (int r = 0, n = in.rows(); r < n; r++) {
      logScales(raw, r, d, s);
      for (int j = 0; j < d; j++) {
        out.set(r, outCol + j, (in.get(r, inCol + j) - raw.get(r * rc + d + j)) * Math.exp(-s[j]));
      }
    }
  }

  /**
   * With ∂L/∂s_i = ∂L/∂z_i · e^{s_i} x_i (the log-det is constant), the mean removal gives
   * ∂L/∂u_i = ∂L/∂s_i − mean_j ∂L/∂s_j, and ∂L/∂ŝ_i = ∂L/∂u_i · α g'(ŝ_i).
   */
  @Override
  protected void transformBackward(Matrix raw, Matrix x, int xCol, Matrix dOut, int dOutCol, double[] dLogDet,
      Matrix dx, int dxCol, Matrix dRaw, int d) {
    double[] s = new double[d];
    double[] ds = new double[d];
    int rc = raw.cols();
    for (int r = 0, n = x.rows(); r < n; r++) {
      logScales(raw, r, d, s);
      double mean = 0;
      for (int j = 0; j < d; j++) {
        double e = Math.exp(s[j]);
        double dz = dOut.get(r, dOutCol + j);
        dx.set(r, dxCol + j, dz * e);
        ds[j] = dz * e * x.get(r, xCol + j);
        mean += ds[j];
        dRaw.set(r * rc + d + j, dz);
      }
      mean /= d;
      for (int j = 0; j < d; j++) {
        double u = raw.get(r * rc + j);
        dRaw.set(r * rc + j, (ds[j] - mean) * config.clampActivation().scaleDerivative(u, config.clamp()));
      }
    }
  }
}
