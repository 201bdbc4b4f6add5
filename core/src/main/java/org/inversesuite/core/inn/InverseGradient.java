package org.inversesuite.core.inn;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;
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
 * LU, invertible residual) without a backward of each block's inverse. The price: J_f per row
 * from D backward passes (one per output coordinate), a D×D LU solve per row, and one final
 * backward pass with dz = −u; affordable for the small D of the INN toy problems. The D backward
 * passes share one forward pass: this relies on a backward pass leaving the forward state in the
 * workspace intact, which holds for the blocks of core (the finite-difference test checks it).
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
    int n = xHat.rows();
    int d = flow.dimension();
    Matrix z = xHat.like(n, d);
    double[] zeros = new double[n];
    Matrix saved = ws.gradients().copy();
    double[][][] jacobians = new double[n][d][d];
    Matrix dz = xHat.like(n, d);
    Matrix dx = xHat.like(n, d);
    flow.forward(xHat, null, z, new double[n], ws);
    for (int i = 0; i < d; i++) {
      dz.fill(0);
      for (int r = 0; r < n; r++) {
        dz.set(r, i, 1.0);
      }
      flow.backward(null, dz, zeros, dx, ws);
      for (int r = 0; r < n; r++) {
        for (int j = 0; j < d; j++) {
          jacobians[r][i][j] = dx.get(r, j);
        }
      }
    }
    ws.gradients().copyRows(saved, 0, 0, 1);
    Matrix u = xHat.like(n, d);
    for (int r = 0; r < n; r++) {
      // jacobians[r] holds J (row i = ∂f_i/∂x); solve Jᵀ u = g
      RealVector g = new ArrayRealVector(d);
      for (int j = 0; j < d; j++) {
        g.setEntry(j, dxHat.get(r, j));
      }
      RealVector solution = new LUDecomposition(new Array2DRowRealMatrix(jacobians[r], false).transpose()).getSolver()
          .solve(g);
      for (int j = 0; j < d; j++) {
        u.set(r, j, solution.getEntry(j));
        dz.set(r, j, -solution.getEntry(j));
      }
    }
    flow.backward(null, dz, zeros, dx, ws);
    return u;
  }
}
