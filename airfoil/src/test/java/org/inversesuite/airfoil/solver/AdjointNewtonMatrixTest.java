package org.inversesuite.airfoil.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.inversesuite.airfoil.shape.Airfoil;
import org.junit.jupiter.api.Test;

/**
 * The reverse-mode Newton matrix ({@link MarchTape}, {@link NewtonSystem#adjointJacobian}) against
 * the forward-mode one with the dense product D ∂μ/∂x ({@link NewtonSystem#jacobian(double[],
 * double[], ViscousIteration.State)}), the reference: on real Newton systems (first matrices from
 * the inviscid speeds, and converged states with mass-defect unknowns at laminar separation and a
 * blunt trailing edge's gap terms) every entry and the Newton step agree to rounding.
 */
class AdjointNewtonMatrixTest {
  /** Entry tolerance, relative to the largest |entry| of the row (rounding of sums of ~n products). */
  private static final double ENTRY = 1e-11;
  /** Newton step tolerance, relative to its largest component. */
  private static final double STEP = 1e-9;

  /**
   * The iteration reuses one tape for every Newton matrix: after {@link MarchTape#reset} (here in the
   * middle of an open vector, after a larger graph) it records and sweeps exactly as a fresh tape.
   */
  @Test
  void aResetTapeRecordsAndSweepsLikeAFreshOne() {
    int n = 9;
    MarchTape reused = new MarchTape();
    record(reused, new Random(5), n, 300);
    reused.begin();
    reused.unit(2, 1.5);
    record(reused.reset(), new Random(6), n, 40);
    MarchTape fresh = new MarchTape();
    record(fresh, new Random(6), n, 40);
    assertEquals(fresh.size(), reused.size(), "vector count");
    double[][] a = reused.vectors(n);
    double[][] b = fresh.vectors(n);
    for (int t = 0; t < a.length; t++) {
      assertArrayEquals(b[t], a[t], 0, "vector " + t);
    }
    int p = 2;
    boolean[] liveA = new boolean[fresh.size()];
    boolean[] liveB = new boolean[fresh.size()];
    double[] seedA = new double[fresh.size() * p];
    double[] seedB = new double[fresh.size() * p];
    Random r = new Random(7);
    for (int t = 0; t < fresh.size(); t += 2) {
      liveA[t] = liveB[t] = true;
      for (int c = 0; c < p; c++) {
        seedA[t * p + c] = seedB[t * p + c] = r.nextGaussian();
      }
    }
    double[] outA = new double[n * p];
    double[] outB = new double[n * p];
    reused.sweep(seedA, liveA, p, outA);
    fresh.sweep(seedB, liveB, p, outB);
    assertArrayEquals(outB, outA, 0);
  }

  /**
   * Records {@code vectors} random vectors of four terms each (the first ones on unit vectors), each
   * with a term on {@link MarchTape#ZERO} too, which the tape must skip.
   */
  private static void record(MarchTape tape, Random r, int n, int vectors) {
    for (int t = 0; t < vectors; t++) {
      tape.begin();
      for (int e = 0; e < 4; e++) {
        if (t > 0 && r.nextBoolean()) {
          tape.term(r.nextInt(t), r.nextGaussian());
        } else {
          tape.unit(r.nextInt(n), r.nextGaussian());
        }
      }
      tape.term(MarchTape.ZERO, 1e300);
      tape.end();
    }
  }

  @Test
  void sweepEqualsTheForwardEvaluationOfARandomGraph() {
    Random r = new Random(3);
    int n = 9;
    MarchTape tape = new MarchTape();
    record(tape, r, n, 40);
    double[][] v = tape.vectors(n);
    int p = 3;
    double[] seed = new double[tape.size() * p];
    java.util.Arrays.fill(seed, Double.NaN);
    boolean[] live = new boolean[tape.size()];
    double[] expected = new double[n * p];
    for (int t = 0; t < tape.size(); t += 3) {
      live[t] = true;
      for (int c = 0; c < p; c++) {
        seed[t * p + c] = r.nextGaussian();
        for (int j = 0; j < n; j++) {
          expected[j * p + c] += seed[t * p + c] * v[t][j];
        }
      }
    }
    double[] actual = new double[n * p];
    tape.sweep(seed, live, p, actual);
    assertArrayEquals(expected, actual, 1e-10);
  }

