package org.inversesuite.airfoil.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.inversesuite.airfoil.shape.Airfoil;
import org.junit.jupiter.api.Test;

/**
 * A Newton solve started in given unknown modes ({@link ViscousIteration#solve(double[], BroydenMatrix,
 * boolean[], double[])}), the warm start of a polar's next angle ({@link PolarSweep}), at Re = 10⁶
 * on NACA 4415 at 3° and 4° and NACA 0012 at −5° and −4°, where laminar layers separate and their
 * stations are solved with the mass defect as unknown.
 */
class CarriedModesTest {
  private static final double RE = 1e6;
  private static final SolverConfig CONFIG = SolverConfig.defaults();

  /** A section's panel method and influence response, as a polar builds them once. */
  private record Section(PanelMethod pm, double[] response) {
    static Section of(String name) {
      Airfoil foil = SolverInput.unitChord(XfoilPolar.airfoil(name));
      PanelMethod pm = PanelMethod.of(foil, CONFIG.panels());
      return new Section(pm, SourceResponse.response(pm, pm.geometry, true));
    }

    PolarSweep.Angle angle(double alphaDegrees) {
      PolarSweep.Angle a = new PolarSweep.Angle();
      a.condition = new FlowCondition(alphaDegrees, RE);
      a.sys = new CoupledSystem(pm, response, Math.toRadians(alphaDegrees), CONFIG.panels() / 8 + 2, 1.0);
      return a;
    }

    ViscousIteration iteration(PolarSweep.Angle a) {
      return new ViscousIteration(pm, a.sys, RE, CONFIG);
    }

    /** The angle solved from the inviscid flow, with what a polar keeps of it to start a neighbour. */
    PolarSweep.Angle converged(double alphaDegrees) {
      PolarSweep.Angle a = angle(alphaDegrees);
      ViscousIteration iteration = iteration(a);
      ViscousIteration.State st = iteration.solveFromInviscid();
      assertTrue(st.converged, alphaDegrees + " deg: " + st.failure);
      a.q = st.q;
      a.x = st.x;
      a.inverse = iteration.inverseNodes();
      a.jacobian = st.jacobian;
      a.jacobianInverse = st.jacobianInverse;
      assertTrue(count(a.inverse) > 0, "premise: mass-defect unknowns at " + alphaDegrees + " deg");
      return a;
    }

    double cl(PolarSweep.Angle a, ViscousIteration.State st) {
      return SurfaceForces.integrate(pm.geometry, Arrays.copyOf(st.q, pm.geometry.panels + 1), a.sys.alpha).cl();
    }
  }

  private static int count(boolean[] b) {
    int k = 0;
    for (boolean v : b) {
      k += v ? 1 : 0;
    }
    return k;
  }

  private static double[] start(PolarSweep.Angle a, PolarSweep.Angle near) {
    return WarmStart.predict(a.sys.qInviscid, near.q, near.sys.qInviscid, near.condition.alphaDegrees(), null, null,
        Double.NaN, a.condition.alphaDegrees());
  }

  /**
   * Restarted at its own converged state, in its modes and with its factored matrix, the solve is at
   * a fixed point: the first Newton step is below the tolerance and the state is unchanged. A wrong
   * mapping of the carried unknowns (speeds taken for mass defects, a lost sign, the modes dropped)
   * starts elsewhere and takes more iterations.
   */
  @Test
  void aConvergedStateInItsModesIsAFixedPoint() {
    Section s = Section.of("naca4415");
    PolarSweep.Angle at = s.converged(3);
    assertTrue(at.jacobianInverse, "premise: its last Newton matrix has mass-defect unknowns");
    ViscousIteration iteration = s.iteration(at);
    ViscousIteration.State again = iteration.solve(at.q, at.jacobian, at.inverse, at.x);
    assertTrue(again.converged, "restart converged: " + again.failure);
    assertEquals(1, again.iterations, "restart at the solution converges in one iteration");
    for (int i = 0; i < at.q.length; i++) {
      assertEquals(at.q[i], again.q[i], 1e-4, "speed at node " + i);
    }
    assertEquals(count(at.inverse), count(iteration.inverseNodes()), "modes kept");

    ViscousIteration.State direct = iteration.solve(at.q, null);
    assertTrue(direct.iterations > 1, "the all-direct restart at the same speeds rebuilds the inverse region ("
        + direct.iterations + " iterations)");
  }

