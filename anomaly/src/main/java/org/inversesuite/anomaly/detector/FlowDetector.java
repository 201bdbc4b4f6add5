package org.inversesuite.anomaly.detector;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.NonFiniteException;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.tensor.ShapeMismatchException;

/**
 * A trained anomaly detector: an unconditional flow {@code z = f(u)} on the standardised kept
 * (and, when a {@link Whitening} is given, whitened: the score then adds −log|det W|) features
 * {@code u = (x_K − μ)/σ} of normal rows. The anomaly score of a row is its negative
 * log-likelihood under the flow,
 * \[ s(x) = -\log p(x_K) = \tfrac12\lVert f(u)\rVert^2 + \tfrac{d}{2}\log 2\pi - \log|\det J_f(u)| + \sum_j \log\sigma_j, \]
 * and a row is flagged when {@code s(x) > threshold}, the threshold being the (1 − α)-quantile of
 * the scores of held-out normal rows for the target false-alarm rate α (Schirrmeister et al.
 * 2020, arXiv:2006.10848). The latent norm ‖f(u)‖ is offered as a second score.
 *
 * <p>Immutable apart from the model's thread pool; close it when done. Not safe for concurrent calls.
 */
public final class FlowDetector implements AutoCloseable {
  private final Cinn model;
  private final List<String> featureNames;
  private final int[] kept;
  private final Whitening whitening;
  private final double threshold;
  private final double falseAlarmRate;

  /**
   * @param model the flow with the standardisation of the kept features (condition width 0)
   * @param featureNames the names of all input features, in order
   * @param kept indices of the features the flow models (constant ones may be dropped)
   * @param whitening applied to the kept features before the flow, or null
   * @param threshold the score above which a row is flagged
   * @param falseAlarmRate the target false-alarm rate the threshold was set for
   */
  public FlowDetector(Cinn model, List<String> featureNames, int[] kept, Whitening whitening, double threshold,
      double falseAlarmRate) {
    if (model.conditionDimension() != 0) {
      throw new IllegalArgumentException("a detector flow is unconditional, this one has a condition of width "
          + model.conditionDimension());
    }
    if (kept.length != model.dimension()) {
      throw new IllegalArgumentException(kept.length + " kept features for a flow of dimension " + model.dimension());
    }
    for (int k : kept) {
      if (k < 0 || k >= featureNames.size()) {
        throw new IllegalArgumentException("kept feature index " + k + " outside [0, " + featureNames.size() + ")");
      }
    }
    this.model = model;
    this.featureNames = List.copyOf(featureNames);
    this.kept = kept.clone();
    if (whitening != null && whitening.dimension() != kept.length) {
      throw new IllegalArgumentException("whitening of " + whitening.dimension() + " columns for " + kept.length + " features");
    }
    this.whitening = whitening;
    this.threshold = threshold;
    this.falseAlarmRate = falseAlarmRate;
  }

  /** @return the flow and the standardisation */
  public Cinn model() {
    return model;
  }

  /** @return the names of all input features */
  public List<String> featureNames() {
    return featureNames;
  }

  /** @return the indices of the modelled features */
  public int[] kept() {
    return kept.clone();
  }

  /** @return the whitening in front of the flow, or null */
  public Whitening whitening() {
    return whitening;
  }

  /** @return the names of the dropped (constant) features */
  public List<String> droppedFeatures() {
    List<String> out = new ArrayList<>(featureNames);
    for (int k : kept) {
      out.set(k, null);
    }
    out.removeIf(s -> s == null);
    return out;
  }

  /** @return the score threshold */
  public double threshold() {
    return threshold;
  }

  /** @return the false-alarm rate the threshold was chosen for */
  public double falseAlarmRate() {
    return falseAlarmRate;
  }

  /** @return a detector with another threshold */
  public FlowDetector withThreshold(double t, double rate) {
    return new FlowDetector(model, featureNames, kept, whitening, t, rate);
  }

  /** @return the kept (and whitened) columns of {@code x}, after checking its width and finiteness */
  Matrix select(Matrix x) {
    if (x.cols() != featureNames.size()) {
      throw new ShapeMismatchException("data has " + x.cols() + " features, the detector expects " + featureNames.size(),
          new int[] {featureNames.size()}, new int[] {x.cols()});
    }
    NonFiniteException.check(x, "data to score");
    Matrix out = Matrix.zeros(Precision.FLOAT64, x.rows(), kept.length);
    for (int r = 0; r < x.rows(); r++) {
      for (int j = 0; j < kept.length; j++) {
        out.set(r, j, x.get(r, kept[j]));
      }
    }
    return whitening == null ? out : whitening.apply(out);
  }

  /**
   * @param x rows, shape [n, featureNames().size()]
   * @return the negative log-likelihood of each row, in nats (higher is more anomalous)
   */
  public double[] score(Matrix x) {
    double[] lp = model.logDensity(select(x), Matrix.zeros(Precision.FLOAT64, x.rows(), 0));
    double logDet = whitening == null ? 0 : whitening.logDet();
    for (int i = 0; i < lp.length; i++) {
      lp[i] = -lp[i] - logDet;
    }
    return lp;
  }

  /**
   * @param x rows, shape [n, featureNames().size()]
   * @return the latent norm ‖f(u)‖ of each row
   */
  public double[] latentNorm(Matrix x) {
    Matrix xs = select(x);
    int n = xs.rows();
    int d = kept.length;
    ParameterSpace space = model.xSpace();
    Precision p = model.flow().parameters().precision();
    Matrix u = Matrix.zeros(p, n, d);
    space.toFlow(xs, u);
    Matrix z = Matrix.zeros(p, n, d);
    Workspace ws = model.newWorkspace();
    model.flow().forward(u, null, z, new double[n], ws);
    double[] out = new double[n];
    for (int r = 0; r < n; r++) {
      double sq = 0;
      for (int j = 0; j < d; j++) {
        sq += z.get(r, j) * z.get(r, j);
      }
      out[r] = Math.sqrt(sq);
    }
    return out;
  }

  /** @return whether each row's score exceeds the threshold */
  public boolean[] flag(Matrix x) {
    double[] s = score(x);
    boolean[] out = new boolean[s.length];
    for (int i = 0; i < s.length; i++) {
      out[i] = s[i] > threshold;
    }
    return out;
  }

  @Override
  public void close() {
    model.close();
  }
}
