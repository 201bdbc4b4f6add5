package org.inversesuite.data.benchmark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.core.diagnostics.ResimulationError;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.DiagonalGaussianPrior;
import org.inversesuite.core.problem.InverseProblem;
import org.inversesuite.core.problem.ObservationModel;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

class InverseKinematicsTest {
  private static final double HALF_PI = Math.PI / 2;
  private final ArmForwardModel arm = ArmForwardModel.kruse2021();

  private double[] position(double x1, double t1, double t2, double t3) {
    Matrix y = arm.apply(Matrix.of(Precision.FLOAT64, new double[][] {{x1, t1, t2, t3}}));
    return new double[] {y.get(0), y.get(1)};
  }

  @Test
  void armPositionsMatchHandComputedGeometry() {
    // stretched out horizontally: reach l1 + l2 + l3 = 2 at the rail height
    assertArrayEquals(new double[] {2, 0.3}, position(0.3, 0, 0, 0), 1e-15);
    // theta1 = pi/2: straight up from the rail
    assertArrayEquals(new double[] {0, -0.2 + 2}, position(-0.2, HALF_PI, 0, 0), 1e-15);
    // first segment horizontal, the rest straight up: (0.5, x1 + 0.5 + 1)
    assertArrayEquals(new double[] {0.5, 0.1 + 1.5}, position(0.1, 0, HALF_PI, 0), 1e-15);
    // first segment up, the rest horizontal: (0.5 + 1, x1 + 0.5)
    assertArrayEquals(new double[] {1.5, 0.5}, position(0, HALF_PI, -HALF_PI, 0), 1e-15);
    // third segment folded back onto the first two: (0.5 + 0.5 - 1, x1)
    assertArrayEquals(new double[] {0, 0.7}, position(0.7, 0, 0, Math.PI), 1e-15);
    // theta1 = -pi/2: straight down
    assertArrayEquals(new double[] {0, -2}, position(0, -HALF_PI, 0, 0), 1e-15);
    // 45 degrees, stretched: 2 (cos 45, sin 45)
    double r = Math.sqrt(2);
    assertArrayEquals(new double[] {r, r}, position(0, Math.PI / 4, 0, 0), 1e-15);
  }

  @Test
  void segmentLengthsAreUsed() {
    ArmForwardModel custom = new ArmForwardModel(1, 2, 3);
    assertArrayEquals(new double[] {1, 2, 3}, custom.segmentLengths());
    Matrix y = custom.apply(Matrix.of(Precision.FLOAT64, new double[][] {{0, 0, 0, 0}, {0, 0, HALF_PI, 0}}));
    assertArrayEquals(new double[] {6, 0, 1, 5}, new double[] {y.get(0), y.get(1), y.get(2), y.get(3)}, 1e-15);
    assertArrayEquals(new double[] {0.5, 0.5, 1.0}, arm.segmentLengths());
  }

  @Test
  void reproducesTheReferenceObservationsFromTheirTrueParameters() {
    ReferenceObservations ref = InverseKinematics.referenceObservations();
    assertEquals(10, ref.size());
    Matrix y = arm.apply(ref.xTrue());
    assertEquals(Precision.FLOAT64, y.precision());
    for (int j = 0; j < ref.size(); j++) {
      assertArrayEquals(ref.yStar(j), new double[] {y.get(j, 0), y.get(j, 1)}, 1e-12, "observation " + j);
    }
    double[] resim = new ResimulationError(arm).squaredErrors(ref.xTrue(), ref.yStar(0));
    assertEquals(0.0, resim[0], 1e-24);
  }

  @Test
  void referenceObservationsAreReadAtFullPrecisionWithTheirSource() {
    ReferenceObservations ref = InverseKinematics.referenceObservations();
    assertEquals(1.7090752319884919, ref.yStar().get(0, 0), 0.0);
    assertEquals(-1.7798870244259493, ref.yStar().get(9, 1), 0.0);
    assertEquals(-0.061260892622708854, ref.xTrue().get(9, 3), 0.0);
    assertTrue(ref.source().contains("ik_torch_result.json") && ref.source().contains("1234"), ref.source());
    assertTrue(!ref.source().matches(".*(^|\\s)/[a-z]+/.*"), "no absolute machine paths in the source: " + ref.source());
    assertEquals(ref, InverseKinematics.referenceObservations());
    ref.yStar().set(0, 42.0);
    assertEquals(1.7090752319884919, ref.yStar(0)[0], 0.0, "the record hands out copies");
  }

  @Test
  void float32InputGivesTheSameAsItsFloat64Value() {
    Matrix x32 = Matrix.zeros(Precision.FLOAT32, 1, 4);
    double[] x = {0.1, 0.2, -0.3, 0.4};
    for (int c = 0; c < 4; c++) {
      x32.set(c, x[c]);
    }
    Matrix x64 = Matrix.zeros(Precision.FLOAT64, 1, 4);
    x64.copyRows(x32, 0, 0, 1);
    Matrix a = arm.apply(x32);
    Matrix b = arm.apply(x64);
    assertEquals(Precision.FLOAT64, a.precision());
    assertArrayEquals(b.toRows(), a.toRows());
  }

  @Test
  void priorHasTheBenchmarkStandardDeviationsAndExactDensity() {
    DiagonalGaussianPrior prior = InverseKinematics.prior();
    assertArrayEquals(new double[] {0, 0, 0, 0}, prior.mean());
    assertArrayEquals(new double[] {0.25, 0.5, 0.5, 0.5}, prior.std());
    double atZero = -Math.log(0.25) - 3 * Math.log(0.5) - 2 * Math.log(2 * Math.PI);
    double[] lp = prior.logDensity(Matrix.of(Precision.FLOAT64, new double[][] {{0, 0, 0, 0}, {0.25, 0, 0.5, -1}}));
    assertEquals(atZero, lp[0], 1e-14);
    assertEquals(atZero - 0.5 * (1 + 1 + 4), lp[1], 1e-14);
  }

  @Test
  void problemIsAssembledAsSpecified() {
    InverseProblem p = InverseKinematics.problem();
    assertEquals("inverse-kinematics", p.id());
    assertEquals(List.of("x1", "theta1", "theta2", "theta3"), p.prior().names());
    assertEquals(List.of("y_h", "y_v"), p.observationNames());
    assertSame(ObservationModel.NONE, p.noise());
    assertEquals(4, p.xDimension());
    assertEquals(2, p.yDimension());
    Batch b = p.simulate(500, new Rng(9));
    assertArrayEquals(arm.apply(b.x()).toRows(), b.y().toRows(), "noise-free: y = f(x)");
  }

  @Test
  void rejectsInvalidShapesAndLengths() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> arm.apply(Matrix.zeros(Precision.FLOAT64, 3, 2)));
    assertTrue(e.getMessage().contains("[3, 2]") && e.getMessage().contains("[3, 4]"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new ArmForwardModel(0.5, -1, 1));
    assertTrue(e.getMessage().contains("l2") && e.getMessage().contains("-1.0"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ArmForwardModel.kruse2021().apply(Matrix.zeros(Precision.FLOAT64, 1, 5)));
  }
}
