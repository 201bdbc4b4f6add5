package org.inversesuite.cli.table;

import java.util.Collections;
import java.util.List;
import org.inversesuite.core.baseline.AutoencoderTraining;
import org.inversesuite.core.baseline.ConditionalVae;
import org.inversesuite.core.baseline.ConditionalVaeConfig;
import org.inversesuite.core.baseline.ConditionalVaeTraining;
import org.inversesuite.core.baseline.GeneticInversion;
import org.inversesuite.core.baseline.GeneticInversionConfig;
import org.inversesuite.core.baseline.InvertibleAutoencoderConfig;
import org.inversesuite.core.baseline.IterativeInversion;
import org.inversesuite.core.baseline.IterativeInversionConfig;
import org.inversesuite.core.baseline.LatentAutoencoder;
import org.inversesuite.core.baseline.LatentPriorConfig;
import org.inversesuite.core.baseline.MixtureDensityNetwork;
import org.inversesuite.core.baseline.MixtureDensityTraining;
import org.inversesuite.core.baseline.NetworkRecipe;
import org.inversesuite.core.block.AffineCouplingConfig;
import org.inversesuite.core.block.InvertibleResidualConfig;
import org.inversesuite.core.block.ResidualLogDet;
import org.inversesuite.core.block.RqSplineCouplingConfig;
import org.inversesuite.core.cycle.CycleConfig;
import org.inversesuite.core.cycle.CycleTraining;
import org.inversesuite.core.flow.ConditionNetworkConfig;
import org.inversesuite.core.flow.FlowConfig;
import org.inversesuite.core.flow.FlowPresets;
import org.inversesuite.core.flow.Normalization;
import org.inversesuite.core.infer.CinnTraining;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;
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
        BenchmarkMethod.of("GA inversion", MethodRegistry::geneticInversion),
        BenchmarkMethod.of("autoencoder", MethodRegistry::autoencoder),
        BenchmarkMethod.of("invertible autoencoder", MethodRegistry::invertibleAutoencoder),
        BenchmarkMethod.of("RQ spline coupling", MethodRegistry::splineCoupling),
        BenchmarkMethod.of("i-ResNet", MethodRegistry::invertibleResidual),
        BenchmarkMethod.of("INN", InnMethod::train));
  }

  /** 6 GLOW couplings with subnets of 2 × 128 ReLU and random permutations, as the IK reference. */
  static BenchmarkMethod.Trained cinn(InverseProblem problem, TrainingBudget budget) {
    FlowConfig flow = FlowConfig.couplingChain(problem.xDimension(), problem.yDimension(), 6,
        AffineCouplingConfig.defaults());
    return flow(problem, budget, flow);
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

  /** Forward network of 3 tanh layers of 128; Gauss–Newton to ‖r‖ ≤ 0.003 from prior starts, 8 restart rounds. */
  static BenchmarkMethod.Trained iterativeInversion(InverseProblem problem, TrainingBudget budget) {
    IterativeInversion inversion = IterativeInversion.train(problem, problem.prior(), recipe(budget),
        IterativeInversionConfig.defaults());
    return new BenchmarkMethod.Trained(inversion, inversion.parameterCount());
  }

  /** No training: 60 generations on the true forward model, tolerance 0.02 σ_y. */
  static BenchmarkMethod.Trained geneticInversion(InverseProblem problem, TrainingBudget budget) {
    return new BenchmarkMethod.Trained(new GeneticInversion(problem.prior(), problem.forward(),
        GeneticInversionConfig.defaults(), new Rng(budget.seed())), 0);
  }

  /** Kruse's autoencoder: encoder x → [ŷ, z], decoder [y, z] → x (3 × 128 ReLU each), MMD latent prior. */
  static BenchmarkMethod.Trained autoencoder(InverseProblem problem, TrainingBudget budget) {
    LatentAutoencoder ae = AutoencoderTraining.latent(problem, recipe(budget),
        LatentPriorConfig.defaults(problem.xDimension(), problem.yDimension()));
    return new BenchmarkMethod.Trained(ae, ae.parameterCount());
  }

  /** Teng's invertible autoencoder: one tied stack x → 128 → 128 → 128 → [ŷ, z], decoded by Wᵀ. */
  static BenchmarkMethod.Trained invertibleAutoencoder(InverseProblem problem, TrainingBudget budget) {
    LatentAutoencoder iae = AutoencoderTraining.invertible(problem, recipe(budget),
        InvertibleAutoencoderConfig.defaults(problem.xDimension(), problem.yDimension()));
    return new BenchmarkMethod.Trained(iae, iae.parameterCount());
  }

  /** 6 rational-quadratic spline couplings (8 bins on [−8, 8], subnets 2 × 128 ReLU) with random permutations. */
  static BenchmarkMethod.Trained splineCoupling(InverseProblem problem, TrainingBudget budget) {
    return flow(problem, budget, FlowPresets.splineCoupling(problem.xDimension(), problem.yDimension(), 6,
        RqSplineCouplingConfig.defaults()));
  }

  /** 6 conditional i-ResNet blocks (2 × 64 ELU, Lipschitz 0.8, exact log-det, inverse to 1e-5). */
  static BenchmarkMethod.Trained invertibleResidual(InverseProblem problem, TrainingBudget budget) {
    InvertibleResidualConfig block = new InvertibleResidualConfig(MlpConfig.of(64, 2, Activation.ELU), 0.8, 200,
        ResidualLogDet.EXACT, 10, 1, 1e-5, 1000, budget.seed());
    return flow(problem, budget, new FlowConfig(problem.xDimension(), problem.yDimension(),
        Collections.nCopies(6, block), ConditionNetworkConfig.none()));
  }

  private static BenchmarkMethod.Trained flow(InverseProblem problem, TrainingBudget budget, FlowConfig flow) {
    TrainingConfig recipe = TrainingConfig.defaults().withIterations(budget.steps()).withBatchSize(budget.batchSize())
        .withSeed(budget.seed()).withThreads(budget.threads()).withValidation(0, budget.steps(), 0);
    var trained = CinnTraining.online(problem, flow, recipe, Normalization.STANDARDIZE, TrainingListener.NONE);
    return new BenchmarkMethod.Trained(trained.cinn(), trained.cinn().flow().parameters().size());
  }

  private static NetworkRecipe recipe(TrainingBudget budget) {
    return NetworkRecipe.defaults().withSteps(budget.steps()).withSeed(budget.seed())
        .withBatchSize(budget.batchSize());
  }
}
