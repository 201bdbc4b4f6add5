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
 * A trained anomaly detector: an ensemble of K unconditional flows {@code z = f_k(w_k)}, each on
 * the kept features whitened by its own {@link Whitening} {@code w_k = W_k (x_K − μ_k)/σ_k}
 * (a member without whitening sees the features as they are). Member k models
 * log p_k(x_K) = log N(f_k(w_k); 0, I) + log|det J_{f_k}(w_k)| + log|det ∂w_k/∂x|, and the
 * anomaly score of a row is the negative log-likelihood of the ensemble as an equally weighted
 * mixture of its members,
 * \[ s(x) = -\log \tfrac1K \textstyle\sum_{k=1}^K p_k(x_K), \]
 * computed as a log-sum-exp (K = 1: the NLL of the single flow). Each member is fitted without
 * one fold, so the mixture is the bagged (cross-fitted) density estimate, itself a normalised
 * density; by Jensen's inequality s(x) is at most the members' mean NLL (the former score).
 * A row is flagged when {@code s(x) > threshold}, the
 * threshold being the (1 − α)-quantile of the scores of held-out normal rows for the target
 * false-alarm rate α (Schirrmeister et al. 2020, arXiv:2006.10848; averaging members trained on
 * different folds: Lakshminarayanan et al. 2017, "Simple and scalable predictive uncertainty
 * estimation using deep ensembles"). The mean latent norm ‖f_k(w_k)‖ over the members is offered
 * as a second score.
 *
 * <p>Immutable apart from the models' thread pools; close it when done. Not safe for concurrent calls.
 */
public final class FlowDetector implements AutoCloseable {
  /**
   * One flow of the ensemble.
   *
   * @param model the flow with the standardisation of its input (condition width 0)
   * @param whitening applied to the kept features before the flow, or null
   */
  public record Member(Cinn model, Whitening whitening) {
    /** Checks that the flow is unconditional and the whitening fits it. */
    public Member {
      if (model.conditionDimension() != 0) {
        throw new IllegalArgumentException("a detector flow is unconditional, this one has a condition of width "
            + model.conditionDimension());
      }
      if (whitening != null && whitening.dimension() != model.dimension()) {
        throw new IllegalArgumentException("whitening of " + whitening.dimension() + " columns for a flow of dimension "
            + model.dimension());
      }
    }

    /** @return log p_k of each row of the kept (not yet whitened) features */
    double[] logDensity(Matrix keptColumns) {
      Matrix w = whitening == null ? keptColumns : whitening.apply(keptColumns);
      double[] lp = model.logDensity(w, Matrix.zeros(Precision.FLOAT64, w.rows(), 0));
      double logDet = whitening == null ? 0 : whitening.logDet();
      for (int i = 0; i < lp.length; i++) {
        lp[i] += logDet;
      }
      return lp;
    }

    /** @return ‖f_k(w_k)‖ of each row of the kept features */
    double[] latentNorm(Matrix keptColumns) {
      Matrix xs = whitening == null ? keptColumns : whitening.apply(keptColumns);
      int n = xs.rows();
      int d = xs.cols();
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
  }

  private final List<Member> members;
  private final List<String> featureNames;
  private final int[] kept;
  private final double threshold;
  private final double falseAlarmRate;

  /** A detector of one flow. */
  public FlowDetector(Cinn model, List<String> featureNames, int[] kept, Whitening whitening, double threshold,
      double falseAlarmRate) {
    this(List.of(new Member(model, whitening)), featureNames, kept, threshold, falseAlarmRate);
  }

  /**
   * @param members the flows of the ensemble (at least one), all of dimension {@code kept.length}
   * @param featureNames the names of all input features, in order
   * @param kept indices of the features the flows model (constant ones may be dropped)
   * @param threshold the score above which a row is flagged
   * @param falseAlarmRate the target false-alarm rate the threshold was set for
   */
  public FlowDetector(List<Member> members, List<String> featureNames, int[] kept, double threshold,
      double falseAlarmRate) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a detector needs at least one flow");
    }
    for (Member m : members) {
      if (kept.length != m.model().dimension()) {
        throw new IllegalArgumentException(kept.length + " kept features for a flow of dimension " + m.model().dimension());
      }
    }
    for (int k : kept) {
      if (k < 0 || k >= featureNames.size()) {
        throw new IllegalArgumentException("kept feature index " + k + " outside [0, " + featureNames.size() + ")");
      }
    }
    this.members = List.copyOf(members);
    this.featureNames = List.copyOf(featureNames);
    this.kept = kept.clone();
    this.threshold = threshold;
    this.falseAlarmRate = falseAlarmRate;
  }

  /** @return the flows of the ensemble */
  public List<Member> members() {
    return members;
  }

  /** @return the first member's flow and standardisation */
  public Cinn model() {
    return members.get(0).model();
  }

  /** @return the names of all input features */
  public List<String> featureNames() {
    return featureNames;
  }

  /** @return the indices of the modelled features */
  public int[] kept() {
    return kept.clone();
  }

  /** @return the whitening in front of the first member's flow, or null */
  public Whitening whitening() {
    return members.get(0).whitening();
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
    return new FlowDetector(members, featureNames, kept, t, rate);
  }

  /** @return the kept columns of {@code x}, after checking its width and finiteness */
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
    return out;
  }

  /**
   * @param x rows, shape [n, featureNames().size()]
   * @return the negative log-likelihood of each row under the mixture of the members,
   *     −log((1/K) Σ_k p_k(x)), in nats (higher is more anomalous)
   */
  public double[] score(Matrix x) {
    return mixture(memberScores(x));
  }

  /**
   * @param nll −log p_k(x_i), member k first
   * @return −log((1/K) Σ_k p_k(x_i)) per row, by log-sum-exp (finite whenever one member's NLL is)
   */
  public static double[] mixture(double[][] nll) {
    double[] out = new double[nll[0].length];
    for (int i = 0; i < out.length; i++) {
      double max = Double.NEGATIVE_INFINITY;
      for (double[] m : nll) {
        max = Math.max(max, -m[i]);
      }
      double acc = 0;
      for (double[] m : nll) {
        acc += Math.exp(-m[i] - max);
      }
      out[i] = -(max + Math.log(acc / nll.length));
    }
    return out;
  }

  /**
   * @param nll −log p_k(x_i), member k first
   * @return (1/K) Σ_k −log p_k(x_i) per row: the members' NLL averaged in log space (the former score)
   */
  public static double[] logSpaceMean(double[][] nll) {
    double[] out = new double[nll[0].length];
    for (double[] member : nll) {
      for (int i = 0; i < out.length; i++) {
        out[i] += member[i] / nll.length;
      }
    }
    return out;
  }

  /**
   * @param x rows, shape [n, featureNames().size()]
   * @return −log p_k(x) of each member k (first index) and row, in nats
   */
  public double[][] memberScores(Matrix x) {
    Matrix xs = select(x);
    double[][] out = new double[members.size()][];
    for (int k = 0; k < out.length; k++) {
      out[k] = members.get(k).logDensity(xs);
      for (int i = 0; i < out[k].length; i++) {
        out[k][i] = -out[k][i];
      }
    }
    return out;
  }

  /**
   * @param x rows, shape [n, featureNames().size()]
   * @return the latent norm ‖f_k(w_k)‖ of each row, averaged over the members
   */
  public double[] latentNorm(Matrix x) {
    Matrix xs = select(x);
    double[] out = new double[xs.rows()];
    for (Member m : members) {
      double[] norm = m.latentNorm(xs);
      for (int i = 0; i < out.length; i++) {
        out[i] += norm[i] / members.size();
      }
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
    for (Member m : members) {
      m.model().close();
    }
  }
}
