package org.inversesuite.core.block;

import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;

/**
 * Masked autoregressive flow layer (Papamakarios, Pavlakou and Murray 2017, "Masked
 * Autoregressive Flow for Density Estimation", arXiv:1705.07057): with (μ, ŝ) = MADE([x, c])
 * ({@link org.inversesuite.core.autoregressive.Made}) and s = α g(ŝ),
 * \[ z_i = (x_i - \mu_i(x_{<i}, c))\, e^{-s_i(x_{<i}, c)}, \qquad \log|\det J| = -\textstyle\sum_i s_i. \]
 * The density direction (forward, training) is one MADE pass; sampling (inverse,
 * {@code x_i = z_i e^{s_i} + μ_i}) is sequential, D passes. Stack MAF blocks with
 * {@link PermutationBlock}s between them so every dimension gets to condition the others.
 */
public final class MafBlock extends AutoregressiveBlock {
  /** Builds the block and allocates its MADE in {@code parameters}. */
  public MafBlock(MafConfig config, Parameters parameters, String name, int dimension, int conditionDimension) {
    super(config, parameters, name, dimension, conditionDimension, config.clampActivation(), config.clamp(),
        config.made());
  }

  @Override
  public void forward(Matrix x, Matrix c, Matrix z, double[] logDet, Workspace ws) {
    BlockInputs.check(this, x, c, logDet);
    transform.onePass(x, c, z, logDet, AffineAutoregression.TO_LATENT, ws);
  }

  @Override
  public void inverse(Matrix z, Matrix c, Matrix x, double[] logDet, Workspace ws) {
    BlockInputs.check(this, z, c, logDet);
    transform.sequential(z, c, x, logDet, AffineAutoregression.TO_DATA, ws);
  }

  /**
   * With e_i = e^{−s_i}: ∂L/∂x_i = g_i e_i + (MADE input gradient)_i, ∂L/∂μ_i = −g_i e_i,
   * ∂L/∂s_i = −g_i z_i − ∂L/∂logDet.
   */
  @Override
  public void backward(Matrix x, Matrix c, Matrix dz, double[] dLogDet, Matrix dx, Matrix dc, Workspace ws) {
    int n = x.rows();
    Matrix in = transform.input(n, c, ws);
    in.copyColumns(x, 0, 0, dimension());
    Matrix raw = transform.made().output(n, ws);
    Matrix dRaw = ws.buffer(this, 0, n, 2 * dimension());
    for (int r = 0; r < n; r++) {
      for (int i = 0; i < dimension(); i++) {
        double s = transform.logScale(raw, r, i);
        double e = Math.exp(-s);
        double g = dz.get(r, i);
        double zi = (x.get(r, i) - transform.mu(raw, r, i)) * e;
        dx.set(r, i, g * e);
        dRaw.set(r, i, -g * e);
        dRaw.set(r, dimension() + i, (-g * zi - dLogDet[r]) * transform.logScaleDerivative(raw, r, i));
      }
    }
    Matrix dIn = ws.buffer(this, 1, n, dimension() + conditionDimension());
    transform.made().backward(in, dRaw, dIn, ws);
    CouplingBlock.addColumns(dIn, 0, dx, 0, dimension());
    if (dc != null && conditionDimension() > 0) {
      CouplingBlock.addColumns(dIn, dimension(), dc, 0, conditionDimension());
    }
  }
}
