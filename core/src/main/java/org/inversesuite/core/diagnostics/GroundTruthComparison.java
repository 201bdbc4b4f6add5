package org.inversesuite.core.diagnostics;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.problem.ForwardModel;
import org.inversesuite.core.tensor.Matrix;

/**
 * Compares posterior samples with ground-truth samples observation by observation, the
 * protocol of Kruse et al. 2021 ("Benchmarking invertible architectures on inverse problems",
 * arXiv:2101.10763): the MMD² of {@link MaximumMeanDiscrepancy} and the re-simulation error of
 * {@link ResimulationError}, with two reference figures that show what "good" means for the
 * given sample sizes (the MMD² between halves of the ground truth and the ground truth's own
 * re-simulation error).
 */
public final class GroundTruthComparison {
  private final MaximumMeanDiscrepancy mmd;
  private final ResimulationError resimulation;

  /** @param mmd the MMD estimator (kernel widths) */
  public GroundTruthComparison(MaximumMeanDiscrepancy mmd, ForwardModel forward) {
    this.mmd = mmd;
    this.resimulation = new ResimulationError(forward);
  }

  /** @return the quality for one observation */
  public ObservationQuality compare(int index, double[] yStar, Matrix posterior, Matrix groundTruth) {
    int half = groundTruth.rows() / 2;
    double halfMmd = Double.NaN;
    double gtResim = Double.NaN;
    double m2 = Double.NaN;
    if (half >= 2) {
      Matrix a = groundTruth.like(half, groundTruth.cols());
      Matrix b = groundTruth.like(groundTruth.rows() - half, groundTruth.cols());
      a.copyRows(groundTruth, 0, 0, half);
      b.copyRows(groundTruth, half, 0, b.rows());
      halfMmd = mmd.unbiased(a, b);
      gtResim = resimulation.meanSquared(groundTruth, yStar);
      m2 = mmd.unbiased(posterior, groundTruth);
    }
    return new ObservationQuality(index, yStar.clone(), m2, resimulation.meanSquared(posterior, yStar), gtResim,
        halfMmd, groundTruth.rows());
  }

  /** @return the mean of a figure over the observations where it is finite */
  public static double mean(List<ObservationQuality> rows, java.util.function.ToDoubleFunction<ObservationQuality> f) {
    List<Double> values = new ArrayList<>();
    for (ObservationQuality q : rows) {
      double v = f.applyAsDouble(q);
      if (Double.isFinite(v)) {
        values.add(v);
      }
    }
    return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }
}
