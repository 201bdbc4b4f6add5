package org.inversesuite.airfoil.design;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
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
 * starts until a design reaches a goal score (s ≤ 1: both tolerances; see {@link CmaesGoal} for
 * the other goal of {@code inverse airfoil compare}) or the evaluation budget is spent.
 *
 * <p>Parallelism: Commons Math evaluates a CMA-ES population one member after the other, so one
 * run uses one core. With {@code threads} > 1, that many independent restarts run at once (the
 * multi-start parallelism of Hansen's IPOP/BIPOP practice), sharing the budget of solver calls;
 * the first to reach the goal stops all of them.
 */
public final class CmaesDesigner {
  private static final double PENALTY = 1e3;
  private final DesignSpace space;
  private final AirfoilSolver solver;
  private final int budget;
  private final int threads;

  /**
   * One run at a time.
   *
   * @param space the box searched
   * @param solver the solver evaluated at every step
   * @param budget the largest number of solver calls over all restarts
   */
  public CmaesDesigner(DesignSpace space, AirfoilSolver solver, int budget) {
    this(space, solver, budget, 1);
  }

  /**
   * @param space the box searched
   * @param solver the solver evaluated at every step
   * @param budget the largest number of solver calls over all restarts
   * @param threads restarts run at once, ≥ 1
   */
  public CmaesDesigner(DesignSpace space, AirfoilSolver solver, int budget, int threads) {
    if (budget < 10) {
      throw new IllegalArgumentException("evaluation budget must be >= 10, got " + budget);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("CMA-ES threads must be >= 1, got " + threads);
    }
    this.space = space;
    this.solver = solver;
    this.budget = budget;
    this.threads = threads;
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
    return design(target, new double[] {goal}, rng).get(0);
  }

  /**
   * One search towards several goals at once: it runs until its best design's score is at most
   * the smallest goal, or the budget is spent, and records for every goal g the state at the
   * first moment the best score fell to g or below (the best design then, the solver calls and
   * restarts started by then, the wall time since the start). On one thread this is, call for
   * call, what {@link #design(DesignTarget, double, Rng)} with that goal alone returns: the same
   * random stream gives the same CMA-ES path up to that moment. With parallel restarts, a goal
   * reached before the smallest one leaves out the calls other restarts had in flight then (at
   * most threads − 1). A goal never reached gets the
   * final state with {@link OptimizationResult#reachedTolerance()} false, after exactly
   * {@code budget} solver calls.
   *
   * @param goals goal scores, each &gt; 0, in any order
   * @return one result per goal, in the order given
   */
  public List<OptimizationResult> design(DesignTarget target, double[] goals, Rng rng) {
    if (goals.length == 0) {
      throw new IllegalArgumentException("at least one goal score is needed");
    }
    for (double goal : goals) {
      if (!(goal > 0)) {
        throw new IllegalArgumentException("goal score must be > 0, got " + goal);
      }
    }
    Search search = new Search(target, goals.clone(), System.nanoTime());
    if (threads == 1) {
      search.worker(rng);
    } else {
      List<Callable<Void>> workers = new ArrayList<>();
      for (int w = 0; w < threads; w++) {
        Rng stream = rng.stream("worker").stream(w);
        workers.add(() -> {
          search.worker(stream);
          return null;
        });
      }
      SolverPool.runAll("CMA-ES", threads, workers);
    }
    return search.results();
  }

  /** Thrown from inside the objective to stop a CMA-ES run: goal reached or budget spent. */
  private static final class Stop extends RuntimeException {
    Stop() {
      super(null, null, false, false);
    }
  }

  /** The state shared by the runs of one search. */
  private final class Search {
    final DesignTarget target;
    final double[] goals;
    final double smallest;
    final long start;
    final AtomicInteger calls = new AtomicInteger();
    final AtomicInteger restarts = new AtomicInteger();
    private final OptimizationResult[] reachedAt;
    private DesignCandidate best;

    Search(DesignTarget target, double[] goals, long start) {
      this.target = target;
      this.goals = goals;
      this.smallest = Arrays.stream(goals).min().orElseThrow();
      this.start = start;
      this.reachedAt = new OptimizationResult[goals.length];
    }

    synchronized boolean reached() {
      return best != null && best.score() <= smallest;
    }

    /** Keeps the better design and records every goal it reaches for the first time. */
    synchronized void offer(DesignCandidate c) {
      if (best == null || c.score() < best.score()) {
        best = c;
        for (int g = 0; g < goals.length; g++) {
          if (reachedAt[g] == null && best.score() <= goals[g]) {
            reachedAt[g] = new OptimizationResult(best, calls.get(), restarts.get(), seconds(), true);
          }
        }
      }
    }

    /**
     * Every goal's result: the final state, not reached, for goals the budget ended first; the
     * final state, reached, for goals reached by the design that stopped the search (so that calls
     * other threads had in flight then are counted, as a search towards that goal alone would);
     * the state recorded when it was reached for the others.
     */
    synchronized List<OptimizationResult> results() {
      int spent = calls.get();
      int runs = restarts.get();
      double elapsed = seconds();
      List<OptimizationResult> out = new ArrayList<>();
      for (OptimizationResult r : reachedAt) {
        if (r == null) {
          out.add(new OptimizationResult(best, spent, runs, elapsed, false));
        } else if (reached() && r.best() == best) {
          out.add(new OptimizationResult(best, spent, runs, elapsed, true));
        } else {
          out.add(r);
        }
      }
      return out;
    }

    private double seconds() {
      return (System.nanoTime() - start) * 1e-9;
    }

    /** Restarts CMA-ES from random starts until the goal is reached or the budget is spent. */
    void worker(Rng rng) {
      double[] lo = space.shapeLow();
      double[] hi = space.shapeHigh();
      int d = lo.length;
      double[] sigma = new double[d];
      for (int i = 0; i < d; i++) {
        sigma[i] = 0.3 * (hi[i] - lo[i]);
      }
      int population = 4 + (int) (3 * Math.log(d));
      for (int run = 1; calls.get() < budget && !reached(); run++) {
        restarts.incrementAndGet();
        double[] guess = new double[d];
        for (int i = 0; i < d; i++) {
          guess[i] = rng.uniform(lo[i], hi[i]);
        }
        CMAESOptimizer cmaes = new CMAESOptimizer(10_000, 0, true, 0, 0,
            new MersenneTwister(rng.stream(run).seed()), false, null);
        try {
          cmaes.optimize(new MaxEval(Math.max(1, budget - calls.get())), new MaxIter(10_000), GoalType.MINIMIZE,
              new InitialGuess(guess), new SimpleBounds(lo, hi), new CMAESOptimizer.Sigma(sigma),
              new CMAESOptimizer.PopulationSize(population), new ObjectiveFunction(this::score));
        } catch (TooManyEvaluationsException | Stop e) {
          // budget spent or goal reached (here or by another run): the search holds the best design
        }
      }
    }

    double score(double[] x) {
      if (reached() || calls.get() >= budget) {
        throw new Stop();
      }
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
      int spent;
      do {
        spent = calls.get();
        if (spent >= budget) {
          throw new Stop();
        }
      } while (!calls.compareAndSet(spent, spent + 1));
      DesignCase c = DesignCase.evaluate(p, solver);
      if (!c.usable()) {
        return PENALTY;
      }
      DesignCandidate cand = DesignCandidate.of(c, target);
      offer(cand);
      if (cand.score() <= smallest) {
        throw new Stop();
      }
      return cand.score();
    }
  }
}
