package org.inversesuite.core.baseline;

import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.Mlp;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.OutputInit;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.Simulator;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;

/**
 * A differentiable stand-in ỹ ≈ g(x̃) for the forward model in standardised units, an MLP with
 * tanh hidden layers (smooth, so gradients in x̃ are meaningful) trained by the mean squared error
 * (1/n) Σ ‖g(x̃) − ỹ‖² on fresh simulations: the forward network of iterative inversion
 * (Linden and Kindermann 1989). Immutable after training.
 */
final class ForwardSurrogate {
  final Parameters parameters;
  final Mlp network;
  final Standardization xNorm;
  final Standardization yNorm;

  private ForwardSurrogate(Parameters parameters, Mlp network, Standardization xNorm, Standardization yNorm) {
    this.parameters = parameters;
    this.network = network;
    this.xNorm = xNorm;
    this.yNorm = yNorm;
  }

  /** Trains g with Adam under the recipe's cosine schedule; streams "normalization", "model", "training". */
  static ForwardSurrogate train(Simulator simulator, NetworkRecipe recipe) {
    Rng root = new Rng(recipe.seed());
    Precision precision = Precision.FLOAT32;
    NormalizedSimulations data = new NormalizedSimulations(simulator, root, precision);
    Parameters parameters = new Parameters(precision);
    Mlp network = new Mlp(parameters, "forward", simulator.xDimension(), simulator.yDimension(),
        MlpConfig.of(recipe.width(), recipe.depth(), Activation.TANH), OutputInit.UNIFORM);
    AdamLoop loop = new AdamLoop(parameters, recipe, root.stream("model"), "forward surrogate");
    for (int t = 0; t < recipe.steps(); t++) {
      Batch b = data.next(recipe.batchSize());
      Workspace ws = loop.begin();
      Matrix out = network.forward(b.x(), ws);
      Matrix d = out.like(out.rows(), out.cols());
      double loss = 0;
      for (int i = 0; i < out.size(); i++) {
        double e = out.get(i) - b.y().get(i);
        loss += e * e;
        d.set(i, 2 * e / b.size());
      }
      network.backward(b.x(), d, null, ws);
      loop.end(t, loss);
    }
    return new ForwardSurrogate(parameters, network, data.xNorm(), data.yNorm());
  }
}
