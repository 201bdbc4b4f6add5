package org.inversesuite.core.cycle;

import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.FlowPresets;
import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.InverseProblem;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.NonFiniteException;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.train.AdamW;
import org.inversesuite.core.train.TrainingConfig;

/**
 * Trains a conditional masked autoregressive flow q(x | y) ({@link FlowPresets#maf}: layers ×
 * [MAF, random permutation]) on fresh simulations of an inverse problem with the loss of
 * {@link CycleObjective}, F being the problem's own forward model ({@link SimulatorResimulation}).
 * The recipe's iterations, batch size, Adam settings, learning-rate schedule, clipping and seed
 * apply; validation and threads do not (one thread, the cycle term's LU solves are per row).
 * Streams from the seed: "normalization" (fit of x and y standardisation on 10,000 draws, as
 * {@link org.inversesuite.core.infer.CinnTraining}), "model", "training" and "cycle" (the z of
 * the cycle rows), so λ = 0 trains exactly the flow that λ &gt; 0 starts from, on the same data.
 */
public final class CycleTraining {
  private static final int FIT_SIZE = 10_000;

  private CycleTraining() {}

  /**
   * A trained model.
   *
   * @param cinn the flow with its normalisations, a {@link org.inversesuite.core.infer.PosteriorEstimator}
   * @param finalTerms the loss terms averaged over the last tenth of training
   */
  public record Trained(Cinn cinn, CycleObjective.Terms finalTerms) {}

  /**
   * @throws NonFiniteException naming the step when the loss or the gradient is not finite
   */
  public static Trained online(InverseProblem problem, CycleConfig config, TrainingConfig recipe) {
    Rng seed = new Rng(recipe.seed());
    Batch fit = problem.simulate(FIT_SIZE, seed.stream("normalization"));
    ParameterSpace xSpace = ParameterSpace.fit(problem.prior().support(), fit.x());
    Standardization yNorm = Standardization.fit(fit.y());
    Precision precision = Precision.FLOAT32;
    Flow flow = Flow.build(FlowPresets.maf(problem.xDimension(), problem.yDimension(), config.layers(), config.layer()),
        precision, seed.stream("model"), true);
    CycleObjective objective = new CycleObjective(flow,
        new SimulatorResimulation(problem.forward(), xSpace, yNorm, config.differenceStep()), config.cycleWeight());
    Workspace ws = new Workspace(flow.parameters(), Kernels.FASTEST.create(precision));
    AdamW adam = new AdamW(flow.parameters().size(), recipe.beta1(), recipe.beta2(), recipe.epsilon(),
        recipe.weightDecay());
    Rng training = seed.stream("training");
    Rng cycle = seed.stream("cycle");
    int b = recipe.batchSize();
    int m = Math.min(config.cycleRows(), b);
    Matrix u = Matrix.zeros(precision, b, problem.xDimension());
    Matrix y = Matrix.zeros(precision, b, problem.yDimension());
    Matrix z = Matrix.zeros(precision, m, problem.xDimension());
    int tail = Math.max(1, recipe.iterations() / 10);
    double likelihood = 0;
    double resimulation = 0;
    for (int t = 0; t < recipe.iterations(); t++) {
      Batch batch = problem.simulate(b, training.stream(t));
      xSpace.toFlow(batch.x(), u);
      yNorm.apply(batch.y(), y);
      Rng noise = cycle.stream(t);
      for (int i = 0; i < z.size(); i++) {
        z.set(i, noise.gaussian());
      }
      ws.zeroGradients();
      CycleObjective.Terms terms = objective.lossAndGradient(u, y, z, ws);
      Matrix g = ws.gradients();
      double norm = norm(g);
      if (!Double.isFinite(terms.total()) || !Double.isFinite(norm)) {
        throw new NonFiniteException("cycle-flow training at step " + t + " (loss " + terms.total() + ", gradient norm "
            + norm + ")", t, -1, Double.isFinite(terms.total()) ? norm : terms.total());
      }
      if (recipe.clipNorm() > 0 && norm > recipe.clipNorm()) {
        double factor = recipe.clipNorm() / norm;
        for (int i = 0; i < g.size(); i++) {
          g.set(i, g.get(i) * factor);
        }
      }
      adam.update(flow.parameters().values(), g, recipe.learningRate(t));
      if (t >= recipe.iterations() - tail) {
        likelihood += terms.likelihood() / tail;
        resimulation += terms.cycle() / tail;
      }
    }
    return new Trained(new Cinn(flow, xSpace, yNorm, recipe.threads()), new CycleObjective.Terms(likelihood,
        resimulation));
  }

  private static double norm(Matrix g) {
    double sum = 0;
    for (int i = 0; i < g.size(); i++) {
      sum += g.get(i) * g.get(i);
    }
    return Math.sqrt(sum);
  }
}
