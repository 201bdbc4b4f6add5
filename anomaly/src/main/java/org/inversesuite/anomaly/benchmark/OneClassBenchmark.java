package org.inversesuite.anomaly.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.inversesuite.anomaly.baseline.AnomalyScorer;
import org.inversesuite.anomaly.baseline.OneClassMethod;
import org.inversesuite.anomaly.metric.Auroc;
import org.inversesuite.anomaly.metric.AveragePrecision;
import org.inversesuite.anomaly.metric.FprAtRecall;
import org.inversesuite.anomaly.metric.ScoredLabels;

/**
 * Runs the one-class protocol ({@link OneClassSplit}) for every normal class, method and seed
 * of a table. The split and every method's fit use the same seed, so all methods see the same
 * rows.
 *
 * @param trainFraction share of the normal class used for training
 */
public record OneClassBenchmark(double trainFraction) {
  /** Validates the fraction. */
  public OneClassBenchmark {
    if (!(trainFraction > 0 && trainFraction < 1)) {
      throw new IllegalArgumentException("trainFraction must be in (0, 1), got " + trainFraction);
    }
  }

  /**
   * @param normalClasses the classes to use as normal, in turn
   * @param progress called after each result
   * @return every result, in run order
   */
  public List<BenchmarkResult> run(LabelledTable table, List<Integer> normalClasses, List<OneClassMethod> methods,
      List<Long> seeds, Consumer<BenchmarkResult> progress) {
    List<BenchmarkResult> out = new ArrayList<>();
    for (int normal : normalClasses) {
      for (long seed : seeds) {
        OneClassSplit split = OneClassSplit.of(table, normal, trainFraction, seed);
        for (OneClassMethod method : methods) {
          long start = System.nanoTime();
          double[] scores;
          try (AnomalyScorer scorer = method.fit(split.train(), seed)) {
            scores = scorer.score(split.test());
          }
          double seconds = (System.nanoTime() - start) * 1e-9;
          ScoredLabels e = new ScoredLabels(scores, split.anomalous());
          BenchmarkResult r = new BenchmarkResult(table.name(), table.classNames().get(normal), method.name(), seed,
              Auroc.of(e), AveragePrecision.of(e), FprAtRecall.of(e, 0.95), seconds);
          out.add(r);
          progress.accept(r);
        }
      }
    }
    return out;
  }
}
