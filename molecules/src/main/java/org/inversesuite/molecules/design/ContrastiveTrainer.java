package org.inversesuite.molecules.design;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.flow.RowParallel;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.NonFiniteException;
import org.inversesuite.core.train.AdamW;
import org.inversesuite.core.train.BatchSource;
import org.inversesuite.core.train.NllObjective;
import org.inversesuite.core.train.TrainingConfig;
import org.inversesuite.core.train.TrainingListener;
import org.inversesuite.core.train.TrainingResult;

/**
 * Trains a conditional flow on {@link ConditionContrastObjective} with the recipe of core's
 * {@code Trainer}: AdamW, the learning-rate schedule, global gradient-norm clipping, ActNorm
 * initialisation on the first batch, a plain NLL on the validation batch every interval (so curves
 * compare with maximum-likelihood runs), and a stop that keeps the last good parameters on a
 * non-finite loss. No early stopping and no checkpoints. The shifts of the wrong candidates come from
 * the stream "contrast" of the recipe's seed.
 */
public final class ContrastiveTrainer {
  private final TrainingConfig recipe;
  private final ContrastConfig contrast;

  /**
   * @param recipe steps, batch, optimiser, schedule, clipping, validation interval, threads, seed
   * @param contrast λ, K and σ; it must be active
   */
  public ContrastiveTrainer(TrainingConfig recipe, ContrastConfig contrast) {
    if (!contrast.active()) {
      throw new IllegalArgumentException("the contrastive trainer needs a positive contrast weight");
    }
    this.recipe = recipe;
    this.contrast = contrast;
  }

  /**
   * @param validation held-out rows in raw units (may be null)
   * @return the run, as core's Trainer reports it (validation losses are plain NLL)
   */
  public TrainingResult train(Flow flow, ParameterSpace xSpace, Standardization yNorm, BatchSource source,
      Batch validation, TrainingListener listener, Kernels kernels) {
    var precision = flow.parameters().precision();
    int b = recipe.batchSize();
    int k = contrast.candidates();
    double sigma = contrast.scale() / yNorm.std()[0];
    Matrix xb = Matrix.zeros(precision, b, flow.dimension());
    Matrix yb = Matrix.zeros(precision, b, flow.conditionDimension());
    Matrix shifts = Matrix.zeros(precision, b, k - 1);
    Matrix xv = null;
    Matrix yv = null;
    if (validation != null && validation.size() > 0) {
      xv = Matrix.zeros(precision, validation.size(), flow.dimension());
      yv = Matrix.zeros(precision, validation.size(), flow.conditionDimension());
      xSpace.toFlow(validation.x(), xv);
      yNorm.apply(validation.y(), yv);
    }
    Rng rng = new Rng(recipe.seed()).stream("contrast");
    AdamW adam = new AdamW(flow.parameters().size(), recipe.beta1(), recipe.beta2(), recipe.epsilon(), recipe.weightDecay());
    Matrix params = flow.parameters().values();
    listener.started(recipe, params.size());
    List<TrainingResult.Point> history = new ArrayList<>();
    long start = System.nanoTime();
    TrainingResult.StopReason reason = TrainingResult.StopReason.COMPLETED;
    String message = "completed " + recipe.iterations() + " iterations (contrast λ " + contrast.weight() + ", K " + k
        + ", σ " + contrast.scale() + ")";
    int done = 0;
    double best = Double.NaN;
    double runLoss = 0;
    int runCount = 0;
    try (RowParallel parallel = new RowParallel(flow.parameters(), recipe.threads(), kernels)) {
      ConditionContrastObjective objective = new ConditionContrastObjective(flow, parallel, contrast);
      NllObjective nll = new NllObjective(flow, parallel);
      for (int it = 0; it < recipe.iterations(); it++) {
        Batch batch = source.batch(it, b);
        NonFiniteException.check(batch.x(), "training data x (iteration " + it + ")");
        xSpace.toFlow(batch.x(), xb);
        yNorm.apply(batch.y(), yb);
        if (it == 0) {
          flow.initialiseFromData(xb, yb, parallel.workspace(0));
        }
        for (int i = 0; i < shifts.size(); i++) {
          shifts.set(i, sigma * rng.gaussian());
        }
        double lr = recipe.learningRate(it);
        double loss = objective.lossAndGradient(xb, yb, shifts);
        Matrix grads = objective.gradients();
        double norm = norm(grads);
        if (!Double.isFinite(loss) || !Double.isFinite(norm)) {
          reason = TrainingResult.StopReason.NON_FINITE;
          message = (Double.isFinite(loss) ? "gradient norm is " + norm : "loss is " + loss) + " at iteration " + it
              + "; stopped and kept the parameters of iteration " + (it - 1);
          break;
        }
        if (recipe.clipNorm() > 0 && norm > recipe.clipNorm()) {
          double f = recipe.clipNorm() / norm;
          for (int i = 0; i < grads.size(); i++) {
            grads.set(i, grads.get(i) * f);
          }
        }
        adam.update(params, grads, lr);
        done = it + 1;
        listener.iteration(it, loss, lr);
        runLoss += loss;
        runCount++;
        if (done % recipe.validationInterval() == 0 || done == recipe.iterations()) {
          double val = xv == null ? Double.NaN : nll.loss(xv, yv);
          history.add(new TrainingResult.Point(done, runLoss / runCount, val, lr, (System.nanoTime() - start) * 1e-9));
          runLoss = 0;
          runCount = 0;
          if (xv != null) {
            boolean improved = !(val >= best);
            best = improved ? val : best;
            listener.validated(done, val, improved);
          }
        }
      }
    }
    TrainingResult result = new TrainingResult(done, reason, message, history, done, best, (System.nanoTime() - start) * 1e-9);
    listener.finished(result);
    return result;
  }

  private static double norm(Matrix g) {
    double s = 0;
    for (int i = 0; i < g.size(); i++) {
      s += g.get(i) * g.get(i);
    }
    return Math.sqrt(s);
  }
}