  /**
   * The next angle started in the previous angle's modes converges to the solution that the all-direct
   * warm start of model ibl-6 reaches, in fewer Newton iterations (the saving the polar set shows).
   */
  @Test
  void theNextAngleStartedInThePreviousModesReachesTheSameSolution() {
    Section s = Section.of("naca4415");
    PolarSweep.Angle near = s.converged(3);
    PolarSweep.Angle a = s.angle(4);
    double[] start = start(a, near);
    ViscousIteration.State carried = s.iteration(a).solve(start, near.jacobian, near.inverse, near.x);
    ViscousIteration.State plain = s.iteration(a).solve(start, null);
    assertTrue(carried.converged, "carried: " + carried.failure);
    assertTrue(plain.converged, "all-direct: " + plain.failure);
    assertEquals(s.cl(a, plain), s.cl(a, carried), 1e-3, "the same solution");
    assertTrue(carried.iterations < plain.iterations, "fewer iterations: " + carried.iterations + " against " + plain.iterations);
  }

  /**
   * Mass defects that cannot be marched (of the wrong sign) end the carried solve with a reason
   * instead of an exception, so that the polar falls back to the all-direct warm start.
   */
  @Test
  void unmarchableCarriedMassesFailWithAReason() {
    Section s = Section.of("naca4415");
    PolarSweep.Angle at = s.converged(3);
    double[] wrong = at.x.clone();
    for (int i = 0; i < wrong.length; i++) {
      if (at.inverse[i]) {
        wrong[i] = -wrong[i];
      }
    }
    ViscousIteration.State st = s.iteration(at).solve(at.q, null, at.inverse, wrong);
    assertFalse(st.converged);
    assertTrue(st.failure != null && st.failure.contains("negative mass defect"), "reason: " + st.failure);
  }

  /**
   * NACA 0012 from −3° to −4°: the start in the −3° modes with Broyden's updates does not converge, and the
   * polar's warm start repeats it with the chord rule of model ibl-9, which does; the warm start's answer is
   * that repeat's, bit for bit ({@link ViscousIteration#solveChord}).
   */
  @Test
  void aFailedSecantStartIsRepeatedWithTheChordRule() {
    Section s = Section.of("naca0012");
    PolarSweep.Angle near = s.converged(-3);
    PolarSweep.Angle a = s.angle(-4);
    double[] start = start(a, near);
    ViscousIteration.State secant = s.iteration(a).solve(start, near.jacobian, near.inverse, near.x);
    assertFalse(secant.converged, "premise: the secant rule fails here (" + secant.iterations + " iterations)");
    ViscousIteration.State chord = s.iteration(a).solveChord(start, near.jacobian, near.inverse, near.x);
    assertTrue(chord.converged, "the chord rule converges: " + chord.failure);
    ViscousIteration.State solved = PolarSweep.warm(s.iteration(a), a, near, null);
    assertTrue(solved.converged, solved.failure);
    assertArrayEquals(chord.q, solved.q, 0.0, "the repeat's answer");
    assertEquals(chord.iterations, solved.iterations);
  }

  /**
   * NACA 0012 from −5° to −4°: the start in the −5° modes does not converge (the inverse march finds no
   * edge speed for a carried mass defect), and the polar's warm start falls back to the all-direct
   * start of model ibl-6, which converges. Without the fallback the angle would go to the start
   * from the inviscid flow. (Until MODEL_VERSION ibl-9 the case was 3° to 4°, whose carried start
   * ibl-10's repeat with the chord rule converges.)
   */
  @Test
  void theWarmStartFallsBackToDirectModesWhenTheCarriedStartFails() {
    Section s = Section.of("naca0012");
    PolarSweep.Angle near = s.converged(-5);
    PolarSweep.Angle a = s.angle(-4);
    ViscousIteration.State carried = s.iteration(a).solve(start(a, near), near.jacobian, near.inverse, near.x);
    assertFalse(carried.converged, "premise: the carried start fails here (" + carried.iterations + " iterations)");
    ViscousIteration.State warm = PolarSweep.warm(s.iteration(a), a, near, null);
    assertTrue(warm.converged, "the warm start converges through the all-direct fallback: " + warm.failure);
  }
}
