package org.inversesuite.core.train;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.flow.RowParallel;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.NonFiniteException;

/**
 * Trains a {@link Flow} by maximum likelihood ({@link NllObjective}) with {@link AdamW}, global
 * gradient-norm clipping, a learning-rate schedule, periodic validation and early stopping.
 *
 * <p>Every step: draw a batch from the {@link BatchSource}, normalise it, split it over the
 * threads, sum the gradients, clip, update. A NaN or infinite loss or gradient stops training
 * before the update, so the parameters stay those of the last good step; the result names the
 * iteration. With early stopping the parameters of the best validation are restored.
 */
public final class Trainer {
  private final TrainingConfig config;
  private final Kernels kernels;

  /** @param kernels the dense kernels (FASTEST for real runs, REFERENCE for exact tests) */
  public Trainer(TrainingConfig config, Kernels kernels) {
    this.config = config;
    this.kernels = kernels;
  }

  /** @return the recipe */
  public TrainingConfig config() {
    return config;
  }

  private static void normalise(Matrix raw, Standardization norm, Matrix out, String what) {
    NonFiniteException.check(raw, what);
    norm.apply(raw, out);
  }

  /**
   * Runs the recipe.
   *
   * @param flow the flow, parameters initialised; trained in place
   * @param xNorm normalisation of x (identity for none)
   * @param yNorm normalisation of y
   * @param source training batches
   * @param validation held-out rows, or null
   * @param initialiseFromData true to run data-dependent initialisation (ActNorm) on the first batch
   */
  public TrainingResult train(Flow flow, Standardization xNorm, Standardization yNorm, BatchSource source,
      Batch validation, boolean initialiseFromData, TrainingListener listener) {
    if (source.xDimension() != flow.dimension() || source.yDimension() != flow.conditionDimension()) {
      throw new org.inversesuite.core.tensor.ShapeMismatchException("data has x of width " + source.xDimension()
          + " and y of width " + source.yDimension() + ", the flow expects " + flow.dimension() + " and "
          + flow.conditionDimension(), new int[] {flow.dimension(), flow.conditionDimension()},
          new int[] {source.xDimension(), source.yDimension()});
    }
    var precision = flow.parameters().precision();
    int b = config.batchSize();
    Matrix xb = Matrix.zeros(precision, b, flow.dimension());
    Matrix yb = Matrix.zeros(precision, b, flow.conditionDimension());
    Matrix xv = null;
    Matrix yv = null;
    if (validation != null && validation.size() > 0) {
      xv = Matrix.zeros(precision, validation.size(), flow.dimension());
      yv = Matrix.zeros(precision, validation.size(), flow.conditionDimension());
      normalise(validation.x(), xNorm, xv, "validation data x");
      normalise(validation.y(), yNorm, yv, "validation data y");
    }
    Matrix params = flow.parameters().values();
    AdamW adam = new AdamW(params.size(), config.beta1(), config.beta2(), config.epsilon(), config.weightDecay());
    List<TrainingResult.Point> history = new ArrayList<>();
    listener.started(config, params.size());
    long start = System.nanoTime();
    double best = Double.POSITIVE_INFINITY;
    int bestIteration = 0;
    Matrix bestParams = null;
    int sinceBest = 0;
    double runLoss = 0;
    int runCount = 0;
    TrainingResult.StopReason reason = TrainingResult.StopReason.COMPLETED;
    String message = "completed " + config.iterations() + " iterations";
    int it = 0;
    try (RowParallel parallel = new RowParallel(flow.parameters(), config.threads(), kernels)) {
      NllObjective objective = new NllObjective(flow, parallel);
      for (; it < config.iterations(); it++) {
        Batch batch = source.next(b);
        normalise(batch.x(), xNorm, xb, "training data x (iteration " + it + ")");
        normalise(batch.y(), yNorm, yb, "training data y (iteration " + it + ")");
        if (it == 0 && initialiseFromData) {
          flow.initialiseFromData(xb, yb, parallel.workspace(0));
        }
        double lr = config.learningRate(it);
        double loss = objective.lossAndGradient(xb, yb);
        Matrix grads = objective.gradients();
        double norm = Gradients.norm(grads);
        if (!Double.isFinite(loss) || !Double.isFinite(norm)) {
          reason = TrainingResult.StopReason.NON_FINITE;
          message = (Double.isFinite(loss) ? "gradient norm is " + norm : "loss is " + loss) + " at iteration " + it
              + "; stopped and kept the parameters of iteration " + (it - 1);
          break;
        }
        if (config.clipNorm() > 0 && norm > config.clipNorm()) {
          Gradients.scale(grads, config.clipNorm() / norm);
        }
        adam.update(params, grads, lr);
        listener.iteration(it, loss, lr);
        runLoss += loss;
        runCount++;
        boolean last = it == config.iterations() - 1;
        if ((it + 1) % config.validationInterval() == 0 || last) {
          double val = xv == null ? Double.NaN : objective.loss(xv, yv);
          double seconds = (System.nanoTime() - start) * 1e-9;
          history.add(new TrainingResult.Point(it + 1, runLoss / runCount, val, lr, seconds));
          runLoss = 0;
          runCount = 0;
          if (xv != null) {
            boolean improved = val < best;
            listener.validated(it + 1, val, improved);
            if (improved) {
              best = val;
              bestIteration = it + 1;
              sinceBest = 0;
              if (config.earlyStoppingPatience() > 0) {
                bestParams = params.copy();
              }
            } else if (config.earlyStoppingPatience() > 0 && ++sinceBest >= config.earlyStoppingPatience()) {
              reason = TrainingResult.StopReason.EARLY_STOPPED;
              message = "validation loss did not improve for " + sinceBest + " validations; stopped at iteration "
                  + (it + 1) + ", kept iteration " + bestIteration;
              it++;
              break;
            }
          }
        }
      }
    }
    boolean restore = bestParams != null && reason != TrainingResult.StopReason.NON_FINITE;
    if (restore) {
      flow.parameters().assign(bestParams);
    }
    TrainingResult result = new TrainingResult(it, reason, message, history, restore ? bestIteration : it,
        xv == null ? Double.NaN : best, (System.nanoTime() - start) * 1e-9);
    listener.finished(result);
    return result;
  }
}
