package org.inversesuite.airfoil.design;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.inversesuite.core.block.AffineCouplingConfig;
import org.inversesuite.core.block.ClampActivation;
import org.inversesuite.core.block.CouplingForm;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.FlowConfig;
import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.io.CinnStore;
import org.inversesuite.core.io.ModelFormatException;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.train.BatchSource;
import org.inversesuite.core.train.Trainer;
import org.inversesuite.core.train.TrainingConfig;
import org.inversesuite.core.train.TrainingListener;
import org.inversesuite.core.train.TrainingResult;
import org.inversesuite.data.set.ArrayDataset;
import org.inversesuite.data.set.Splits;
import org.inversesuite.data.set.TrainValidation;

/**
 * A trained inverse-design model: the cINN q(CST coefficients | α, log₁₀Re, C_l, L/D, t_max), the
 * design space it was trained on (its box is the flow's support, so every proposal lies inside
 * it) and the training range of the condition. Saved as one model file (docs/model-format.md)
 * with the design space and the range under "run".
 *
 * @param cinn the posterior
 * @param space the design space
 * @param range the condition's training range
 */
public record DesignModel(Cinn cinn, DesignSpace space, TrainingRange range) {

  /**
   * @return the default architecture: 6 Glow couplings with 2x96 ReLU subnets and random
   *     permutations (~80k parameters: data sets here hold thousands, not millions, of designs,
   *     and a 300k-parameter flow memorised 600 designs within 500 steps)
   */
  public static FlowConfig defaultFlow(int shapeDimension) {
    AffineCouplingConfig coupling = new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.ATAN, 2.0,
        MlpConfig.of(96, 2, Activation.RELU));
    return FlowConfig.couplingChain(shapeDimension, DesignTarget.conditionNames().size(), 6, coupling);
  }

  /**
   * Trains on the usable designs of a data set: 10 % of the shapes held out for validation (with all
   * their angles in a data set of polars, so validation measures unseen shapes), x mapped through the
   * design box's support transform and standardised, y standardised, both fitted on the training part.
   */
  public static Trained train(DesignDataset data, FlowConfig flow, TrainingConfig recipe, TrainingListener listener) {
    ArrayDataset all = data.training();
    int[] shapes = data.usableShapes();
    int distinct = data.usableShapeCount();
    if (distinct < 20) {
      throw new IllegalArgumentException("only " + distinct + " shapes with usable results in the data set; train on at "
          + "least 20 (generate more with 'inverse airfoil dataset --rows')");
    }
    Rng seed = new Rng(recipe.seed());
    TrainValidation split = Splits.trainValidation(all, shapes, 0.1, seed.stream("split"));
    Batch train = split.train().batch(range(split.train().size()));
    Batch validation = split.validation().batch(range(split.validation().size()));
    ParameterSpace xSpace = ParameterSpace.fit(data.manifest().space().shapeSupport(), train.x());
    Standardization yNorm = Standardization.fit(train.y());
    Flow model = Flow.build(flow, Precision.FLOAT32, seed.stream("model"), true);
    TrainingResult result = new Trainer(recipe, Kernels.FASTEST).train(model, Trainer.Inputs.of(xSpace, yNorm,
        new BatchSource.Offline(new ArrayDataset(train.x(), train.y()), seed.stream("training")), validation,
        listener));
    DesignSpace space = data.manifest().space();
    TrainingRange range = TrainingRange.of(DesignTarget.conditionNames(), all.y())
        .withFlowRange(space.alphaLow(), space.alphaHigh(), Math.log10(space.reynoldsLow()),
            Math.log10(space.reynoldsHigh()));
    return new Trained(new DesignModel(new Cinn(model, xSpace, yNorm, recipe.threads()), data.manifest().space(),
        range), result);
  }

  /** A model with how its training went. */
  public record Trained(DesignModel model, TrainingResult result) {}

  /** Writes the model atomically, with {@code run} as extra metadata (may be null). */
  public void save(Path path, ObjectNode run) {
    ObjectNode meta = run == null ? Json.mapper().createObjectNode() : run.deepCopy();
    meta.put("task", "airfoil-design");
    meta.set("designSpace", Json.mapper().valueToTree(space));
    meta.set("trainingRange", Json.mapper().valueToTree(range));
    CinnStore.save(path, cinn, meta);
  }

  /**
   * Reads a model written by {@link #save}.
   *
   * @throws ModelFormatException if the file is not a valid model file or not an airfoil design model
   */
  public static DesignModel load(Path path, int threads) {
    Cinn cinn = CinnStore.load(path, threads);
    ObjectNode run = CinnStore.runMetadata(path);
    if (run == null || !"airfoil-design".equals(run.path("task").asText())) {
      cinn.close();
      throw new ModelFormatException(path, "a model file but not an airfoil design model (train one with "
          + "'inverse airfoil train')");
    }
    try {
      DesignSpace space = Json.mapper().treeToValue(run.get("designSpace"), DesignSpace.class);
      TrainingRange range = Json.mapper().treeToValue(run.get("trainingRange"), TrainingRange.class);
      return new DesignModel(cinn, space, range);
    } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
      cinn.close();
      throw new ModelFormatException(path, "unreadable design space or training range: " + e.getMessage());
    }
  }

  private static int[] range(int n) {
    int[] r = new int[n];
    for (int i = 0; i < n; i++) {
      r[i] = i;
    }
    return r;
  }
}
