package org.inversesuite.core.baseline;

import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.Mlp;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.OutputInit;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;

/**
 * Encoder and decoder of a conditional VAE (Sohn, Lee and Yan 2015, "Learning structured output
 * representation using deep conditional generative models", NeurIPS) and the negative ELBO with
 * its explicit backward pass. In standardised units, with encoder outputs (μ, r), σ = exp(r)
 * (r clamped to ±{@value GaussianMixture#LOG_STD_LIMIT}), a reparameterised z = μ + σ ε and the
 * decoder mean x̂ = g(z, ỹ):
 *
 * <pre>
 *   L = (1/n) Σ_i [ ‖x̂_i − x̃_i‖² / (2 s²) + ½ Σ_j (μ_ij² + σ_ij² − 1 − 2 r_ij) ]
 *   ∂L/∂x̂ = (x̂ − x̃) / (n s²),  ∂L/∂μ = ∂L/∂z + μ / n,  ∂L/∂r = ∂L/∂z · σ ε + (σ² − 1) / n
 * </pre>
 */
final class ConditionalVaeNetworks {
  private static final int IN_E = 0;
  private static final int IN_D = 1;
  private static final int D_XHAT = 2;
  private static final int D_IN_D = 3;
  private static final int D_E = 4;

  final Parameters parameters;
  final Mlp encoder;
  final Mlp decoder;
  final int dx;
  final int dy;
  final int dz;
  final double decoderStd;

  ConditionalVaeNetworks(Precision precision, int dx, int dy, ConditionalVaeConfig config, MlpConfig mlp) {
    this.parameters = new Parameters(precision);
    this.dx = dx;
    this.dy = dy;
    this.dz = config.latentDimension();
    this.decoderStd = config.decoderStd();
    this.encoder = new Mlp(parameters, "encoder", dx + dy, 2 * dz, mlp, OutputInit.UNIFORM);
    this.decoder = new Mlp(parameters, "decoder", dz + dy, dx, mlp, OutputInit.UNIFORM);
  }

  static MlpConfig mlp(NetworkRecipe recipe) {
    return MlpConfig.of(recipe.width(), recipe.depth(), Activation.RELU);
  }

  /** @return x̂ = g(z, ỹ), a workspace buffer */
  Matrix decode(Matrix z, Matrix y, Workspace ws) {
    Matrix in = ws.buffer(this, IN_D, z.rows(), dz + dy);
    in.copyColumns(z, 0, 0, dz);
    in.copyColumns(y, 0, dz, dy);
    return decoder.forward(in, ws);
  }

  /**
   * Forward and backward pass; accumulates ∂L/∂θ into {@code ws.gradients()}.
   *
   * @param x standardised parameters [n, dx]
   * @param y standardised observations [n, dy]
   * @param eps ε ~ N(0, I), [n, dz]
   * @return L
   */
  double lossAndGradient(Matrix x, Matrix y, Matrix eps, Workspace ws) {
    int n = x.rows();
    Matrix inE = ws.buffer(this, IN_E, n, dx + dy);
    inE.copyColumns(x, 0, 0, dx);
    inE.copyColumns(y, 0, dx, dy);
    Matrix e = encoder.forward(inE, ws);
    Matrix z = eps.like(n, dz);
    double kl = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < dz; j++) {
        double mu = e.get(i, j);
        double r = clampLogStd(e.get(i, dz + j));
        z.set(i, j, mu + Math.exp(r) * eps.get(i, j));
        kl += 0.5 * (mu * mu + Math.exp(2 * r) - 1 - 2 * r);
      }
    }
    Matrix xHat = decode(z, y, ws);
    Matrix dXHat = ws.buffer(this, D_XHAT, n, dx);
    double reconstruction = 0;
    double s2 = decoderStd * decoderStd;
    for (int i = 0; i < n * dx; i++) {
      double diff = xHat.get(i) - x.get(i);
      reconstruction += diff * diff / (2 * s2);
      dXHat.set(i, diff / (n * s2));
    }
    Matrix dInD = ws.buffer(this, D_IN_D, n, dz + dy);
    decoder.backward(ws.buffer(this, IN_D, n, dz + dy), dXHat, dInD, ws);
    Matrix dE = ws.buffer(this, D_E, n, 2 * dz);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < dz; j++) {
        double dzij = dInD.get(i, j);
        double mu = e.get(i, j);
        double rawR = e.get(i, dz + j);
        double r = clampLogStd(rawR);
        double sigma = Math.exp(r);
        dE.set(i, j, dzij + mu / n);
        boolean clamped = rawR != r;
        dE.set(i, dz + j, clamped ? 0 : dzij * sigma * eps.get(i, j) + (sigma * sigma - 1) / n);
      }
    }
    encoder.backward(inE, dE, null, ws);
    return (reconstruction + kl) / n;
  }

  private static double clampLogStd(double r) {
    return Math.max(-GaussianMixture.LOG_STD_LIMIT, Math.min(GaussianMixture.LOG_STD_LIMIT, r));
  }
}
