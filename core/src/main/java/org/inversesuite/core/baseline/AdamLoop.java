package org.inversesuite.core.baseline;

import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.NonFiniteException;
import org.inversesuite.core.train.AdamW;

/**
 * The optimisation loop the neural baselines share: initialise the parameters, then per step
 * zero the gradients, let the caller run forward and backward, check the loss and take one Adam
 * step (β = 0.9, 0.999, ε = 1e-8) at the recipe's cosine-decayed rate.
 */
final class AdamLoop {
  private final Parameters parameters;
  private final NetworkRecipe recipe;
  private final Workspace workspace;
  private final AdamW adam;
  private final String what;

  /**
   * @param model stream that initialises the parameters
   * @param what names the loss in error messages
   */
  AdamLoop(Parameters parameters, NetworkRecipe recipe, Rng model, String what) {
    parameters.initialise(model);
    this.parameters = parameters;
    this.recipe = recipe;
    this.workspace = new Workspace(parameters, Kernels.FASTEST.create(parameters.precision()));
    this.adam = new AdamW(parameters.size(), 0.9, 0.999, 1e-8, 0);
    this.what = what;
  }

  /** @return the workspace, gradients zeroed, for the forward and backward pass of one step */
  Workspace begin() {
    workspace.zeroGradients();
    return workspace;
  }

  /**
   * Takes the Adam step of step t after the backward pass.
   *
   * @throws NonFiniteException if the loss is not finite
   */
  void end(int t, double loss) {
    if (!Double.isFinite(loss)) {
      throw new NonFiniteException(what + " loss at step " + t, t, 0, loss);
    }
    adam.update(parameters.values(), workspace.gradients(), recipe.learningRate(t));
  }
}
