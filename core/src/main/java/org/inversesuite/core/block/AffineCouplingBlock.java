package org.inversesuite.core.block;

import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.tensor.Matrix;

/**
 * Affine coupling with a soft-clamped log-scale (Dinh et al. 2017, "Density estimation using
 * Real NVP", arXiv:1605.08803; Kingma and Dhariwal 2018, "Glow", arXiv:1807.03039; clamp as in
 * Ardizzone et al. 2019, "Analyzing inverse problems with invertible neural networks",
 * arXiv:1808.04730). For each half, with raw subnet outputs (ŝ, t):
 * \[ s = \alpha\, g(\hat s), \qquad z_a = x_a \odot e^{s} + t, \qquad
 *    \log|\det J| = \textstyle\sum_i s_i, \]
 * inverse {@code x_a = (z_a − t) ⊙ e^{−s}}. The halves are arranged as in {@link CouplingBlock};
 * whether (ŝ, t) come from one subnet or two is the {@link CouplingForm}.
 */
public final class AffineCouplingBlock extends CouplingBlock {
  private final AffineCouplingConfig config;

  /** Builds the block and allocates its subnets in {@code parameters}. */
  public AffineCouplingBlock(AffineCouplingConfig config, Parameters parameters, String name, int dimension,
      int conditionDimension) {
    super(parameters, name, dimension, conditionDimension, config.subnet(),
        d -> config.form() == CouplingForm.GLOW ? new int[] {2 * d} : new int[] {d, d});
    this.config = config;
  }

  @Override
  public BlockConfig config() {
    return config;
  }

  @Override
  protected void transformForward(Matrix raw, Matrix in, int inCol, Matrix out, int outCol, int d, double[] logDet) {
    affine(raw, in, inCol, out, outCol, d, logDet, 1);
  }

  @Override
  protected void transformInverse(Matrix raw, Matrix in, int inCol, Matrix out, int outCol, int d, double[] logDet) {
    affine(raw, in, inCol, out, outCol, d, logDet, -1);
  }

  /**
   * sign +1: out = e^s ⊙ in + t, logDet += Σ s; sign −1: out = (in − t) ⊙ e^{−s}, logDet −= Σ s.
   */
  private void affine(Matrix raw, Matrix in, int inCol, Matrix out, int outCol, int d, double[] logDet, int sign) {
    ClampActivation g = config.clampActivation();
    double alpha = config.clamp();
    int rc = raw.cols();
    int ic = in.cols();
    int oc = out.cols();
    for (int r = 0, n = in.rows(); r < n; r++) {
      double sum = 0;
      for (int j = 0; j < d; j++) {
        double s = g.scale(raw.get(r * rc + j), alpha);
        double t = raw.get(r * rc + d + j);
        double v = in.get(r * ic + inCol + j);
        out.set(r * oc + outCol + j, sign > 0 ? Math.exp(s) * v + t : (v - t) * Math.exp(-s));
        sum += s;
      }
      logDet[r] += sign * sum;
    }
  }

  @Override
  protected void transformBackward(Matrix raw, Matrix x, int xCol, Matrix dOut, int dOutCol, double[] dLogDet,
      Matrix dx, int dxCol, Matrix dRaw, int d) {
    ClampActivation g = config.clampActivation();
    double alpha = config.clamp();
    int rc = raw.cols();
    int xc = x.cols();
    int oc = dOut.cols();
    int dc = dx.cols();
    for (int r = 0, n = x.rows(); r < n; r++) {
      for (int j = 0; j < d; j++) {
        double u = raw.get(r * rc + j);
        double e = Math.exp(g.scale(u, alpha));
        double dz = dOut.get(r * oc + dOutCol + j);
        double ds = dz * e * x.get(r * xc + xCol + j) + dLogDet[r];
        dx.set(r * dc + dxCol + j, dz * e);
        dRaw.set(r * rc + j, ds * g.scaleDerivative(u, alpha));
        dRaw.set(r * rc + d + j, dz);
      }
    }
  }

  /**
   * Backward of the inverse x = (z − t) ⊙ e^{−s} (log-det −Σ s): ∂L/∂z = g ⊙ e^{−s},
   * ∂L/∂t = −g ⊙ e^{−s}, ∂L/∂s = −g ⊙ x − ∂L/∂logDet, with g = ∂L/∂x.
   */
  @Override
  protected void transformInverseBackward(Matrix raw, Matrix z, int zCol, Matrix dOut, int dOutCol, double[] dLogDet,
      Matrix dz, int dzCol, Matrix dRaw, int d) {
    ClampActivation g = config.clampActivation();
    double alpha = config.clamp();
    int rc = raw.cols();
    int zc = z.cols();
    int oc = dOut.cols();
    int dc = dz.cols();
    for (int r = 0, n = z.rows(); r < n; r++) {
      for (int j = 0; j < d; j++) {
        double u = raw.get(r * rc + j);
        double e = Math.exp(-g.scale(u, alpha));
        double t = raw.get(r * rc + d + j);
        double gx = dOut.get(r * oc + dOutCol + j);
        double x = (z.get(r * zc + zCol + j) - t) * e;
        dz.set(r * dc + dzCol + j, gx * e);
        dRaw.set(r * rc + j, (-gx * x - dLogDet[r]) * g.scaleDerivative(u, alpha));
        dRaw.set(r * rc + d + j, -gx * e);
      }
    }
  }
}
