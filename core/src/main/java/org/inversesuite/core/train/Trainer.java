package org.inversesuite.core.train;

import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.flow.RowParallel;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.NonFiniteException;
import org.inversesuite.core.tensor.ShapeMismatchException;

/**
 * Trains a {@link Flow} by maximum likelihood ({@link NllObjective}) with {@link AdamW}, global
 * gradient-norm clipping, a learning-rate schedule, periodic validation and early stopping.
 *
 * <p>Every step: take the step's batch from the {@link BatchSource}, normalise it, split it over
 * the threads, sum the gradients, clip, update. A NaN or infinite loss or gradient stops training
 * before the update, so the parameters stay those of the last good step; the result names the
 * iteration. With early stopping the parameters of the best validation are restored. A
 * {@link Checkpointer} is called every {@code checkpointInterval} steps and at the end; a run
 * resumed from its {@link TrainingState} continues exactly as the uninterrupted run would have.
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

  /** What a run trains on and how it reports; the same for a fresh and a resumed run. */
  public record Inputs(ParameterSpace xSpace, Standardization yNorm, BatchSource source, Batch validation,
      TrainingListener listener, Checkpointer checkpointer, int checkpointInterval) {
    /** Validates the interval. */
    public Inputs {
      if (checkpointInterval < 1) {
        throw new IllegalArgumentException("checkpointInterval must be >= 1, got " + checkpointInterval);
      }
    }

    /** @return inputs without checkpoints */
    public static Inputs of(ParameterSpace xSpace, Standardization yNorm, BatchSource source, Batch validation,
        TrainingListener listener) {
      return new Inputs(xSpace, yNorm, source, validation, listener, Checkpointer.NONE, Integer.MAX_VALUE);
    }
  }

  /** Trains from scratch, with data-dependent initialisation (ActNorm) on the first batch. */
  public TrainingResult train(Flow flow, Inputs in) {
    return run(flow, in, new TrainingState(config, flow.parameters().size()));
  }

  /** Continues a run from a checkpoint; {@code flow} holds the checkpoint's parameters. */
  public TrainingResult resume(Flow flow, Inputs in, TrainingState state) {
    return run(flow, in, state);
  }

  private static void normalise(Matrix raw, Standardization norm, Matrix out, String what) {
    NonFiniteException.check(raw, what);
    norm.apply(raw, out);
  }

  private static void normalise(Matrix raw, ParameterSpace space, Matrix out, String what) {
    NonFiniteException.check(raw, what);
    try {
      space.toFlow(raw, out);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
    }
  }

  private TrainingResult run(Flow flow, Inputs in, TrainingState s) {
    BatchSource source = in.source();
    if (source.xDimension() != flow.dimension() || source.yDimension() != flow.conditionDimension()) {
      throw new ShapeMismatchException("data has x of width " + source.xDimension() + " and y of width "
          + source.yDimension() + ", the flow expects " + flow.dimension() + " and " + flow.conditionDimension(),
          new int[] {flow.dimension(), flow.conditionDimension()}, new int[] {source.xDimension(), source.yDimension()});
    }
    var precision = flow.parameters().precision();
    int b = config.batchSize();
    Matrix xb = Matrix.zeros(precision, b, flow.dimension());
    Matrix yb = Matrix.zeros(precision, b, flow.conditionDimension());
    Matrix xv = null;
    Matrix yv = null;
    Batch validation = in.validation();
    if (validation != null && validation.size() > 0) {
      xv = Matrix.zeros(precision, validation.size(), flow.dimension());
      yv = Matrix.zeros(precision, validation.size(), flow.conditionDimension());
      normalise(validation.x(), in.xSpace(), xv, "validation data x");
      normalise(validation.y(), in.yNorm(), yv, "validation data y");
    }
    Matrix params = flow.parameters().values();
    in.listener().started(config, params.size());
    long start = System.nanoTime();
    double before = s.elapsedSeconds;
    TrainingResult.StopReason reason = TrainingResult.StopReason.COMPLETED;
    String message = "completed " + config.iterations() + " iterations";
    try (RowParallel parallel = new RowParallel(flow.parameters(), config.threads(), kernels)) {
      NllObjective objective = new NllObjective(flow, parallel);
      while (s.iteration < config.iterations()) {
        int it = s.iteration;
        Batch batch = source.batch(it, b);
        normalise(batch.x(), in.xSpace(), xb, "training data x (iteration " + it + ")");
        normalise(batch.y(), in.yNorm(), yb, "training data y (iteration " + it + ")");
        if (it == 0) {
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
        s.adam.update(params, grads, lr);
        s.iteration++;
        in.listener().iteration(it, loss, lr);
        s.runLoss += loss;
        s.runCount++;
        s.elapsedSeconds = before + (System.nanoTime() - start) * 1e-9;
        boolean last = s.iteration == config.iterations();
        if (s.iteration % config.validationInterval() == 0 || last) {
          if (validate(s, objective, xv, yv, lr, in.listener())) {
            reason = TrainingResult.StopReason.EARLY_STOPPED;
            message = "validation loss did not improve for " + s.sinceBest + " validations; stopped at iteration "
                + s.iteration + ", kept iteration " + s.bestIteration;
            break;
          }
        }
        if (s.iteration % in.checkpointInterval() == 0 && !last) {
          in.checkpointer().save(flow, s);
        }
      }
    }
    boolean restore = s.bestParameters != null && reason != TrainingResult.StopReason.NON_FINITE;
    in.checkpointer().save(flow, s);
    if (restore) {
      flow.parameters().assign(s.bestParameters);
    }
    TrainingResult result = new TrainingResult(s.iteration, reason, message, s.history,
        restore ? s.bestIteration : s.iteration, xv == null ? Double.NaN : s.best, s.elapsedSeconds);
    in.listener().finished(result);
    return result;
  }

  /** Adds a curve point and updates early stopping; @return true to stop. */
  private boolean validate(TrainingState s, NllObjective objective, Matrix xv, Matrix yv, double lr,
      TrainingListener listener) {
    double val = xv == null ? Double.NaN : objective.loss(xv, yv);
    s.history.add(new TrainingResult.Point(s.iteration, s.runLoss / s.runCount, val, lr, s.elapsedSeconds));
    s.runLoss = 0;
    s.runCount = 0;
    if (xv == null) {
      return false;
    }
    boolean improved = val < s.best;
    listener.validated(s.iteration, val, improved);
    if (improved) {
      s.best = val;
      s.bestIteration = s.iteration;
      s.sinceBest = 0;
      if (config.earlyStoppingPatience() > 0) {
        s.bestParameters = objective.flow().parameters().values().copy();
      }
      return false;
    }
    return config.earlyStoppingPatience() > 0 && ++s.sinceBest >= config.earlyStoppingPatience();
  }
}
