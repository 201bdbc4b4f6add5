package org.inversesuite.core.inn;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.block.AffineCouplingBlock;
import org.inversesuite.core.block.InvertibleBlock;
import org.inversesuite.core.block.PermutationBlock;
import org.inversesuite.core.cycle.ImplicitInverseGradient;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;

/**
 * The inverse pass x = f⁻¹(w) of a flow (or x = f⁻¹(w; c) of a conditional one, c a fixed input
 * that receives no gradient), kept so that a loss on x can be back-propagated to the parameters. With f = f_K ∘ … ∘ f_1 the inverse runs
 * \( a_{k-1} = f_k^{-1}(a_k) \) from \( a_K = w \) to \( a_0 = x \); reverse mode then runs
 * \( \partial L/\partial a_k = (\partial f_k^{-1}/\partial a_k)^\top \partial L/\partial a_{k-1} \) for
 * k = 1..K, each block adding its parameter gradients:
 * <ul>
 *   <li>affine couplings by {@link AffineCouplingBlock#inverseBackward} (the chain rule of
 *       x = (z − t) ⊙ e^{−s});
 *   <li>permutations: the inverse Pᵀ has the transposed Jacobian P, i.e. the forward pass.
 * </ul>
 * This costs about one backward pass, against D + 1 for the implicit differentiation of
 * {@link InverseGradient} (core's {@link ImplicitInverseGradient} for a conditional flow), which
 * remains the fallback for flows with other blocks (LU, i-ResNet, splines).
 */
public final class InverseBackprop {
  private final Flow flow;
  private final Matrix condition;
  private final List<Matrix> inputs;
  private final Matrix output;
  private final boolean explicit;

  private InverseBackprop(Flow flow, Matrix condition, List<Matrix> inputs, Matrix output, boolean explicit) {
    this.flow = flow;
    this.condition = condition;
    this.inputs = inputs;
    this.output = output;
    this.explicit = explicit;
  }

  /**
   * @return true if every block has an explicit inverse backward and the flow has no condition
   *     network (whose gradient this pass does not carry)
   */
  public static boolean explicit(Flow flow) {
    if (flow.config().conditionNetwork().enabled()) {
      return false;
    }
    for (InvertibleBlock b : flow.blocks()) {
      if (!(b instanceof AffineCouplingBlock) && !(b instanceof PermutationBlock)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Runs x = f⁻¹(w), keeping what {@link #backward} needs.
   *
   * @param w shape [n, D]
   */
  public static InverseBackprop run(Flow flow, Matrix w, Workspace ws) {
    return run(flow, w, null, ws);
  }

  /**
   * Runs x = f⁻¹(w; c), keeping what {@link #backward} needs.
   *
   * @param w shape [n, D]
   * @param c the condition, shape [n, conditionDimension()]; null for an unconditional flow
   */
  public static InverseBackprop run(Flow flow, Matrix w, Matrix c, Workspace ws) {
    int n = w.rows();
    boolean explicit = explicit(flow);
    if (!explicit) {
      Matrix x = w.like(n, flow.dimension());
      flow.inverse(w, c, x, new double[n], ws);
      return new InverseBackprop(flow, c, List.of(), x, false);
    }
    List<InvertibleBlock> blocks = flow.blocks();
    List<Matrix> inputs = new ArrayList<>(blocks.size());
    for (int k = 0; k < blocks.size(); k++) {
      inputs.add(null);
    }
    Matrix in = w;
    double[] logDet = new double[n];
    for (int k = blocks.size() - 1; k >= 0; k--) {
      inputs.set(k, in);
      Matrix out = w.like(n, flow.dimension());
      blocks.get(k).inverse(in, c, out, logDet, ws);
      in = out;
    }
    return new InverseBackprop(flow, c, inputs, in, true);
  }

  /** @return x = f⁻¹(w) */
  public Matrix output() {
    return output;
  }

  /** @return true if {@link #backward} runs the explicit chain rule, false if implicit differentiation */
  public boolean isExplicit() {
    return explicit;
  }

  /**
   * Adds ∂L/∂θ to {@code ws.gradients()}; must follow {@link #run} on the same workspace with
   * no other pass of this flow in between.
   *
   * @param dx ∂L/∂x, shape [n, D]; clobbered
   */
  public void backward(Matrix dx, Workspace ws) {
    if (!explicit) {
      ImplicitInverseGradient.accumulate(flow, output, condition, dx, ws);
      return;
    }
    int n = dx.rows();
    double[] zeros = new double[n];
    Matrix g = dx;
    List<InvertibleBlock> blocks = flow.blocks();
    for (int k = 0; k < blocks.size(); k++) {
      Matrix dz = dx.like(n, flow.dimension());
      InvertibleBlock b = blocks.get(k);
      if (b instanceof AffineCouplingBlock coupling) {
        coupling.inverseBackward(inputs.get(k), condition, g, zeros, dz, null, ws);
      } else {
        b.forward(g, condition, dz, new double[n], ws);
      }
      g = dz;
    }
  }
}
