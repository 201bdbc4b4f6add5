package org.inversesuite.core.cycle;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;

/**
 * Parameter gradients of a loss on a sample x̂ = f⁻¹(z; y) of a <em>conditional</em> flow, by
 * implicit differentiation of f(x̂; y, θ) = z at fixed z and y:
 * \[ \frac{\partial \hat x}{\partial \theta} = -J_f(\hat x)^{-1}\frac{\partial f}{\partial \theta}
 *   \quad\Rightarrow\quad \frac{\partial L}{\partial \theta} = -\Big(\frac{\partial f}{\partial \theta}\Big)^{\!\top} u,
 *   \qquad J_f(\hat x)^{\top} u = \frac{\partial L}{\partial \hat x}. \]
 * Only the flow's forward and backward passes are used, so it works for autoregressive layers
 * whose inverse is sequential (MAF) without a backward pass of that inverse. Cost per call: one
 * forward pass at x̂, D backward passes for J_f (one per output coordinate, parameter gradients
 * saved and restored around them), a D×D LU solve per row, one final backward pass with
 * dz = −u. Serves the cycle term of conditional flows here and, with y = null, the inverse
 * losses of the unconditional INN ({@code core.inn.InverseGradient}).
 */
public final class ImplicitInverseGradient {
  private ImplicitInverseGradient() {}

  /**
   * Adds ∂L/∂θ to {@code ws.gradients()}.
   *
   * @param flow the flow (without a condition network: y is the flow's condition)
   * @param xHat the sample f⁻¹(z; y), shape [n, D]
   * @param y the condition, shape [n, conditionDimension()]; null for an unconditional flow
   * @param dxHat ∂L/∂x̂, shape [n, D]
   * @param ws the workspace whose gradients receive the result
   * @return ∂L/∂z = u, shape [n, D]
   */
  public static Matrix accumulate(Flow flow, Matrix xHat, Matrix y, Matrix dxHat, Workspace ws) {
    if (flow.config().conditionNetwork().enabled()) {
      throw new IllegalArgumentException("implicit inverse gradients need a flow without a condition network");
    }
    int n = xHat.rows();
    int d = flow.dimension();
    double[] zeros = new double[n];
    Matrix dz = xHat.like(n, d);
    Matrix dx = xHat.like(n, d);
    flow.forward(xHat, y, xHat.like(n, d), new double[n], ws);
    Matrix saved = ws.gradients().copy();
    double[][][] jacobians = new double[n][d][d];
    for (int i = 0; i < d; i++) {
      dz.fill(0);
      for (int r = 0; r < n; r++) {
        dz.set(r, i, 1.0);
      }
      flow.backward(y, dz, zeros, dx, ws);
      for (int r = 0; r < n; r++) {
        for (int j = 0; j < d; j++) {
          jacobians[r][i][j] = dx.get(r, j);
        }
      }
    }
    ws.gradients().copyRows(saved, 0, 0, 1);
    Matrix solution = xHat.like(n, d);
    for (int r = 0; r < n; r++) {
      RealVector g = new ArrayRealVector(d);
      for (int j = 0; j < d; j++) {
        g.setEntry(j, dxHat.get(r, j));
      }
      RealVector u = new LUDecomposition(new Array2DRowRealMatrix(jacobians[r], false).transpose()).getSolver().solve(g);
      for (int j = 0; j < d; j++) {
        solution.set(r, j, u.getEntry(j));
        dz.set(r, j, -u.getEntry(j));
      }
    }
    flow.backward(y, dz, zeros, dx, ws);
    return solution;
  }
}
