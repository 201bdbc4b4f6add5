package org.inversesuite.cli.experiment;

import java.util.List;
import org.inversesuite.core.block.AffineCouplingConfig;
import org.inversesuite.core.block.BlockConfig;
import org.inversesuite.core.block.PermutationConfig;
import org.inversesuite.core.flow.ConditionNetworkConfig;
import org.inversesuite.core.flow.FlowConfig;
import org.inversesuite.core.flow.Normalization;
import org.inversesuite.core.train.TrainingConfig;

/**
 * One reproducible experiment: the problem, the architecture, the training recipe and the
 * evaluation. Read from a JSON file in {@code experiments/}; together with its seed it
 * determines the run.
 *
 * @param name a short name, used for the run folder
 * @param problem id of a built-in problem (see {@code inverse list})
 * @param flow the architecture
 * @param normalization whether x and y are standardised
 * @param training the recipe, including the seed
 * @param evaluation how the posterior is judged
 * @param checkpointInterval steps between checkpoints of the training state ({@code inverse resume})
 */
public record ExperimentConfig(String name, String problem, FlowConfig flow, Normalization normalization,
    TrainingConfig training, EvaluationConfig evaluation, int checkpointInterval) {
  /** Validates the values. */
  public ExperimentConfig {
    if (name == null || !name.matches("[A-Za-z0-9._-]{1,80}")) {
      throw new IllegalArgumentException("name must be 1-80 letters, digits, '.', '_' or '-', got '" + name + "'");
    }
    if (problem == null || problem.isBlank()) {
      throw new IllegalArgumentException("problem is required");
    }
    if (flow == null || normalization == null || training == null || evaluation == null) {
      throw new IllegalArgumentException("flow, normalization, training and evaluation are required");
    }
    if (checkpointInterval < 1) {
      throw new IllegalArgumentException("checkpointInterval must be >= 1, got " + checkpointInterval);
    }
  }

  /**
   * The permutations of the PyTorch reference ({@code numpy RandomState(k).permutation(4)}, as
   * FrEIA's PermuteRandom(seed=k)), so that the default run has the reference's architecture.
   */
  static final List<List<Integer>> REFERENCE_PERMUTATIONS = List.of(List.of(2, 3, 1, 0), List.of(3, 2, 0, 1),
      List.of(2, 3, 1, 0), List.of(3, 1, 0, 2), List.of(0, 1, 3, 2), List.of(0, 1, 2, 3), List.of(0, 3, 1, 2),
      List.of(2, 1, 0, 3));

  /**
   * @return the embedded default: the inverse-kinematics cINN of the reference script (8 Glow
   *     couplings with ATAN clamp 2, subnets 128-128 ReLU, the reference permutations, raw
   *     values, 12,000 Adam steps of 512 with cosine decay, seed 1234)
   */
  public static ExperimentConfig inverseKinematicsDefault() {
    AffineCouplingConfig coupling = AffineCouplingConfig.defaults();
    java.util.ArrayList<BlockConfig> blocks = new java.util.ArrayList<>();
    for (List<Integer> p : REFERENCE_PERMUTATIONS) {
      blocks.add(coupling);
      blocks.add(new PermutationConfig(p));
    }
    FlowConfig flow = new FlowConfig(4, 2, blocks, ConditionNetworkConfig.none());
    return new ExperimentConfig("ik-cinn", "inverse-kinematics", flow, Normalization.NONE, TrainingConfig.defaults(),
        EvaluationConfig.defaults(), 1000);
  }

  /** @return a copy with another training recipe */
  public ExperimentConfig withTraining(TrainingConfig t) {
    return new ExperimentConfig(name, problem, flow, normalization, t, evaluation, checkpointInterval);
  }

  /** @return a copy with another evaluation */
  public ExperimentConfig withEvaluation(EvaluationConfig e) {
    return new ExperimentConfig(name, problem, flow, normalization, training, e, checkpointInterval);
  }

  /** @return a copy with another name */
  public ExperimentConfig withName(String n) {
    return new ExperimentConfig(n, problem, flow, normalization, training, evaluation, checkpointInterval);
  }
}
