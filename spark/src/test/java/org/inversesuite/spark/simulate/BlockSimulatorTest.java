package org.inversesuite.spark.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.core.problem.ForwardModel;
import org.inversesuite.core.problem.InverseProblem;
import org.inversesuite.core.problem.ObservationModel;
import org.inversesuite.core.problem.UniformPrior;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.spark.problem.SimulationProblems;
import org.inversesuite.spark.problem.InteriorOptions;
import org.junit.jupiter.api.Test;

/** Per-row status, and values independent of which rows fail. */
class BlockSimulatorTest {
  /** y = 1 / (x − 0.5), refusing |x − 0.5| < 0.1 and returning +∞ at exactly 0.5. */
  private static InverseProblem fragile() {
    ForwardModel f = new ForwardModel() {
      @Override
      public int inputDimension() {
        return 1;
      }

      @Override
      public int outputDimension() {
        return 1;
      }

      @Override
      public Matrix apply(Matrix x) {
        Matrix y = new DoubleMatrix(x.rows(), 1);
        for (int r = 0; r < x.rows(); r++) {
          double d = x.get(r, 0) - 0.5;
          if (Math.abs(d) < 0.1) {
            throw new IllegalArgumentException("row " + r + ": too close to the pole, x = " + x.get(r, 0));
          }
          y.set(r, 0, 1 / d);
        }
        return y;
      }
    };
    return new InverseProblem("fragile", new UniformPrior(new double[] {0}, new double[] {1}, List.of("x")), f,
        ObservationModel.NONE, List.of("y"));
  }

  @Test
  void failingRowsGetTheirReasonAndTheOthersConverge() {
    BlockSimulator sim = new BlockSimulator(fragile(), 3, 200, 450);
    assertEquals(3, sim.blocks());
    SimulatedBlock b = sim.simulate(2);
    assertEquals(50, b.size());
    assertEquals(400, b.firstRow());
    int failed = 0;
    for (int r = 0; r < b.size(); r++) {
      double x = b.x()[r][0];
      if (Math.abs(x - 0.5) < 0.1) {
        failed++;
        assertTrue(b.status()[r].startsWith("failed: too close to the pole"), b.status()[r]);
        assertTrue(Double.isNaN(b.y()[r][0]));
      } else {
        assertEquals(BlockSimulator.CONVERGED, b.status()[r]);
        assertEquals(1 / (x - 0.5), b.y()[r][0], 0.0);
      }
    }
    assertTrue(failed > 0 && failed < b.size(), "the block should mix both kinds, got " + failed);
  }

  @Test
  void blocksAreReproducibleAndIndependentOfOrder() {
    BlockSimulator sim = new BlockSimulator(fragile(), 3, 200, 450);
    SimulatedBlock late = sim.simulate(1);
    sim.simulate(0);
    SimulatedBlock again = new BlockSimulator(fragile(), 3, 200, 450).simulate(1);
    for (int r = 0; r < late.size(); r++) {
      assertArrayEquals(late.x()[r], again.x()[r]);
    }
  }

  @Test
  void interiorRowsConvergeWithPlausibleRadii() {
    InverseProblem interior = SimulationProblems.create(SimulationProblems.INTERIOR,
        org.inversesuite.core.config.Json.mapper().valueToTree(new InteriorOptions(org.inversesuite.astro.interior.InteriorPriorConfig.defaults(),
            org.inversesuite.astro.interior.InteriorSolverConfig.defaults(), 0.05, 0.02)));
    SimulatedBlock b = new BlockSimulator(interior, 1, 8, 8).simulate(0);
    for (int r = 0; r < b.size(); r++) {
      assertEquals(BlockSimulator.CONVERGED, b.status()[r]);
      double mass = b.x()[r][2];
      double radius = b.y()[r][1];
      // rocky-to-watery planets of 0.1-30 Earth masses: radii between a pure-iron and a pure-water body
      assertTrue(radius > 0.3 * Math.pow(mass, 0.25) && radius < 2.5 * Math.pow(mass, 0.3),
          "M = " + mass + ", R = " + radius);
    }
  }
}