  @Test
  void firstNewtonMatricesFromTheInviscidFlowEqualTheDenseOnes() {
    SolverConfig config = SolverConfig.defaults();
    for (String section : new String[] {"naca2412", "naca0012", "cst-b"}) {
      for (double alpha : new double[] {-2, 3, 7}) {
        Fixture f = new Fixture(section, config, alpha);
        boolean[] direct = new boolean[f.sys.size];
        compare(f, f.sys.qInviscid.clone(), direct, f.sys.qInviscid, section + " " + alpha + "° inviscid start");
      }
    }
    SolverConfig thwaites = config.withLaminarModel(LaminarModel.THWAITES);
    Fixture f = new Fixture("naca2412", thwaites, 3);
    compare(f, f.sys.qInviscid.clone(), new boolean[f.sys.size], f.sys.qInviscid, "Thwaites, naca2412 3°");
  }

  @Test
  void convergedStatesWithMassDefectUnknownsEqualTheDenseOnes() {
    SolverConfig config = SolverConfig.defaults();
    int trailingEdge = 0;
    String[] sections = {"naca0012", "naca2412", "naca4415"};
    double[] alphas = {3, 4, 3};
    for (int c = 0; c < sections.length; c++) {
      Fixture f = new Fixture(sections[c], config, alphas[c]);
      ViscousIteration.State solved = f.iteration.solve(f.sys.qInviscid, null);
      String label = sections[c] + " " + alphas[c] + "° converged";
      assertTrue(solved.converged, label + ": " + solved.failure);
      boolean[] inverse = f.iteration.inverseNodes();
      int count = 0;
      for (boolean b : inverse) {
        count += b ? 1 : 0;
      }
      assertTrue(count >= 5, label + ": " + count + " mass-defect unknowns");
      trailingEdge += inverse[0] || inverse[f.sys.airfoilNodes - 1] ? 1 : 0;
      compare(f, solved.x.clone(), inverse, solved.q, label);
    }
    assertTrue(trailingEdge > 0, "a trailing-edge node with a mass-defect unknown (the gap terms of computed speeds)");
  }

  private static void compare(Fixture f, double[] x, boolean[] inverse, double[] q, String label) {
    int n = f.sys.size;
    NewtonSystem newton = new NewtonSystem(f.sys);
    ViscousIteration.State dense = f.iteration.adjoint(false).marchAt(x, inverse, q, true);
    ViscousIteration.State adjoint = f.iteration.adjoint(true).marchAt(x, inverse, q, true);
    assertNotNull(dense, label + ": dense march");
    assertNotNull(adjoint, label + ": recorded march");
    assertNotNull(adjoint.tape, label + ": tape");
    double[] sign = new double[n];
    double[] m = new double[n * n];
    double[] rd = new double[n];
    newton.residual(dense.q, dense, new double[n], sign, m, rd);
    double[] expected = newton.jacobian(m, sign, dense);
    double[] signA = new double[n];
    double[] ra = new double[n];
    newton.residual(adjoint.q, adjoint, new double[n], signA, null, ra);
    assertArrayEquals(rd, ra, 0.0, label + ": residual");
    double[] actual = newton.adjointJacobian(signA, adjoint);
    double worst = 0;
    for (int r = 0; r < n; r++) {
      double scale = 0;
      for (int j = 0; j < n; j++) {
        scale = Math.max(scale, Math.abs(expected[r * n + j]));
      }
      for (int j = 0; j < n; j++) {
        double e = Math.abs(actual[r * n + j] - expected[r * n + j]) / scale;
        worst = Math.max(worst, e);
        assertTrue(e <= ENTRY, label + ": entry (" + r + ", " + j + ") " + actual[r * n + j] + " against "
            + expected[r * n + j] + " (row scale " + scale + ")");
      }
    }
    double[] stepDense = rd.clone();
    new DenseLu(expected, n).solveInPlace(stepDense);
    double[] stepAdjoint = ra.clone();
    new DenseLu(actual, n).solveInPlace(stepAdjoint);
    double size = 0;
    double diff = 0;
    for (int i = 0; i < n; i++) {
      size = Math.max(size, Math.abs(stepDense[i]));
      diff = Math.max(diff, Math.abs(stepAdjoint[i] - stepDense[i]));
    }
    System.out.printf("%s: n %d, largest entry error %.2e of the row, step error %.2e of %.3e%n", label, n, worst,
        diff / size, size);
    assertTrue(diff <= STEP * size, label + ": Newton step differs by " + diff + " against " + size);
  }

  /** A coupled system at one angle with its iteration (default panels). */
  private static final class Fixture {
    final CoupledSystem sys;
    final ViscousIteration iteration;

    Fixture(String section, SolverConfig config, double alpha) {
      Airfoil foil = SolverInput.unitChord(XfoilPolar.airfoil(section));
      PanelMethod pm = PanelMethod.of(foil, config.panels());
      double[] response = SourceResponse.response(pm, pm.geometry, true);
      sys = new CoupledSystem(pm, response, Math.toRadians(alpha), config.panels() / 8 + 2, 1.0);
      iteration = new ViscousIteration(pm, sys, 1e6, config);
    }
  }
}
