package org.inversesuite.spark.infer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inversesuite.core.block.AffineCouplingConfig;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.FlowConfig;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.io.CinnStore;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.data.benchmark.InverseKinematics;

/** A small randomly initialised IK cINN written as a model file (inference does not care whether it is trained). */
final class TestModels {
  private TestModels() {}

  static ModelInfo ik(Path dir) throws IOException {
    Path file = dir.resolve("model.inn");
    Flow flow = Flow.build(FlowConfig.couplingChain(4, 2, 2, AffineCouplingConfig.defaults()), Precision.FLOAT32,
        new Rng(5), true);
    try (Cinn cinn = new Cinn(flow, ParameterSpace.identity(4), Standardization.identity(2), 1)) {
      CinnStore.save(file, cinn, Json.mapper().createObjectNode());
    }
    return new ModelInfo(Files.readAllBytes(file), InverseKinematics.PARAMETER_NAMES,
        InverseKinematics.OBSERVATION_NAMES, file.toString());
  }
}
