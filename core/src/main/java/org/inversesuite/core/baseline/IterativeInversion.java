package org.inversesuite.core.baseline;

import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.infer.PosteriorEstimator;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.problem.Prior;
import org.inversesuite.core.problem.Simulator;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;

/**
 * Iterative inversion (Linden and Kindermann 1989, "Inversion of multilayer nets", IJCNN): a
 * trained forward network g is inverted by gradient descent in its input. Each of n starts
 * x̃⁽⁰⁾ ~ p(x) (standardised) follows
 *
 * <pre>
 *   x̃⁽ᵗ⁺¹⁾ = x̃⁽ᵗ⁾ − η ∇_x̃ ½ ‖g(x̃⁽ᵗ⁾) − ỹ*‖²,    t &lt; T,
 * </pre>
 *
 * and the end points are the "posterior" samples. They lie near the set {x : g(x) = y*}, spread
 * over it as the prior starts flow there, which is not the posterior density: the method has no
 * density and is a baseline for the re-simulation error rather than for calibration.
 * Thread-safe (each call has its own workspace). All n starts descend together, one batched
 * forward and input-gradient pass per step through reused workspace buffers; the network's
 * parameter gradients are never formed ({@code Mlp.inputGradient}), which measured 1.11× fewer CPU
 * seconds per posterior than the full backward pass (docs/benchmark-table.md).
 */
public final class IterativeInversion implements PosteriorEstimator {
  private final ForwardSurrogate surrogate;
  private final Prior prior;
  private final int iterations;
  private final double stepSize;

  private IterativeInversion(ForwardSurrogate surrogate, Prior prior, int iterations, double stepSize) {
    this.surrogate = surrogate;
    this.prior = prior;
    this.iterations = iterations;
    this.stepSize = stepSize;
  }

  /**
   * Trains the forward network and returns the inversion.
   *
   * @param prior the starts' distribution, dimension = simulator.xDimension()
   * @param iterations T ≥ 1 gradient steps per start
   * @param stepSize η &gt; 0, in standardised units
   */
  public static IterativeInversion train(Simulator simulator, Prior prior, NetworkRecipe recipe, int iterations,
      double stepSize) {
    if (prior.dimension() != simulator.xDimension()) {
      throw new IllegalArgumentException("prior has dimension " + prior.dimension() + ", the simulator "
          + simulator.xDimension());
    }
    if (iterations < 1 || !(stepSize > 0) || !Double.isFinite(stepSize)) {
      throw new IllegalArgumentException("need iterations >= 1 and a finite stepSize > 0, got " + iterations + ", "
          + stepSize);
    }
    return new IterativeInversion(ForwardSurrogate.train(simulator, recipe), prior, iterations, stepSize);
  }

  /** @return the number of trainable parameters of the forward network */
  public int parameterCount() {
    return surrogate.parameters.size();
  }

  @Override
  public int dimension() {
    return prior.dimension();
  }

  @Override
  public int conditionDimension() {
    return surrogate.yNorm.dimension();
  }

  @Override
  public Matrix sample(double[] observation, int n, Rng rng) {
    return descend(Conditions.repeat(surrogate.yNorm, observation, n, surrogate.parameters.precision()), rng);
  }

  @Override
  public Matrix sampleEach(Matrix y, Rng rng) {
    return descend(Conditions.normalize(surrogate.yNorm, y, surrogate.parameters.precision(), "observations y"), rng);
  }

  private Matrix descend(Matrix yTarget, Rng rng) {
    int n = yTarget.rows();
    Matrix x = Conditions.normalize(surrogate.xNorm, prior.sample(n, rng), surrogate.parameters.precision(), "starts");
    Workspace ws = new Workspace(surrogate.parameters, Kernels.FASTEST.create(surrogate.parameters.precision()));
    Matrix residual = yTarget.like(n, yTarget.cols());
    Matrix dx = x.like(n, x.cols());
    for (int t = 0; t < iterations; t++) {
      Matrix g = surrogate.network.forward(x, ws);
      for (int i = 0; i < residual.size(); i++) {
        residual.set(i, g.get(i) - yTarget.get(i));
      }
      surrogate.network.inputGradient(x, residual, dx, ws);
      for (int i = 0; i < x.size(); i++) {
        x.add(i, -stepSize * dx.get(i));
      }
    }
    return Conditions.denormalize(surrogate.xNorm, x);
  }

  @Override
  public boolean hasDensity() {
    return false;
  }

  @Override
  public double[] logDensity(Matrix x, Matrix y) {
    throw new UnsupportedOperationException("iterative inversion has no density q(x | y)");
  }
}
