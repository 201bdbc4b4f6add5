package org.inversesuite.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inversesuite.cli.experiment.ExperimentConfig;
import org.inversesuite.cli.experiment.ExperimentFiles;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.io.CinnStore;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Precision;

/**
 * A run folder without training whose model samples exactly the prior of the inverse-kinematics
 * problem, times a width factor: a freshly initialised flow is the identity (zero-initialised
 * coupling outputs; permutations keep N(0, I)), and the x-normalisation N(0, (factor·σ_prior)²)
 * turns its latent draws into x. Under SBC the prior is a calibrated posterior (truths and
 * samples come from the same distribution); factor 0.5 makes it twice too narrow.
 */
final class PriorModelRun {
  static final double[] PRIOR_STD = {0.25, 0.5, 0.5, 0.5};

  private PriorModelRun() {}

  /** @return the folder, with config.json and model.inn */
  static Path create(Path folder, double widthFactor) throws Exception {
    ExperimentConfig config = ExperimentFiles.withOverrides(ExperimentConfig.inverseKinematicsDefault(), List.of(
        "name=prior-model", "evaluation.observations=1", "evaluation.samplesPerObservation=200",
        "evaluation.abcEpsilon=0.05", "training.threads=1"));
    Files.createDirectories(folder);
    Files.write(folder.resolve("config.json"), Json.mapper().writeValueAsBytes(config));
    double[] std = PRIOR_STD.clone();
    for (int j = 0; j < std.length; j++) {
      std[j] *= widthFactor;
    }
    Flow flow = Flow.build(config.flow(), Precision.FLOAT32, new Rng(3), true);
    try (Cinn cinn = new Cinn(flow, ParameterSpace.of(org.inversesuite.core.problem.BoundedTransform.unbounded(4))
        .withStandardization(new Standardization(new double[4], std)), Standardization.identity(2), 1)) {
      CinnStore.save(folder.resolve("model.inn"), cinn, null);
    }
    return folder;
  }
}
