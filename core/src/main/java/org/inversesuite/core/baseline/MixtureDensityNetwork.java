package org.inversesuite.core.baseline;

import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.infer.PosteriorEstimator;
import org.inversesuite.core.nn.Mlp;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * A trained mixture density network (Bishop 1994, "Mixture density networks", NCRG/94/004):
 * an MLP maps the standardised observation ỹ to the mixture q(x̃ | ỹ) ({@link MixtureHead}) over the
 * standardised parameters x̃ = (x − μ_x)/σ_x, so
 *
 * <pre>
 *   log q(x | y) = log q(x̃ | ỹ) − Σ_j log σ_x,j.
 * </pre>
 *
 * Built by {@link MixtureDensityTraining}. Immutable after training; thread-safe (each call
 * uses its own workspace).
 */
public final class MixtureDensityNetwork implements PosteriorEstimator {
  private final Parameters parameters;
  private final Mlp network;
  private final MixtureHead mixture;
  private final Standardization xNorm;
  private final Standardization yNorm;

  MixtureDensityNetwork(Parameters parameters, Mlp network, MixtureHead mixture, Standardization xNorm,
      Standardization yNorm) {
    this.parameters = parameters;
    this.network = network;
    this.mixture = mixture;
    this.xNorm = xNorm;
    this.yNorm = yNorm;
  }

  /** @return the number of trainable parameters */
  public int parameterCount() {
    return parameters.size();
  }

  @Override
  public int dimension() {
    return xNorm.dimension();
  }

  @Override
  public int conditionDimension() {
    return yNorm.dimension();
  }

  private Matrix raw(Matrix yTilde) {
    Workspace ws = new Workspace(parameters, Kernels.FASTEST.create(parameters.precision()));
    return network.forward(yTilde, ws).copy();
  }

  @Override
  public Matrix sample(double[] observation, int n, Rng rng) {
    return draw(raw(Conditions.repeat(yNorm, observation, n, parameters.precision())), rng);
  }

  @Override
  public Matrix sampleEach(Matrix y, Rng rng) {
    return draw(raw(Conditions.normalize(yNorm, y, parameters.precision(), "observations y")), rng);
  }

  private Matrix draw(Matrix raw, Rng rng) {
    int d = dimension();
    Matrix u = new DoubleMatrix(raw.rows(), d);
    double[] row = new double[d];
    for (int r = 0; r < raw.rows(); r++) {
      mixture.sample(raw, r, rng, row);
      for (int j = 0; j < d; j++) {
        u.set(r, j, row[j]);
      }
    }
    return Conditions.denormalize(xNorm, u);
  }

  @Override
  public double[] logDensity(Matrix x, Matrix y) {
    x.requireShape(y.rows(), dimension(), "parameters x");
    Matrix raw = raw(Conditions.normalize(yNorm, y, parameters.precision(), "observations y"));
    double[] out = mixture.logDensity(raw, Conditions.normalize(xNorm, x, raw.precision(), "parameters x"));
    double logDet = xNorm.logDet();
    for (int i = 0; i < out.length; i++) {
      out[i] += logDet;
    }
    return out;
  }
}
