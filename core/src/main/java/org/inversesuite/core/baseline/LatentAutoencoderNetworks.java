package org.inversesuite.core.baseline;

import org.inversesuite.core.nn.Mlp;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.OutputInit;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;

/**
 * The autoencoder baseline of Kruse et al. 2021 ("Benchmarking invertible architectures on
 * inverse problems", arXiv:2101.10763): the non-invertible counterpart of the INN. An encoder MLP
 * maps x̃ to the latent code e(x̃) = [ŷ, z], a separate decoder MLP maps [ỹ, z] back to x̃; in
 * standardised units,
 *
 * <pre>
 *   L = (1/n) Σ_i ‖d([ỹ_i, z_i]) − x̃_i‖² + L_y + L_z           (L_y, L_z of {@link LatentPriorLoss})
 *   ∂L/∂x̂ = 2 (x̂ − x̃) / n,   ∂L/∂z = (∂L/∂v)_z + ∂L_z/∂z,   ∂L/∂ŷ = 2 λ_y (ŷ − ỹ) / n
 * </pre>
 *
 * where v = [ỹ, z] is the decoder input. A posterior sample is x̃ = d([ỹ*, ζ]), ζ ~ N(0, I).
 * The encoder sees x only, so the construction assumes a noise-free y = f(x), as the tasks of
 * Kruse et al.: with observation noise, no z = e(x) can be independent of y and still determine x.
 */
final class LatentAutoencoderNetworks implements AutoencoderNetworks {
  private static final int V = 0;
  private static final int D_V = 1;
  private static final int D_E = 2;
  private static final int D_XHAT = 3;

  private final Parameters parameters;
  private final LatentPriorLoss latent;
  private final Mlp encoder;
  private final Mlp decoder;

  LatentAutoencoderNetworks(Precision precision, int dx, int dy, LatentPriorConfig config, MlpConfig mlp) {
    this.parameters = new Parameters(precision);
    this.latent = new LatentPriorLoss(dy, config);
    this.encoder = new Mlp(parameters, "encoder", dx, latent.width(), mlp, OutputInit.UNIFORM);
    this.decoder = new Mlp(parameters, "decoder", latent.width(), dx, mlp, OutputInit.UNIFORM);
  }

  @Override
  public Parameters parameters() {
    return parameters;
  }

  @Override
  public LatentPriorLoss latent() {
    return latent;
  }

  @Override
  public Matrix decode(Matrix v, Workspace ws) {
    return decoder.forward(v, ws);
  }

  @Override
  public double lossAndGradient(Matrix x, Matrix y, Matrix zeta, Workspace ws) {
    int n = x.rows();
    int k = latent.width();
    Matrix e = encoder.forward(x, ws);
    Matrix v = ws.buffer(this, V, n, k);
    Matrix de = ws.buffer(this, D_E, n, k);
    double loss = latent.evaluate(e, y, zeta, v, de);
    Matrix xHat = decoder.forward(v, ws);
    Matrix dXHat = ws.buffer(this, D_XHAT, n, x.cols());
    double reconstruction = 0;
    for (int i = 0; i < x.size(); i++) {
      double r = xHat.get(i) - x.get(i);
      reconstruction += r * r;
      dXHat.set(i, 2 * r / n);
    }
    Matrix dv = ws.buffer(this, D_V, n, k);
    decoder.backward(v, dXHat, dv, ws);
    latent.addZ(dv, de);
    encoder.backward(x, de, null, ws);
    return loss + reconstruction / n;
  }
}
