package org.inversesuite.cli.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inversesuite.cli.TribuoLogging;
import org.inversesuite.cli.experiment.GroundTruthEvaluation;
import org.inversesuite.core.baseline.AbcResult;
import org.inversesuite.core.diagnostics.C2stResult;
import org.inversesuite.core.diagnostics.ClassifierTwoSampleTest;
import org.inversesuite.core.diagnostics.SamplePair;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.problem.InverseProblem;
import org.inversesuite.core.problem.ObservationModel;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;

/**
 * The classifier two-sample test (Lopez-Paz and Oquab 2017, arXiv:1610.06545) of the cINN
 * posterior against rejection ABC for the first reference observations, with the config's ABC
 * ε, budget and sample size. Rejection ABC is exact as ε → 0 only for noise-free problems, and
 * its acceptance rate falls like ε^dim(y), so it runs only for noise-free problems with at most
 * {@value #MAX_OBSERVATION_DIMENSION} observed values; otherwise the outcome is empty and its
 * note says why. The floor (ABC half against ABC half) shows what equal distributions score.
 *
 * <p>Streams of the diagnosis stream: "abc", "c2st-sampling" (stream j for observation j), "c2st".
 */
final class AbcComparison {
  static final int MAX_OBSERVATION_DIMENSION = 3;
  private static final int MIN_SAMPLES = 100;

  /**
   * @param checks one per compared observation
   * @param note which settings were used, or why nothing was compared
   * @param firstPair {cINN samples, ABC samples} of the first compared observation, or empty
   */
  record Outcome(List<C2stCheck> checks, String note, List<Matrix> firstPair) {}

  private final InverseProblem problem;
  private final GroundTruthEvaluation evaluation;
  private final int samples;
  private final double epsilon;
  private final Rng rng;

  AbcComparison(InverseProblem problem, GroundTruthEvaluation evaluation, int samples, double epsilon, Rng rng) {
    this.problem = problem;
    this.evaluation = evaluation;
    this.samples = samples;
    this.epsilon = epsilon;
    this.rng = rng;
  }

  Outcome compare(Cinn cinn, int count) {
    if (count == 0) {
      return new Outcome(List.of(), "C2ST not asked for (--c2st 0)", List.of());
    }
    if (problem.noise() != ObservationModel.NONE) {
      return new Outcome(List.of(), "no C2ST: rejection ABC is a ground truth only for noise-free problems, and '"
          + problem.id() + "' has observation noise", List.of());
    }
    if (problem.yDimension() > MAX_OBSERVATION_DIMENSION) {
      return new Outcome(List.of(), "no C2ST: rejection ABC is not feasible for " + problem.yDimension()
          + " observed values (its acceptance rate falls like epsilon^" + problem.yDimension() + ")", List.of());
    }
    TribuoLogging.warningsOnly();
    Matrix observations = evaluation.observations(count);
    AbcResult abc = evaluation.groundTruth(observations, samples, rng.stream("abc"));
    ClassifierTwoSampleTest test = new ClassifierTwoSampleTest(ClassifierTwoSampleTest.Classifier.QUADRATIC_LOGISTIC,
        5, rng.stream("c2st").seed());
    List<C2stCheck> checks = new ArrayList<>();
    List<Matrix> firstPair = List.of();
    List<String> skipped = new ArrayList<>();
    double[][] ys = observations.toRows();
    for (int j = 0; j < ys.length; j++) {
      Matrix reference = abc.samples(j);
      if (reference.rows() < MIN_SAMPLES) {
        skipped.add(String.format(Locale.ROOT, "observation %d skipped: ABC accepted %d of %d wanted samples within "
            + "its budget", j, reference.rows(), samples));
        continue;
      }
      Matrix posterior = cinn.sample(ys[j], reference.rows(), rng.stream("c2st-sampling").stream(j));
      C2stResult result = test.assess(new SamplePair(posterior, reference));
      int half = reference.rows() / 2;
      Matrix a = reference.like(half, reference.cols());
      Matrix b = reference.like(reference.rows() - half, reference.cols());
      a.copyRows(reference, 0, 0, half);
      b.copyRows(reference, half, 0, b.rows());
      double floor = test.assess(new SamplePair(a, b)).accuracy();
      checks.add(new C2stCheck(j, java.util.Arrays.stream(ys[j]).boxed().toList(), reference.rows(),
          result.accuracy(), result.foldAccuracies(), floor));
      if (firstPair.isEmpty()) {
        firstPair = List.of(posterior, reference);
      }
    }
    String note = "quadratic logistic regression, 5 folds; rejection ABC with epsilon " + epsilon
        + " (its posterior is slightly wider than the exact one)"
        + (skipped.isEmpty() ? "" : "; " + String.join("; ", skipped));
    return new Outcome(checks, note, firstPair);
  }
}
