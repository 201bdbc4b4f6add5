package org.inversesuite.airfoil.design;

/**
 * The outcome of one optimisation-based design.
 *
 * @param best the best re-simulated design found (null if no evaluation converged)
 * @param solverCalls evaluations of the solver
 * @param restarts CMA-ES runs started
 * @param seconds wall time
 * @param reachedTolerance true when {@code best} reached the goal score
 */
public record OptimizationResult(DesignCandidate best, int solverCalls, int restarts, double seconds,
    boolean reachedTolerance) {}
