package org.inversesuite.cli.table;

import org.inversesuite.core.infer.PosteriorEstimator;
import org.inversesuite.core.problem.InverseProblem;

/**
 * One row of the benchmark table: a named method that trains a {@link PosteriorEstimator} on a
 * problem within a {@link TrainingBudget}. New methods join the table as one line in
 * {@link MethodRegistry}.
 */
public interface BenchmarkMethod {
  /** @return the row label, e.g. "cINN" */
  String name();

  /** @return the trained estimator and its size */
  Trained train(InverseProblem problem, TrainingBudget budget);

  /**
   * @param estimator the trained method
   * @param parameters its number of trainable parameters
   */
  record Trained(PosteriorEstimator estimator, long parameters) {}

  /** The function part of a method, for one-line registrations. */
  @FunctionalInterface
  interface Recipe {
    /** @return the trained estimator and its size */
    Trained train(InverseProblem problem, TrainingBudget budget);
  }

  /** @return a method named {@code name} that trains with {@code recipe} */
  static BenchmarkMethod of(String name, Recipe recipe) {
    return new BenchmarkMethod() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Trained train(InverseProblem problem, TrainingBudget budget) {
        return recipe.train(problem, budget);
      }
    };
  }
}
