package org.inversesuite.core.inn;

import org.inversesuite.core.cycle.ImplicitInverseGradient;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;

/**
 * Parameter gradients of a loss on the output of a flow's <em>inverse</em> pass, by implicit
 * differentiation: from \( f(\hat x; \theta) = w \) at \( \hat x = f^{-1}(w; \theta) \),
 * \[ \frac{\partial \hat x}{\partial \theta} = -J_f(\hat x)^{-1} \frac{\partial f}{\partial \theta}
 *    \quad\Rightarrow\quad
 *    \frac{\partial L}{\partial \theta} = -\Big(\frac{\partial f}{\partial \theta}\Big)^{\!\top} u,
 *    \qquad J_f(\hat x)^{\top} u = \frac{\partial L}{\partial \hat x}. \]
 * It needs only the flow's forward and backward passes, so it works for every block (couplings,
 * LU, invertible residual) without a backward of each block's inverse; the computation (J_f per
 * row from D backward passes, a D×D LU solve per row, one final backward pass with dz = −u) is
 * {@link ImplicitInverseGradient}'s, here for the unconditional INN. The D backward passes share
 * one forward pass: this relies on a backward pass leaving the forward state in the workspace
 * intact, which holds for the blocks of core (the finite-difference test checks it).
 */
public final class InverseGradient {
  private InverseGradient() {}

  /**
   * Adds ∂L/∂θ to {@code ws.gradients()}.
   *
   * @param flow the flow (unconditional)
   * @param xHat the inverse output f⁻¹(w), shape [n, D]
   * @param dxHat ∂L/∂x̂, shape [n, D]
   * @param ws the workspace whose gradients receive the result
   * @return ∂L/∂w = u, shape [n, D]
   */
  public static Matrix accumulate(Flow flow, Matrix xHat, Matrix dxHat, Workspace ws) {
    return ImplicitInverseGradient.accumulate(flow, xHat, null, dxHat, ws);
  }
}
