package org.inversesuite.core.block;

import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;

/**
 * Inverse autoregressive flow layer (Kingma et al. 2016, "Improved Variational Inference with
 * Inverse Autoregressive Flow", arXiv:1606.04934): the MADE reads the latent side. With
 * (μ, ŝ) = MADE([z, c]) and s = α g(ŝ), sampling (inverse) is one pass,
 * \[ x = z \odot e^{s(z_{<i}, c)} + \mu(z_{<i}, c), \qquad \log|\det \partial x/\partial z| = \textstyle\sum_i s_i, \]
 * and the density direction (forward) solves {@code z_i = (x_i − μ_i) e^{−s_i}} sequentially
 * (D MADE passes), log-det −Σ s.
 *
 * <p>Backward of that sequential forward, by the adjoint of the triangular system
 * {@code G(z) = z − (x − μ(z)) ⊙ e^{−s(z)} = 0}: with E = diag(e^{−s}), Z = diag(z),
 * gz = ∂L/∂z and gl = ∂L/∂logDet, the adjoint λ solves
 * \[ \lambda = g_z - J_\mu^\top(E\lambda) - J_s^\top(Z\lambda + g_l\mathbf 1), \]
 * where J = ∂(MADE output)/∂z is strictly lower triangular, so the fixed-point iteration is
 * exact after D steps (each one MADE vector-Jacobian product). Then ∂L/∂x = Eλ, and the
 * parameter and condition gradients are one MADE backward with ∂L/∂μ = −Eλ,
 * ∂L/∂s = −(Zλ + g_l).
 */
public final class IafBlock extends AutoregressiveBlock {
  /** Builds the block and allocates its MADE in {@code parameters}. */
  public IafBlock(IafConfig config, Parameters parameters, String name, int dimension, int conditionDimension) {
    super(config, parameters, name, dimension, conditionDimension, config.clampActivation(), config.clamp(),
        config.made());
  }

  @Override
  public void forward(Matrix x, Matrix c, Matrix z, double[] logDet, Workspace ws) {
    BlockInputs.check(this, x, c, logDet);
    transform.sequential(x, c, z, logDet, AffineAutoregression.TO_LATENT, ws);
  }

  @Override
  public void inverse(Matrix z, Matrix c, Matrix x, double[] logDet, Workspace ws) {
    BlockInputs.check(this, z, c, logDet);
    transform.onePass(z, c, x, logDet, AffineAutoregression.TO_DATA, ws);
  }

  @Override
  public void backward(Matrix x, Matrix c, Matrix dz, double[] dLogDet, Matrix dx, Matrix dc, Workspace ws) {
    int n = x.rows();
    int width = dimension() + conditionDimension();
    // The forward left [z, c] in the input buffer; one pass recomputes the MADE at the final z.
    Matrix in = transform.input(n, c, ws);
    Matrix raw = transform.made().forward(in, ws);
    Matrix lambda = ws.buffer(this, 0, n, dimension());
    Matrix dRaw = ws.buffer(this, 1, n, 2 * dimension());
    Matrix dIn = ws.buffer(this, 2, n, width);
    lambda.copyRows(dz, 0, 0, n);
    for (int step = 0; step < dimension(); step++) {
      outputGradient(raw, in, lambda, dLogDet, dRaw, 1);
      transform.made().inputGradient(in, dRaw, dIn, ws);
      for (int r = 0; r < n; r++) {
        for (int i = 0; i < dimension(); i++) {
          lambda.set(r, i, dz.get(r, i) - dIn.get(r, i));
        }
      }
    }
    for (int r = 0; r < n; r++) {
      for (int i = 0; i < dimension(); i++) {
        dx.set(r, i, lambda.get(r, i) * Math.exp(-transform.logScale(raw, r, i)));
      }
    }
    outputGradient(raw, in, lambda, dLogDet, dRaw, -1);
    transform.made().backward(in, dRaw, dIn, ws);
    if (dc != null && conditionDimension() > 0) {
      CouplingBlock.addColumns(dIn, dimension(), dc, 0, conditionDimension());
    }
  }

  /** dRaw = sign · (∂/∂μ = Eλ, ∂/∂ŝ = (Zλ + gl) α g'(ŝ)), with z read from the MADE input. */
  private void outputGradient(Matrix raw, Matrix in, Matrix lambda, double[] dLogDet, Matrix dRaw, int sign) {
    for (int r = 0, n = lambda.rows(); r < n; r++) {
      for (int i = 0; i < dimension(); i++) {
        double l = lambda.get(r, i);
        double e = Math.exp(-transform.logScale(raw, r, i));
        dRaw.set(r, i, sign * e * l);
        double ds = in.get(r, i) * l + dLogDet[r];
        dRaw.set(r, dimension() + i, sign * ds * transform.logScaleDerivative(raw, r, i));
      }
    }
  }
}
