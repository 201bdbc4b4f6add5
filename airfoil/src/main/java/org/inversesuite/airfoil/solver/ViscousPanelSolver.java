package org.inversesuite.airfoil.solver;

import java.util.List;
import org.inversesuite.airfoil.shape.Airfoil;

/**
 * The embedded viscous airfoil solver: a linear-vorticity panel method ({@link PanelMethod},
 * Katz &amp; Plotkin 2001) coupled to integral boundary layers through the mass-defect
 * transpiration model and solved simultaneously by Newton's method, after XFOIL (M. Drela,
 * "XFOIL: an analysis and design system for low Reynolds number airfoils", Lecture Notes in
 * Engineering 54, 1989). The boundary layers are: laminar by the two-equation method of Drela
 * &amp; Giles (1987), in inverse mode near and past laminar separation ({@link InverseLaminar}), or
 * Thwaites (1949); transition by the e^N envelope method (Drela &amp; Giles 1987) or Michel (1951),
 * or at laminar separation (Thwaites); turbulent
 * by Head's entrainment method (1958) with Ludwieg–Tillmann friction, continued into the wake
 * with zero friction; drag from Squire &amp; Young (1937).
 *
 * <p>Within a polar the geometry is repanelled and its influence matrices factored once, and
 * each angle starts from the converged solutions of the previous ones, in the unknown modes of the
 * last ({@link PolarSweep}). An angle that converges neither from there nor from the inviscid flow
 * is solved once more in
 * direct mode ({@link ViscousIteration#solveDirect}: the model of version ibl-2); such a result
 * is not used to start the next angle, and its reason is {@link AeroResult#DIRECT_MODE}. An angle that converged in none of these is tried again
 * from the angle above it. (After two failed warm starts the start from the inviscid flow comes
 * after direct mode and the backward sweep, {@link PolarSweep}.) Incompressible flow only.
 * Stateless between calls and thread-safe: solve different airfoils on different threads.
 */
public final class ViscousPanelSolver implements AirfoilSolver {
  /**
   * Version of the solver's physical model, recorded in data set manifests; change it whenever a
   * change of the model changes the numbers it computes (2: laminar layers continue separated,
   * {@link SeparatedLaminar}; 3: laminar stations near and past separation solved in inverse mode
   * with the mass defect as Newton unknown, {@link InverseLaminar}, and Head's H capped at 6;
   * 4: Head's equations integrated in Runge–Kutta steps of 16 θ instead of 6 θ,
   * {@link BoundaryLayerMarch#TURBULENT_STEP}, and polars swept back over unconverged angles,
   * {@link PolarSweep}; 5: the march's Jacobian takes the laminar interval's partials from the
   * implicit function theorem, {@link LaminarIntervalDerivatives}, instead of forward differences,
   * which moves the Newton path and, at laminar-bubble angles, the solution it ends on; 6: the
   * Newton matrix from a reverse-mode sweep of the recorded march, {@link MarchTape}, equal to the
   * forward-mode product to rounding, which again moves the path at bubble angles; 7: each angle of
   * a polar starts in the previous angle's unknown modes, its mass defects and its Newton matrix,
   * {@link PolarSweep}, and after two failed warm starts the start from the inviscid flow comes last,
   * which changes the path, and at bubble angles the solution, of polars (a single-angle solve is
   * unchanged by this); and a frozen transition or separation point whose free criterion finds none
   * moves part of the way towards the trailing edge instead of being dropped, with "none" counting as
   * at the edge in the consistency check, {@link ViscousIteration}, which changes which of two
   * neighbouring solutions a laminar edge layer ends on; 8: convergence also requires every residual
   * |R_i| ≤ {@link ViscousIteration#RESIDUAL_FACTOR} times the step tolerance, so points that stopped on
   * a small step with a residual at the transition station iterate further or are not converged; 9: Head's
   * H₁(H) continues as its tangent beyond H = 4, {@link HeadEntrainment#LINEAR_H}, which changes separated
   * trailing-edge layers and the paths of the polars that have them; 10: the Newton matrix is kept while
   * the residual falls and updated by Broyden's rule, {@link BroydenMatrix}, and starts the next angle with
   * its updates, and a solve that fails so is repeated with the chord rule of ibl-9, which changes the paths,
   * and at bubble angles the solutions, of polars and converges more points).
   */
  public static final String MODEL_VERSION = "ibl-10";

  private static final double WAKE_LENGTH = 1.0;

  private final SolverConfig config;
  private final TrailingEdgeModel trailingEdge;

  /** @param config numerical and modelling settings */
  public ViscousPanelSolver(SolverConfig config) {
    this(config, TrailingEdgeModel.OPENED);
  }

  /**
   * @param config numerical and modelling settings
   * @param trailingEdge how an edge thinner than {@link PanelMethod#MIN_TRAILING_EDGE_GAP} is
   *     modelled ({@link TrailingEdgeModel#OPENED} in {@link #MODEL_VERSION})
   */
  public ViscousPanelSolver(SolverConfig config, TrailingEdgeModel trailingEdge) {
    if (config == null) {
      throw new IllegalArgumentException("config is required; use SolverConfig.defaults()");
    }
    if (trailingEdge == null) {
      throw new IllegalArgumentException("trailing-edge model is required (OPENED or XFOIL_SHARP)");
    }
    this.config = config;
    this.trailingEdge = trailingEdge;
  }

  /** @return the settings */
  public SolverConfig config() {
    return config;
  }

  @Override
  public AeroResult solve(Airfoil airfoil, FlowCondition condition) {
    return polar(airfoil, condition.reynolds(), List.of(condition.alphaDegrees())).points().get(0);
  }

  @Override
  public Polar polar(Airfoil airfoil, double reynolds, List<Double> alphasDegrees) {
    List<FlowCondition> conditions = SolverInput.conditions(reynolds, alphasDegrees);
    Airfoil normalized = SolverInput.unitChord(airfoil);
    PanelMethod pm = PanelMethod.of(normalized, config.panels(), trailingEdge);
    double[] response = SourceResponse.response(pm, pm.geometry, true);
    int wakePanels = config.panels() / 8 + 2;
    List<AeroResult> out = new PolarSweep(pm, response, reynolds, config, wakePanels, WAKE_LENGTH).solve(conditions);
    return new Polar(airfoil.name(), reynolds, out);
  }
}
