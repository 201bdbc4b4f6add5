package org.inversesuite.cli.table;

import java.util.List;
import org.inversesuite.core.baseline.ConditionalVae;
import org.inversesuite.core.baseline.ConditionalVaeConfig;
import org.inversesuite.core.baseline.ConditionalVaeTraining;
import org.inversesuite.core.baseline.GeneticInversion;
import org.inversesuite.core.baseline.GeneticInversionConfig;
import org.inversesuite.core.baseline.IterativeInversion;
import org.inversesuite.core.baseline.MixtureDensityNetwork;
import org.inversesuite.core.baseline.MixtureDensityTraining;
import org.inversesuite.core.baseline.NetworkRecipe;
import org.inversesuite.core.block.AffineCouplingConfig;
import org.inversesuite.core.cycle.CycleConfig;
import org.inversesuite.core.cycle.CycleTraining;
import org.inversesuite.core.flow.FlowConfig;
import org.inversesuite.core.flow.Normalization;
import org.inversesuite.core.infer.CinnTraining;
import org.inversesuite.core.problem.InverseProblem;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.train.TrainingConfig;
import org.inversesuite.core.train.TrainingListener;

/**
 * The methods of the benchmark table, one line each. The rejection-ABC reference row is not a
 * trained method and is added by {@link BenchmarkTableRun}.
 */
public final class MethodRegistry {
  private MethodRegistry() {}

  /** @return every registered method, in table order */
  public static List<BenchmarkMethod> all() {
    return List.of(
        BenchmarkMethod.of("cINN", MethodRegistry::cinn),
        BenchmarkMethod.of("MAF", (problem, budget) -> maf(problem, budget, 0)),
        BenchmarkMethod.of("MAF + cycle", (problem, budget) -> maf(problem, budget, CycleConfig.defaults().cycleWeight())),
        BenchmarkMethod.of("MDN", MethodRegistry::mdn),
        BenchmarkMethod.of("cVAE", MethodRegistry::cvae),
        BenchmarkMethod.of("iterative inversion", MethodRegistry::iterativeInversion),
        BenchmarkMethod.of("GA inversion", MethodRegistry::geneticInversion));
  }

  /** 6 GLOW couplings with subnets of 2 × 128 ReLU and random permutations, as the IK reference. */
  static BenchmarkMethod.Trained cinn(InverseProblem problem, TrainingBudget budget) {
    FlowConfig flow = FlowConfig.couplingChain(problem.xDimension(), problem.yDimension(), 6,
        AffineCouplingConfig.defaults());
    TrainingConfig recipe = TrainingConfig.defaults().withIterations(budget.steps()).withBatchSize(budget.batchSize())
        .withSeed(budget.seed()).withThreads(budget.threads()).withValidation(0, budget.steps(), 0);
    var trained = CinnTraining.online(problem, flow, recipe, Normalization.STANDARDIZE, TrainingListener.NONE);
    return new BenchmarkMethod.Trained(trained.cinn(), trained.cinn().flow().parameters().size());
  }

  /**
   * 6 conditional MAF layers (MADE 2 × 128 ReLU) with random permutations, maximum likelihood plus
   * λ times the re-simulation error of samples through the true forward model (λ = 0: the same
   * flow and data without the cycle term).
   */
  static BenchmarkMethod.Trained maf(InverseProblem problem, TrainingBudget budget, double cycleWeight) {
    TrainingConfig recipe = TrainingConfig.defaults().withIterations(budget.steps()).withBatchSize(budget.batchSize())
        .withSeed(budget.seed()).withThreads(budget.threads());
    var trained = CycleTraining.online(problem, CycleConfig.defaults().withCycleWeight(cycleWeight), recipe);
    return new BenchmarkMethod.Trained(trained.cinn(), trained.cinn().flow().parameters().size());
  }

  /** 3 hidden layers of 128 ReLU, 8 diagonal Gaussian components. */
  static BenchmarkMethod.Trained mdn(InverseProblem problem, TrainingBudget budget) {
    MixtureDensityNetwork mdn = MixtureDensityTraining.train(problem, recipe(budget), 8);
    return new BenchmarkMethod.Trained(mdn, mdn.parameterCount());
  }

  /** Encoder and decoder of 3 hidden layers of 128 ReLU, latent as wide as x, s = 0.1. */
  static BenchmarkMethod.Trained cvae(InverseProblem problem, TrainingBudget budget) {
    ConditionalVae cvae = ConditionalVaeTraining.train(problem, recipe(budget),
        ConditionalVaeConfig.defaults(problem.xDimension()));
    return new BenchmarkMethod.Trained(cvae, cvae.parameterCount());
  }

  /** Forward network of 3 tanh layers of 128; 100 gradient steps of 0.05 per start. */
  static BenchmarkMethod.Trained iterativeInversion(InverseProblem problem, TrainingBudget budget) {
    IterativeInversion inversion = IterativeInversion.train(problem, problem.prior(), recipe(budget), 100, 0.05);
    return new BenchmarkMethod.Trained(inversion, inversion.parameterCount());
  }

  /** No training: 60 generations on the true forward model, tolerance 0.02 σ_y. */
  static BenchmarkMethod.Trained geneticInversion(InverseProblem problem, TrainingBudget budget) {
    return new BenchmarkMethod.Trained(new GeneticInversion(problem.prior(), problem.forward(),
        GeneticInversionConfig.defaults(), new Rng(budget.seed())), 0);
  }

  private static NetworkRecipe recipe(TrainingBudget budget) {
    return NetworkRecipe.defaults().withSteps(budget.steps()).withSeed(budget.seed())
        .withBatchSize(budget.batchSize());
  }
}
