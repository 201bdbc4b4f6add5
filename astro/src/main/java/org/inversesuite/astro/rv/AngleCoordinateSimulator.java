package org.inversesuite.astro.rv;

import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.Simulator;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * A simulator of RV pairs with columns 2–4 (e, ω, M₀) replaced by an {@link AngleCoordinate}'s
 * (e.g. (√e cos ω, √e sin ω, λ)), so a cINN trained on it learns the posterior in those
 * coordinates; {@link RvPosterior} maps its samples back. The other columns (the period, possibly
 * already in a {@link PeriodCoordinate}) pass unchanged.
 */
public final class AngleCoordinateSimulator implements Simulator {
  private final Simulator simulator;
  private final AngleCoordinate angles;
  private final double eccentricityMax;

  /**
   * @param simulator pairs with the 7 columns of {@link RvParameters}
   * @param angles the coordinate of columns 2–4
   * @param eccentricityMax e_max of the prior
   */
  public AngleCoordinateSimulator(Simulator simulator, AngleCoordinate angles, double eccentricityMax) {
    if (simulator.xDimension() != RvParameters.DIMENSION) {
      throw new IllegalArgumentException("angle coordinates need the " + RvParameters.DIMENSION
          + " RV parameters, got " + simulator.xDimension() + " columns");
    }
    this.simulator = simulator;
    this.angles = angles;
    this.eccentricityMax = eccentricityMax;
  }

  @Override
  public int xDimension() {
    return simulator.xDimension();
  }

  @Override
  public int yDimension() {
    return simulator.yDimension();
  }

  @Override
  public Batch simulate(int n, Rng rng) {
    Batch physical = simulator.simulate(n, rng);
    return new Batch(toFlowCoordinates(physical.x(), angles, eccentricityMax), physical.y());
  }

  /** @return a copy of x (shape [n, 7]) with columns 2–4 in the angle coordinate */
  public static DoubleMatrix toFlowCoordinates(Matrix x, AngleCoordinate angles, double eccentricityMax) {
    int c = AngleCoordinate.FIRST_COLUMN;
    DoubleMatrix out = new DoubleMatrix(x.rows(), x.cols());
    for (int r = 0; r < x.rows(); r++) {
      for (int j = 0; j < x.cols(); j++) {
        out.set(r, j, x.get(r, j));
      }
      double[] f = angles.forward(x.get(r, c), x.get(r, c + 1), x.get(r, c + 2), eccentricityMax);
      for (int j = 0; j < 3; j++) {
        out.set(r, c + j, f[j]);
      }
    }
    return out;
  }
}
