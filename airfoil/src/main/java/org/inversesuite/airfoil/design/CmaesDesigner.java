package org.inversesuite.airfoil.design;

import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.inversesuite.airfoil.shape.ShapeAnalysis;
import org.inversesuite.airfoil.shape.ShapeReport;
import org.inversesuite.airfoil.solver.AirfoilSolver;
import org.inversesuite.core.random.Rng;

/**
 * The optimisation baseline of inverse design: CMA-ES (Hansen 2006, Commons Math's
 * {@link CMAESOptimizer}) over the CST coefficients inside the design space's box, minimising
 * the same score the inverse designer ranks by, s = max(|ΔC_l| / 0.02, |Δ(L/D)| / 0.03), with a
 * penalty of 10³ + (t_min − t) for shapes that fail the checks or are too thin and 10³ for
 * unconverged analyses. Each evaluation is one solver call. Runs are restarted from new random
 * starts until a design meets both tolerances (s ≤ 1) or the evaluation budget is spent.
 */
public final class CmaesDesigner {
  private static final double PENALTY = 1e3;
  private final DesignSpace space;
  private final AirfoilSolver solver;
  private final int budget;

  /**
   * @param space the box searched
   * @param solver the solver evaluated at every step
   * @param budget the largest number of solver calls over all restarts
   */
  public CmaesDesigner(DesignSpace space, AirfoilSolver solver, int budget) {
    if (budget < 10) {
      throw new IllegalArgumentException("evaluation budget must be >= 10, got " + budget);
    }
    this.space = space;
    this.solver = solver;
    this.budget = budget;
  }

  /** Searches until a design meets the target's tolerances (score ≤ 1) or the budget is spent. */
  public OptimizationResult design(DesignTarget target, Rng rng) {
    return design(target, 1.0, rng);
  }

  /**
   * Searches until a design reaches {@code score ≤ goal} or the budget is spent; a goal below 1
   * asks for the re-simulation error another method reached.
   */
  public OptimizationResult design(DesignTarget target, double goal, Rng rng) {
    if (!(goal > 0)) {
      throw new IllegalArgumentException("goal score must be > 0, got " + goal);
    }
    long start = System.nanoTime();
    double[] lo = space.shapeLow();
    double[] hi = space.shapeHigh();
    int d = lo.length;
    double[] sigma = new double[d];
    for (int i = 0; i < d; i++) {
      sigma[i] = 0.3 * (hi[i] - lo[i]);
    }
    Tracker tracker = new Tracker(target, goal);
    int restarts = 0;
    while (tracker.calls < budget && !tracker.reached()) {
      restarts++;
      double[] guess = new double[d];
      for (int i = 0; i < d; i++) {
        guess[i] = rng.uniform(lo[i], hi[i]);
      }
      int population = 4 + (int) (3 * Math.log(d));
      CMAESOptimizer cmaes = new CMAESOptimizer(10_000, 0, true, 0, 0,
          new MersenneTwister(rng.stream(restarts).seed()), false, null);
      try {
        cmaes.optimize(new MaxEval(budget - tracker.calls), new MaxIter(10_000), GoalType.MINIMIZE,
            new InitialGuess(guess), new SimpleBounds(lo, hi), new CMAESOptimizer.Sigma(sigma),
            new CMAESOptimizer.PopulationSize(population), new ObjectiveFunction(tracker::score));
      } catch (TooManyEvaluationsException | Reached e) {
        // budget spent or tolerance met: the tracker holds the best design
      }
    }
    return new OptimizationResult(tracker.best, tracker.calls, restarts, (System.nanoTime() - start) * 1e-9,
        tracker.reached());
  }

  /** Thrown from inside the objective to stop CMA-ES as soon as the tolerance is met. */
  private static final class Reached extends RuntimeException {
    Reached() {
      super(null, null, false, false);
    }
  }

  private final class Tracker {
    final DesignTarget target;
    final double goal;
    DesignCandidate best;
    int calls;

    Tracker(DesignTarget target, double goal) {
      this.target = target;
      this.goal = goal;
    }

    boolean reached() {
      return best != null && best.score() <= goal;
    }

    double score(double[] x) {
      DesignPoint p = new DesignPoint(x, space.upperCount(), target.alphaDegrees(), target.reynolds(),
          space.trailingEdgeThickness());
      ShapeReport report;
      try {
        report = ShapeAnalysis.analyse(p.airfoil("cmaes"));
      } catch (IllegalArgumentException e) {
        return 2 * PENALTY;
      }
      if (!report.valid()) {
        return 2 * PENALTY;
      }
      if (report.maxThickness() < target.minThickness()) {
        return PENALTY + (target.minThickness() - report.maxThickness());
      }
      calls++;
      DesignCase c = DesignCase.evaluate(p, solver);
      if (!c.usable()) {
        return PENALTY;
      }
      DesignCandidate cand = DesignCandidate.of(c, target);
      if (best == null || cand.score() < best.score()) {
        best = cand;
      }
      if (cand.score() <= goal) {
        throw new Reached();
      }
      return cand.score();
    }
  }
}
