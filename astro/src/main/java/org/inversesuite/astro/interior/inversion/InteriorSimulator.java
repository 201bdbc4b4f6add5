package org.inversesuite.astro.interior.inversion;

import java.util.List;
import org.inversesuite.astro.interior.Composition;
import org.inversesuite.astro.interior.RefractoryRatio;
import org.inversesuite.astro.interior.SimplexTransform;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.Simulator;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * Training pairs from a fixed database of solved planets with fresh measurement noise: each
 * pair takes a planet uniformly at random (with replacement), x = (v₁, v₂, ln M) with v the
 * {@link SimplexTransform} of its composition and M its true mass, and y the
 * {@link InteriorCondition} of a measurement drawn by {@link InteriorNoiseConfig}. The expensive
 * structure solves are done once, in the database; the noise is new at every draw, so the
 * network never sees the same (x, y) twice. Immutable and thread-safe.
 */
public final class InteriorSimulator implements Simulator {
  /** Names of the parameters x the flow models. */
  public static final List<String> X_NAMES = List.of("v1", "v2", "ln_mass");
  private final Matrix planets;
  private final InteriorNoiseConfig noise;

  /**
   * @param planets solved planets, rows (core, mantle, water, mass, radius), at least one
   * @param noise the measurement errors to draw
   */
  public InteriorSimulator(Matrix planets, InteriorNoiseConfig noise) {
    planets.requireShape(planets.rows(), 5, "solved planets (core, mantle, water, mass, radius)");
    if (planets.rows() < 1) {
      throw new IllegalArgumentException("the simulator needs at least one solved planet");
    }
    this.planets = planets;
    this.noise = noise;
  }

  @Override
  public int xDimension() {
    return 3;
  }

  @Override
  public int yDimension() {
    return InteriorCondition.DIMENSION;
  }

  @Override
  public Batch simulate(int n, Rng rng) {
    Matrix x = new DoubleMatrix(n, 3);
    Matrix y = new DoubleMatrix(n, InteriorCondition.DIMENSION);
    for (int r = 0; r < n; r++) {
      int i = rng.nextInt(planets.rows());
      Composition c = new Composition(planets.get(i, 0), planets.get(i, 1), planets.get(i, 2));
      double lnMass = Math.log(planets.get(i, 3));
      double lnRadius = Math.log(planets.get(i, 4));
      double[] v = SimplexTransform.toReal(c);
      x.set(r, 0, v[0]);
      x.set(r, 1, v[1]);
      x.set(r, 2, lnMass);
      double sMass = logUniform(rng, noise.massErrorMin(), noise.massErrorMax());
      double sRadius = logUniform(rng, noise.radiusErrorMin(), noise.radiusErrorMax());
      y.set(r, 0, lnMass + sMass * rng.gaussian());
      y.set(r, 1, lnRadius + sRadius * rng.gaussian());
      y.set(r, 2, Math.log(sMass));
      y.set(r, 3, Math.log(sRadius));
      if (rng.uniform() < noise.feSiFraction()) {
        double sigma = rng.uniform(noise.feSiErrorMin(), noise.feSiErrorMax());
        y.set(r, 4, RefractoryRatio.log10FeSi(c) + sigma * rng.gaussian());
        y.set(r, 5, sigma);
        y.set(r, 6, 1);
      }
    }
    return new Batch(x, y);
  }

  private static double logUniform(Rng rng, double lo, double hi) {
    return lo == hi ? lo : Math.exp(rng.uniform(Math.log(lo), Math.log(hi)));
  }

  /** @return the composition and mass of sampled x rows: (core, mantle, water, mass) per row */
  public static Matrix decode(Matrix x) {
    Matrix out = new DoubleMatrix(x.rows(), 4);
    for (int r = 0; r < x.rows(); r++) {
      Composition c = SimplexTransform.fromReal(x.get(r, 0), x.get(r, 1));
      out.set(r, 0, c.core());
      out.set(r, 1, c.mantle());
      out.set(r, 2, c.water());
      out.set(r, 3, Math.exp(x.get(r, 2)));
    }
    return out;
  }
}
