package org.inversesuite.airfoil.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The viscous solver against XFOIL 6.99 (fixtures and commands in
 * src/test/resources/org/inversesuite/airfoil/xfoil/README.md; tables in
 * docs/airfoil-validation.md).
 *
 * <p>Comparison range ("attached flow"): α from −4° to 6°, points where both XFOIL and this
 * solver converged. Lift error is measured relative to max(|C_l,XFOIL|, 0.2), so that near zero
 * lift 3 % means ±0.006; drag error relative to C_d,XFOIL.
 *
 * <ul>
 *   <li>Targets, asserted: C_l within 3 %, C_d within 10 % at Re = 10⁶ and 3·10⁶ for the sections
 *       with a blunt trailing edge (NACA 0012, 2412, 4415, CST-A); at 10⁶ laminar separation
 *       bubbles and trailing-edge laminar separation are solved in inverse mode
 *       ({@link InverseLaminar}).
 *   <li>The same targets with 120 and with 96 panels instead of 160 (the faster panelings a data set
 *       may use; 96 is the smallest measured count that keeps them).
 *   <li>Where the model misses the targets the measured bounds are asserted instead, so that they
 *       cannot grow unnoticed: on the sharp-edged CST-B against XFOIL's sharp-edge solution C_l
 *       within 5 % / 8 % and C_d within 7 % / 4.5 % at 10⁶ / 3·10⁶ (measured 4.8 % / 7.7 % and
 *       6.1 % / 3.8 %).
 *   <li>CST-B against XFOIL run on the contour the solver computes, the edge opened to 0.05 % chord
 *       ({@link PanelMethod#MIN_TRAILING_EDGE_GAP}; XFOIL then uses its blunt-edge model): the
 *       targets at 3·10⁶ (measured 2.2 % / 2.1 %), C_l within 4.5 % and C_d within 10 % at 10⁶
 *       (measured 4.0 % / 3.4 %). XFOIL's own sharp and blunt-edge models differ by up to 3.7 % of
 *       lift on this section (docs/airfoil-validation.md, "Sharp trailing edge: where XFOIL and the
 *       solver diverge").
 *   <li>CST-B with XFOIL's sharp-edge formulation ({@link TrailingEdgeModel#XFOIL_SHARP}, not the
 *       default) against XFOIL's sharp-edge polars: C_d within 10 % at both Reynolds numbers, C_l
 *       within 3.5 % at 3·10⁶ and 6 % at 10⁶ (measured 3.2 % / 5.6 %; with 120 panels both targets
 *       at 3·10⁶, measured 2.9 % / 5.3 %); on the closed NACA 0012 and 4415 at 3·10⁶ the measured
 *       bounds; against XFOIL with its edge panels refined (its sharp-edge answer depends on their
 *       length) the targets at 3·10⁶ for CST-B and the closed NACA 0012.
 * </ul>
 */
class XfoilComparisonTest {
  private static final double ALPHA_MIN = -4;
  private static final double ALPHA_MAX = 6;
  private final ViscousPanelSolver solver = new ViscousPanelSolver(SolverConfig.defaults());

  @Test
  void inviscidPanelMethodMatchesXfoil() {
    for (String s : XfoilPolar.SECTIONS) {
      PanelMethod pm = PanelMethod.of(XfoilPolar.airfoil(s), 160);
      for (XfoilPolar.Point p : XfoilPolar.polar(s, "inviscid").values()) {
        InviscidSolution r = pm.solve(p.alpha());
        assertEquals(p.cl(), r.cl(), 0.005 * Math.max(Math.abs(p.cl()), 0.4), s + " α=" + p.alpha());
        assertEquals(p.cm(), r.cm(), 0.001, s + " Cm α=" + p.alpha());
      }
    }
  }

  @Test
  void meetsTheTargetsAtThreeMillion() {
    for (String s : List.of("naca0012", "naca2412", "naca4415", "cst-a")) {
      compare(s, "3e6", 0.03, 0.10);
    }
  }

  @Test
  void meetsTheTargetsAtOneMillion() {
    for (String s : List.of("naca0012", "naca2412", "naca4415", "cst-a")) {
      compare(s, "1e6", 0.03, 0.10);
    }
  }

  /** The coarser paneling that {@code inverse airfoil dataset --panels 120} offers for speed (1.5x designs/s). */
  @Test
  void meetsTheTargetsWithOneHundredTwentyPanels() {
    meetsTheBluntTargetsWith(120);
  }

  /**
   * The smallest measured panel count that keeps every blunt-edge target, recommended for polar data
   * sets (1.35x ten-angle polars per second against 120 panels). Its margin is nil: NACA 2412 at 10⁶,
   * −4° misses lift by 3.00 % here and by 3.05–3.15 % at 80, 90, 100, 104, 110 and 112 panels
   * (docs/airfoil.md, "Panel count for data sets (session 13)").
   */
  @Test
  void meetsTheTargetsWithNinetySixPanels() {
    meetsTheBluntTargetsWith(96);
  }

  private static void meetsTheBluntTargetsWith(int panels) {
    ViscousPanelSolver coarse = new ViscousPanelSolver(SolverConfig.defaults().withPanels(panels));
    for (String s : List.of("naca0012", "naca2412", "naca4415", "cst-a")) {
      compare(coarse, s, "1e6", 0.03, 0.10);
      compare(coarse, s, "3e6", 0.03, 0.10);
    }
  }

  @Test
  void documentedDeviationsOfTheSharpTrailingEdge() {
    compare("cst-b", "1e6", 0.05, 0.07);
    compare("cst-b", "3e6", 0.08, 0.045);
  }

  @Test
  void sharpTrailingEdgeAgainstXfoilOnTheOpenedContour() {
    compare(solver, "cst-b", "cst-b-opened", "1e6", 0.045, 0.10);
    compare(solver, "cst-b", "cst-b-opened", "3e6", 0.03, 0.10);
  }

  /**
   * CST-B with XFOIL's sharp-edge formulation ({@link TrailingEdgeModel#XFOIL_SHARP}) against XFOIL's
   * sharp-edge polars: the drag target at both Reynolds numbers, lift at its measured bounds
   * (3.2 % at 3·10⁶, 5.6 % at 10⁶ with 160 panels; 2.9 % / 6.1 % with 120), and both targets at
   * 3·10⁶ with 120 panels (docs/airfoil-validation.md, "Sharp trailing edge (session 12)").
   */
  @Test
  void xfoilSharpEdgeModelAgainstXfoilsSharpEdgePolars() {
    ViscousPanelSolver sharp = new ViscousPanelSolver(SolverConfig.defaults(), TrailingEdgeModel.XFOIL_SHARP);
    compare(sharp, "cst-b", "3e6", 0.035, 0.10);
    compare(sharp, "cst-b", "1e6", 0.06, 0.10);
    ViscousPanelSolver coarse = new ViscousPanelSolver(SolverConfig.defaults().withPanels(120), TrailingEdgeModel.XFOIL_SHARP);
    compare(coarse, "cst-b", "3e6", 0.03, 0.10);
    compare(coarse, "cst-b", "1e6", 0.065, 0.10);
  }

  /**
   * The closed (sharp) NACA 0012 and 4415 at 3·10⁶ with {@link TrailingEdgeModel#XFOIL_SHARP}: measured
   * bounds (C_l 4.1 % / 7.9 %, C_d 4.7 % / 7.0 %; with {@link TrailingEdgeModel#OPENED} C_l 7.8 % /
   * 11.3 %), docs/airfoil-validation.md, "Sharp trailing edge (session 12)".
   */
  @Test
  void xfoilSharpEdgeModelOnClosedNacaSections() {
    ViscousPanelSolver sharp = new ViscousPanelSolver(SolverConfig.defaults(), TrailingEdgeModel.XFOIL_SHARP);
    compare(sharp, "naca0012-sharp", "3e6", 0.045, 0.10);
    compare(sharp, "naca4415-sharp", "3e6", 0.085, 0.10);
  }

  /**
   * XFOIL's sharp-edge answer depends on the length of its edge panels (CST-B, 3·10⁶, −4°: C_l
   * −0.2289 with the default paneling, edge panel 0.008 chord; −0.2318 refined to 0.0011). Against
   * XFOIL refined at the edge, {@link TrailingEdgeModel#XFOIL_SHARP} meets both targets at 3·10⁶
   * (measured CST-B 1.9 % / 2.3 %, closed NACA 0012 1.9 % / 3.5 %).
   */
  @Test
  void xfoilSharpEdgeModelMeetsTheTargetsAgainstXfoilRefinedAtTheEdge() {
    ViscousPanelSolver sharp = new ViscousPanelSolver(SolverConfig.defaults(), TrailingEdgeModel.XFOIL_SHARP);
    compare(sharp, "cst-b", "cst-b-refined", "3e6", 0.03, 0.10);
    compare(sharp, "naca0012-sharp", "naca0012-sharp-refined", "3e6", 0.03, 0.10);
  }

  /**
   * Head's method with lagged entrainment ({@link TurbulentModel#HEAD_LAGGED}, not the default):
   * the blunt targets at both Reynolds numbers; on CST-B at 10⁶ the bubble angles −4° … −1°, where
   * Head's method misses lift by 2.9–4.5 % (a turbulent layer too thick behind the bubble), within
   * 3 % with either edge model (measured 0.4–2.4 % / 0.7–1.4 %); the whole range at its measured bounds
   * (C_l 4.9 % with {@link TrailingEdgeModel#OPENED}, 5.2 % with {@link TrailingEdgeModel#XFOIL_SHARP},
   * at 4°, a transition-location error); both targets at 3·10⁶ with the sharp model (2.7 % / 3.6 %);
   * docs/airfoil-validation.md, "Turbulent layer after a laminar bubble (session 12)".
   */
  @Test
  void laggedEntrainmentAfterLaminarBubbles() {
    SolverConfig lagged = SolverConfig.defaults().withTurbulentModel(TurbulentModel.HEAD_LAGGED);
    ViscousPanelSolver opened = new ViscousPanelSolver(lagged);
    ViscousPanelSolver sharp = new ViscousPanelSolver(lagged, TrailingEdgeModel.XFOIL_SHARP);
    for (String s : List.of("naca0012", "naca2412", "naca4415", "cst-a")) {
      compare(opened, s, "1e6", 0.03, 0.10);
      compare(opened, s, "3e6", 0.03, 0.10);
    }
    compare(opened, "cst-b", "cst-b", "1e6", -4, -1, 0.03, 0.10);
    compare(sharp, "cst-b", "cst-b", "1e6", -4, -1, 0.03, 0.10);
    compare(new ViscousPanelSolver(SolverConfig.defaults()), "cst-b", "cst-b", "1e6", -4, -1, 0.05, 0.10);
    compare(opened, "cst-b", "1e6", 0.05, 0.10);
    compare(sharp, "cst-b", "1e6", 0.055, 0.10);
    compare(sharp, "cst-b", "3e6", 0.03, 0.10);
  }

  /** Head's method misses the lift target at CST-B's bubble angles: the case the lagged entrainment addresses. */
  @Test
  void headsMethodMissesTheBubbleAnglesOfCstB() {
    Map<Double, XfoilPolar.Point> ref = XfoilPolar.polar("cst-b", "1e6");
    double worst = 0;
    for (AeroResult r : solver.polar(XfoilPolar.airfoil("cst-b"), 1e6, XfoilPolar.angles(-4, -1)).points()) {
      XfoilPolar.Point p = ref.get(r.condition().alphaDegrees());
      worst = Math.max(worst, Math.abs(r.cl() - p.cl()) / Math.max(Math.abs(p.cl()), 0.2));
    }
    assertTrue(worst > 0.03, "Head's method at CST-B 1e6, -4..-1 deg: worst lift error " + worst);
  }

  private void compare(String section, String re, double clTolerance, double cdTolerance) {
    compare(solver, section, re, clTolerance, cdTolerance);
  }

  private static void compare(ViscousPanelSolver solver, String section, String re, double clTolerance,
      double cdTolerance) {
    compare(solver, section, section, re, clTolerance, cdTolerance);
  }

  /** @param reference prefix of the XFOIL polar ({@code <reference>-<re>.csv}) the section is compared with */
  private static void compare(ViscousPanelSolver solver, String section, String reference, String re,
      double clTolerance, double cdTolerance) {
    compare(solver, section, reference, re, ALPHA_MIN, ALPHA_MAX, clTolerance, cdTolerance);
  }

  /** The comparison over the whole-degree angles from alphaMin to alphaMax (at least four compared). */
  private static void compare(ViscousPanelSolver solver, String section, String reference, String re, double alphaMin,
      double alphaMax, double clTolerance, double cdTolerance) {
    Map<Double, XfoilPolar.Point> ref = XfoilPolar.polar(reference, re);
    Polar polar = solver.polar(XfoilPolar.airfoil(section), Double.parseDouble(re), XfoilPolar.angles(alphaMin, alphaMax));
    List<String> failures = new ArrayList<>();
    int compared = 0;
    int unconverged = 0;
    for (AeroResult r : polar.points()) {
      XfoilPolar.Point p = ref.get(r.condition().alphaDegrees());
      if (!r.converged()) {
        unconverged++;
        assertTrue(!r.reason().isBlank(), "a non-converged result names its reason");
        continue;
      }
      if (p == null) {
        continue;
      }
      compared++;
      double clError = (r.cl() - p.cl()) / Math.max(Math.abs(p.cl()), 0.2);
      double cdError = (r.cd() - p.cd()) / p.cd();
      if (Math.abs(clError) > clTolerance || Math.abs(cdError) > cdTolerance) {
        failures.add(String.format(Locale.ROOT, "α=%.0f: Cl %.4f vs %.4f (%+.1f%%), Cd %.5f vs %.5f (%+.1f%%)",
            p.alpha(), r.cl(), p.cl(), 100 * clError, r.cd(), p.cd(), 100 * cdError));
      }
    }
    assertTrue(failures.isEmpty(), reference + " Re=" + re + ": " + failures);
    assertTrue(unconverged <= 1, section + " Re=" + re + ": " + unconverged + " points did not converge");
    assertTrue(compared >= Math.min(9, alphaMax - alphaMin + 1), section + " Re=" + re + ": only " + compared
        + " points compared");
  }
}
