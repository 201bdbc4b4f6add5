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
 * already in a {@link PeriodCoordinate}) pass unchanged, those after M₀ shifted by
 * {@link AngleCoordinate#width()} − 3. For {@link AngleCoordinate#ANGLE_PAIRS} the two auxiliary radii of
 * each pair are drawn from the simulation's stream after its parameters and data ({@link AnglePair#drawRadius}).
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
    return angles.flowDimension();
  }

  @Override
  public int yDimension() {
    return simulator.yDimension();
  }

  @Override
  public Batch simulate(int n, Rng rng) {
    Batch physical = simulator.simulate(n, rng);
    return new Batch(toFlowCoordinates(physical.x(), angles, eccentricityMax, rng), physical.y());
  }

  /**
   * @return a copy of x (shape [n, 7]) with columns 2–4 in the angle coordinate (shape [n,
   *     {@link AngleCoordinate#flowDimension()}]; {@link AngleCoordinate#ANGLE_PAIRS} at unit radii)
   */
  public static DoubleMatrix toFlowCoordinates(Matrix x, AngleCoordinate angles, double eccentricityMax) {
    return toFlowCoordinates(x, angles, eccentricityMax, null);
  }

  /**
   * @param radii the stream the auxiliary radii of {@link AngleCoordinate#ANGLE_PAIRS} are drawn from (two per row),
   *     or null for unit radii
   * @return a copy of x (shape [n, 7]) with columns 2–4 in the angle coordinate
   */
  public static DoubleMatrix toFlowCoordinates(Matrix x, AngleCoordinate angles, double eccentricityMax, Rng radii) {
    x.requireShape(x.rows(), RvParameters.DIMENSION, "radial-velocity parameters");
    int c = AngleCoordinate.FIRST_COLUMN;
    int shift = angles.width() - 3;
    boolean draw = radii != null && angles == AngleCoordinate.ANGLE_PAIRS;
    DoubleMatrix out = new DoubleMatrix(x.rows(), angles.flowDimension());
    for (int r = 0; r < x.rows(); r++) {
      for (int j = 0; j < c; j++) {
        out.set(r, j, x.get(r, j));
      }
      for (int j = c + 3; j < x.cols(); j++) {
        out.set(r, j + shift, x.get(r, j));
      }
      double r1 = draw ? AnglePair.drawRadius(radii) : 1;
      double r2 = draw ? AnglePair.drawRadius(radii) : 1;
      double[] f = angles.forward(x.get(r, c), x.get(r, c + 1), x.get(r, c + 2), eccentricityMax, r1, r2);
      for (int j = 0; j < f.length; j++) {
        out.set(r, c + j, f[j]);
      }
    }
    return out;
  }
}
