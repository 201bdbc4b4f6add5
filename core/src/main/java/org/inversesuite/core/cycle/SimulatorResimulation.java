package org.inversesuite.core.cycle;

import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.problem.ForwardModel;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;

/**
 * The known forward model in flow coordinates, F(u) = S_y(f(T⁻¹(u))) with T the parameter space
 * map (support transform and standardisation of x) and S_y the standardisation of y. The forward
 * model is a black box (the suite's {@link ForwardModel} has no derivative), so J_F comes from
 * central differences with step h in u: ∂F/∂u_j ≈ (F(u + h e_j) − F(u − h e_j)) / 2h, 2D extra
 * forward evaluations per batch. Error O(h²) for smooth f; for the benchmark tasks (closed-form
 * kinematics, a root found to 1e-13 s) h = 1e-4 leaves errors far below the training noise.
 */
public final class SimulatorResimulation implements Resimulation {
  private final ForwardModel forward;
  private final ParameterSpace xSpace;
  private final Standardization yNorm;
  private final double step;

  /**
   * @param forward f, in the problem's units
   * @param xSpace the map from x to the flow's u
   * @param yNorm the standardisation of y
   * @param step h &gt; 0 of the central differences, in units of u
   */
  public SimulatorResimulation(ForwardModel forward, ParameterSpace xSpace, Standardization yNorm, double step) {
    if (forward.inputDimension() != xSpace.dimension() || forward.outputDimension() != yNorm.dimension()) {
      throw new IllegalArgumentException("forward model maps " + forward.inputDimension() + " to "
          + forward.outputDimension() + " values, the flow's spaces have " + xSpace.dimension() + " and "
          + yNorm.dimension());
    }
    if (!(step > 0)) {
      throw new IllegalArgumentException("difference step must be > 0, got " + step);
    }
    this.forward = forward;
    this.xSpace = xSpace;
    this.yNorm = yNorm;
    this.step = step;
  }

  @Override
  public int inputDimension() {
    return forward.inputDimension();
  }

  @Override
  public int outputDimension() {
    return forward.outputDimension();
  }

  @Override
  public Matrix apply(Matrix u) {
    Matrix y = forward.apply(xSpace.fromFlow(u));
    Matrix out = Matrix.zeros(Precision.FLOAT64, y.rows(), y.cols());
    yNorm.apply(y, out);
    return out;
  }

  @Override
  public Matrix pullback(Matrix u, Matrix dF) {
    int n = u.rows();
    int d = inputDimension();
    int k = outputDimension();
    Matrix du = Matrix.zeros(Precision.FLOAT64, n, d);
    Matrix shifted = Matrix.zeros(Precision.FLOAT64, n, d);
    for (int j = 0; j < d; j++) {
      shift(u, shifted, j, step);
      Matrix plus = apply(shifted);
      shift(u, shifted, j, -step);
      Matrix minus = apply(shifted);
      for (int r = 0; r < n; r++) {
        double sum = 0;
        for (int i = 0; i < k; i++) {
          sum += dF.get(r, i) * (plus.get(r, i) - minus.get(r, i)) / (2 * step);
        }
        du.set(r, j, sum);
      }
    }
    return du;
  }

  private static void shift(Matrix u, Matrix out, int column, double h) {
    for (int i = 0; i < u.size(); i++) {
      out.set(i, u.get(i));
    }
    for (int r = 0; r < u.rows(); r++) {
      out.set(r, column, u.get(r, column) + h);
    }
  }
}
