package org.inversesuite.airfoil.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.inversesuite.airfoil.io.AirfoilFiles;
import org.inversesuite.airfoil.io.CoordinateFormat;
import org.inversesuite.airfoil.shape.Airfoil;
import org.inversesuite.airfoil.solver.AeroResult;
import org.inversesuite.airfoil.solver.AirfoilSolver;
import org.inversesuite.airfoil.solver.FlowCondition;
import org.inversesuite.airfoil.solver.SolverConfig;
import org.inversesuite.airfoil.solver.SolverStatus;
import org.inversesuite.airfoil.solver.ViscousPanelSolver;
import org.inversesuite.core.random.Rng;
import org.junit.jupiter.api.Test;

/** The re-check of exported designs: the file re-simulates to the reported values, and tiny copies agree or are flagged. */
class RobustnessCheckTest {
  private static final DesignPoint POINT = DesignSpace.defaults().sample(new Rng(3));

  /**
   * Ranks 1, 3, 5 and 7 of session 14's order-3 family (docs/airfoil.md: C_l 0.66, L/D 100 at 4°, Re 10⁶,
   * t ≥ 0.11, model m3, seed 1), coefficients as candidates.csv printed them.
   */
  private static final double[][] SESSION_14 = {
      {0.19459433167261433, 0.186061129402479, 0.25405996341649645, 0.13005671465732652, -0.157137118928682,
          -0.02567256821350935, -0.10528556854824786, -0.07358278324836272},
      {0.17656930782823002, 0.22179546530530186, 0.1298761593688299, 0.1579912446437124, -0.16976287832702114,
          -0.07618706536138167, -0.043076906631599715, -0.05760840738254981},
      {0.1930703709613888, 0.2495812941234804, 0.1178570692896693, 0.12644350188162642, -0.11437229864470802,
          -0.0801853252704238, -0.06525364430856238, -0.05067109292643759},
      {0.21058680099444485, 0.24417841761203546, 0.14171012318183113, 0.13873603692503717, -0.08086841392422738,
          -0.0623027914066326, -0.12964980850163954, -0.03110714149714603}};

  private static Airfoil reread(DesignPoint p, CoordinateFormat format) {
    return AirfoilFiles.parse("design.dat", AirfoilFiles.format(p.airfoil("design"), format), format);
  }

  @Test
  void copiesMoveInteriorPointsByAtMostTheSizeAndTheFirstIsTheSevenDecimalFile() {
    Airfoil a = POINT.airfoil("a");
    RobustnessCheck check = new RobustnessCheck(new FakeSolver(), 5, 1e-6, 1);
    List<Airfoil> copies = check.copies(a, new Rng(1));
    assertEquals(5, copies.size());
    for (int i = 0; i < a.size(); i++) {
      assertEquals(Double.parseDouble(String.format(Locale.ROOT, "%.7f", a.y(i))), copies.get(0).y(i));
    }
    for (Airfoil c : copies.subList(1, 5)) {
      double largest = 0;
      for (int i = 0; i < a.size(); i++) {
        largest = Math.max(largest, Math.max(Math.abs(c.x(i) - a.x(i)), Math.abs(c.y(i) - a.y(i))));
      }
      assertTrue(largest > 0 && largest <= 1e-6, "moved by " + largest);
      assertEquals(a.x(0), c.x(0));
      assertEquals(a.y(a.size() - 1), c.y(a.size() - 1), "trailing-edge points stay");
    }
    assertEquals(copies.get(3).y(40), check.copies(a, new Rng(1)).get(3).y(40), "same stream, same copies");
    assertNotEquals(copies.get(3).y(40), check.copies(a, new Rng(2)).get(3).y(40));
  }

  @Test
  void aSmoothSolverIsRobustAndReproduced() {
    FakeSolver solver = new FakeSolver();
    DesignCase reported = DesignCase.evaluate(POINT, solver);
    Robustness r = new RobustnessCheck(solver, 6, RobustnessCheck.DEFAULT_SIZE, 2).check(
        reread(POINT, CoordinateFormat.SELIG), reported, new Rng(1));
    assertTrue(r.reproduced(), "the file re-simulates to the reported values");
    assertEquals(6, r.converged());
    assertTrue(r.robust(), r.summary());
    assertEquals(7, solver.calls - 1, "the file and six copies (and the reported solve)");
  }

  /** A solver with two answers that a rounding-level change of the contour picks between, as at a laminar bubble. */
  @Test
  void aSolverWithTwoAnswersWithinTheCopiesIsFlagged() {
    AirfoilSolver bistable = (a, at) -> {
      long bits = 0;
      for (int i = 0; i < a.size(); i++) {
        bits ^= Double.doubleToLongBits(a.y(i));
      }
      double cl = (bits & 1) == 0 ? 0.66 : 0.69;
      return new AeroResult(at, SolverStatus.CONVERGED, "", cl, 0.0066, 0.003, 0, 0.4, 1, Double.NaN, Double.NaN, 9,
          null);
    };
    DesignCase reported = DesignCase.evaluate(POINT, bistable);
    Robustness r = new RobustnessCheck(bistable, 8, RobustnessCheck.DEFAULT_SIZE, 1).check(
        reread(POINT, CoordinateFormat.LEDNICER), reported, new Rng(1));
    assertTrue(r.reproduced(), "the file is the reported shape bit for bit");
    assertFalse(r.robust(), r.summary());
    assertEquals(0.66, r.clMin());
    assertEquals(0.69, r.clMax());
  }

