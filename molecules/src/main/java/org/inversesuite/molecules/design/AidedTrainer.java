package org.inversesuite.molecules.design;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.inn.InverseBackprop;
import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.flow.RowParallel;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.nn.Workspace;
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
 * Trains a conditional flow on the likelihood (or {@link ConditionContrastObjective} when the
 * contrast is active) plus, when active, the {@link LogPCycle} term on designs, with the recipe of core's
 * {@code Trainer}: AdamW, the learning-rate schedule, global gradient-norm clipping, ActNorm
 * initialisation on the first batch, a plain NLL on the validation batch every interval (so curves
 * compare with maximum-likelihood runs), and a stop that keeps the last good parameters on a
 * non-finite loss. No early stopping and no checkpoints. The shifts of the wrong candidates come from
 * the stream "contrast" of the recipe's seed, the cycle latents from the stream "cycle".
 */
public final class AidedTrainer {
  private final TrainingConfig recipe;
  private final ContrastConfig contrast;
  private final LogPCycle cycle;
  private final SoftLogP predictor;

  /**
   * @param recipe steps, batch, optimiser, schedule, clipping, validation interval, threads, seed
   * @param contrast λ, K and σ (inactive: the plain likelihood)
   * @param cycle μ, m, interval and τ (inactive: no cycle term)
   * @param predictor g of the cycle term (null when the cycle is inactive)
   */
  public AidedTrainer(TrainingConfig recipe, ContrastConfig contrast, LogPCycle cycle, SoftLogP predictor) {
    if (!contrast.active() && !cycle.active()) {
      throw new IllegalArgumentException("the aided trainer needs a contrast or a cycle term; use core's Trainer otherwise");
    }
    if (cycle.active() && predictor == null) {
      throw new IllegalArgumentException("the cycle term needs a logP predictor");
    }
    this.recipe = recipe;
    this.contrast = contrast;
    this.cycle = cycle;
    this.predictor = predictor;
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
    if (cycle.active() && !xSpace.support().isIdentity()) {
      throw new IllegalArgumentException("the cycle term needs an unbounded x (its chain rule is the standardisation's)");
    }
    if (cycle.active() && predictor.dimension() != flow.dimension()) {
      throw new IllegalArgumentException("the logP predictor reads " + predictor.dimension() + " columns, the flow has "
          + flow.dimension());
    }
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
    Rng cycleRng = new Rng(recipe.seed()).stream("cycle");
    AdamW adam = new AdamW(flow.parameters().size(), recipe.beta1(), recipe.beta2(), recipe.epsilon(), recipe.weightDecay());
    Matrix params = flow.parameters().values();
    listener.started(recipe, params.size());
    List<TrainingResult.Point> history = new ArrayList<>();
    long start = System.nanoTime();
    TrainingResult.StopReason reason = TrainingResult.StopReason.COMPLETED;
    String message = "completed " + recipe.iterations() + " iterations (contrast λ " + contrast.weight() + ", K " + k
        + ", σ " + contrast.scale() + "; cycle μ " + cycle.weight() + ", m " + cycle.rows() + " every " + cycle.interval()
        + ", τ " + cycle.tau() + ")";
    int done = 0;
    double best = Double.NaN;
    double runLoss = 0;
    int runCount = 0;
    try (RowParallel parallel = new RowParallel(flow.parameters(), recipe.threads(), kernels)) {
      ConditionContrastObjective objective = contrast.active() ? new ConditionContrastObjective(flow, parallel, contrast) : null;
      NllObjective nll = new NllObjective(flow, parallel);
      for (int it = 0; it < recipe.iterations(); it++) {
        Batch batch = source.batch(it, b);
        NonFiniteException.check(batch.x(), "training data x (iteration " + it + ")");
        xSpace.toFlow(batch.x(), xb);
        yNorm.apply(batch.y(), yb);
        if (it == 0) {
          flow.initialiseFromData(xb, yb, parallel.workspace(0));
        }
        double lr = recipe.learningRate(it);
        double loss;
        Matrix grads;
        if (objective != null) {
          for (int i = 0; i < shifts.size(); i++) {
            shifts.set(i, sigma * rng.gaussian());
          }
          loss = objective.lossAndGradient(xb, yb, shifts);
          grads = objective.gradients();
        } else {
          loss = nll.lossAndGradient(xb, yb);
          grads = nll.gradients();
        }
        if (cycle.active() && it % cycle.interval() == 0) {
          loss += cycleTerm(flow, xSpace, yb, batch.y(), parallel.workspace(0), cycleRng);
        }
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

  /**
   * Adds μ/m Σ (g(x̂_r) − logP_r)² and its parameter gradient (into {@code ws}, whose gradients hold the
   * batch's) for the first m conditions of the batch.
   *
   * @return the term's value
   */
  private double cycleTerm(Flow flow, ParameterSpace xSpace, Matrix yb, Matrix rawY, Workspace ws, Rng rng) {
    int m = Math.min(cycle.rows(), yb.rows());
    int d = flow.dimension();
    int c = yb.cols();
    Matrix yc = yb.like(m, c);
    yc.copyRows(yb, 0, 0, m);
    Matrix z = yb.like(m, d);
    for (int i = 0; i < z.size(); i++) {
      z.set(i, rng.gaussian());
    }
    InverseBackprop pass = InverseBackprop.run(flow, z, yc, ws);
    Matrix xHat = pass.output();
    Matrix raw = xSpace.fromFlow(xHat);
    double[] scale = xSpace.standardization().std();
    double[] gradient = new double[d];
    Matrix dxHat = yb.like(m, d);
    double loss = 0;
    for (int r = 0; r < m; r++) {
      double error = predictor.value(raw, r, gradient) - rawY.get(r * c);
      loss += cycle.weight() * error * error / m;
      double a = 2 * cycle.weight() * error / m;
      for (int j = 0; j < d; j++) {
        dxHat.set(r * d + j, a * gradient[j] * scale[j]);
      }
    }
    pass.backward(dxHat, ws);
    return loss;
  }

  private static double norm(Matrix g) {
    double s = 0;
    for (int i = 0; i < g.size(); i++) {
      s += g.get(i) * g.get(i);
    }
    return Math.sqrt(s);
  }
}
