package org.inversesuite.core.train;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.tensor.Matrix;

/**
 * Everything a training run carries from one step to the next besides the model parameters:
 * the optimiser, the loss curve, the early-stopping bookkeeping and the elapsed time. Together
 * with the parameters it is a checkpoint; since the batch of step t depends only on the seed
 * and t ({@link BatchSource}), resuming from it reproduces the uninterrupted run exactly.
 * Mutable; owned by one run.
 */
public final class TrainingState {
  final AdamW adam;
  final List<TrainingResult.Point> history;
  int iteration;
  double best;
  int bestIteration;
  Matrix bestParameters;
  int sinceBest;
  double runLoss;
  int runCount;
  double elapsedSeconds;

  /** A fresh state for a model with {@code parameterCount} parameters. */
  public TrainingState(TrainingConfig config, int parameterCount) {
    this.adam = new AdamW(parameterCount, config.beta1(), config.beta2(), config.epsilon(), config.weightDecay());
    this.history = new ArrayList<>();
    this.best = Double.POSITIVE_INFINITY;
  }

  /**
   * Restores a saved state.
   *
   * @param snapshot the scalar fields as saved by {@link #snapshot()}
   * @param bestParameters the parameters of the best validation, or null
   */
  public static TrainingState restore(TrainingConfig config, Snapshot snapshot, double[] adamFirst, double[] adamSecond,
      Matrix bestParameters) {
    TrainingState s = new TrainingState(config, adamFirst.length);
    s.adam.restore(snapshot.adamSteps(), adamFirst, adamSecond);
    s.history.addAll(snapshot.history());
    s.iteration = snapshot.iteration();
    s.best = snapshot.best();
    s.bestIteration = snapshot.bestIteration();
    s.bestParameters = bestParameters == null ? null : bestParameters.copy();
    s.sinceBest = snapshot.sinceBest();
    s.runLoss = snapshot.runLoss();
    s.runCount = snapshot.runCount();
    s.elapsedSeconds = snapshot.elapsedSeconds();
    return s;
  }

  /**
   * The scalar part of a state, as stored in checkpoint metadata (JSON).
   *
   * @param iteration updates done
   * @param adamSteps Adam's step counter
   * @param history loss curve so far
   * @param best best validation loss (infinity if none yet)
   * @param bestIteration updates behind the best validation
   * @param sinceBest validations since the best
   * @param runLoss sum of training losses since the last curve point
   * @param runCount steps since the last curve point
   * @param elapsedSeconds wall time spent so far, over all sessions
   */
  public record Snapshot(int iteration, long adamSteps, List<TrainingResult.Point> history, double best,
      int bestIteration, int sinceBest, double runLoss, int runCount, double elapsedSeconds) {
    /** Copies the history. */
    public Snapshot {
      history = List.copyOf(history);
    }
  }

  /** @return the scalar part */
  public Snapshot snapshot() {
    return new Snapshot(iteration, adam.steps(), history, best, bestIteration, sinceBest, runLoss, runCount,
        elapsedSeconds);
  }

  /** @return updates done */
  public int iteration() {
    return iteration;
  }

  /** @return Adam's first moments (shared) */
  public double[] adamFirstMoment() {
    return adam.firstMoment();
  }

  /** @return Adam's second moments (shared) */
  public double[] adamSecondMoment() {
    return adam.secondMoment();
  }

  /** @return the parameters of the best validation, or null */
  public Matrix bestParameters() {
    return bestParameters;
  }
}