  @Test
  void aCopyTheSolverRefusesCountsAsNotConverged() {
    FakeSolver inner = new FakeSolver();
    Airfoil exact = reread(POINT, CoordinateFormat.SELIG);
    AirfoilSolver refusesCopies = (a, at) -> {
      if (a.y(40) != exact.y(40)) {
        throw new IllegalArgumentException("cannot analyse: crossing");
      }
      return inner.solve(a, at);
    };
    Robustness r = new RobustnessCheck(refusesCopies, 3, RobustnessCheck.DEFAULT_SIZE, 1).check(exact,
        DesignCase.evaluate(POINT, inner), new Rng(1));
    assertTrue(r.converged() < 3, "copies moved at point 40 are refused: " + r.summary());
    assertFalse(r.robust());
    assertThrows(IllegalArgumentException.class, () -> new RobustnessCheck(inner, 0, 5e-8, 1));
  }

  /**
   * A file whose answer came from the direct-mode fallback is marked so, and copies that converge in the
   * current model to another lift make it not robust (the session-14 rank 7 of model ibl-9: C_l 0.636 in
   * direct mode, copies up to 0.669).
   */
  @Test
  void aFileSolvedOnlyInDirectModeIsMarked() {
    Airfoil exact = reread(POINT, CoordinateFormat.SELIG);
    AirfoilSolver fallsBack = (a, at) -> {
      boolean file = true;
      for (int i = 0; i < a.size(); i++) {
        file &= a.x(i) == exact.x(i) && a.y(i) == exact.y(i);
      }
      return new AeroResult(at, SolverStatus.CONVERGED, file ? AeroResult.DIRECT_MODE : "", file ? 0.636 : 0.669, 0.0066,
          0.003, 0, 0.4, 1, Double.NaN, Double.NaN, 9, null);
    };
    DesignCase reported = DesignCase.evaluate(POINT, fallsBack);
    Robustness r = new RobustnessCheck(fallsBack, 4, RobustnessCheck.DEFAULT_SIZE, 1).check(exact, reported, new Rng(1));
    assertTrue(r.directMode(), r.summary());
    assertEquals(0, r.directCopies());
    assertFalse(r.robust(), r.summary());
    assertEquals(0.669, r.clMax());
  }

  /**
   * The session-14 case with the embedded solver: every exported file re-simulates to its reported C_l and C_d
   * bit for bit; rank 7 is flagged, since its copies converge to two solutions (C_l 0.637 and 0.669); ranks 3
   * and 5 are robust. (Until MODEL_VERSION ibl-8 rank 1 was flagged: its exact contour converged only in the
   * direct-mode fallback, 0.661, its copies at 0.690, docs/airfoil.md, session 15; ibl-9 converged it in the
   * current model, to 0.690, and rank 7's exact contour only in the fallback, 0.636; ibl-10's repeat of a failed
   * solve with the chord rule converges that in the current model too.)
   */
  @Test
  void sessionFourteenFamilyReSimulatesToItsReportedValuesAndRankSevenIsFlagged() {
    ViscousPanelSolver solver = new ViscousPanelSolver(SolverConfig.defaults());
    Robustness[] found = new Robustness[SESSION_14.length];
    for (int k = 0; k < SESSION_14.length; k++) {
      DesignPoint p = new DesignPoint(SESSION_14[k], 4, 4, 1e6, 0);
      DesignCase reported = DesignCase.evaluate(p, solver);
      assertTrue(reported.usable(), reported.reason());
      for (CoordinateFormat f : CoordinateFormat.values()) {
        AeroResult again = solver.solve(reread(p, f), new FlowCondition(4, 1e6));
        assertEquals(reported.cl(), again.cl(), f + " file of design " + k);
        assertEquals(reported.cd(), again.cd(), f + " file of design " + k);
      }
      if (k > 0) {
        found[k] = new RobustnessCheck(solver, 4, RobustnessCheck.DEFAULT_SIZE, 2).check(
            reread(p, CoordinateFormat.SELIG), reported, new Rng(1).stream(k));
        assertTrue(found[k].reproduced());
      }
    }
    Robustness rank7 = found[3];
    assertFalse(rank7.robust(), rank7.summary());
    assertEquals(rank7.copies(), rank7.converged(), rank7.summary());
    assertTrue(rank7.clMax() - rank7.clMin() > DesignCandidate.CL_TOLERANCE, "two solutions: " + rank7.summary());
    assertFalse(found[1].directMode() || found[2].directMode() || rank7.directMode(), "converged in the current model");
    assertTrue(found[1].robust(), found[1].summary());
    assertTrue(found[2].robust(), found[2].summary());
  }
}
