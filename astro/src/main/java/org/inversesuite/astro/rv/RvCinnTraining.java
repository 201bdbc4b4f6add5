package org.inversesuite.astro.rv;

import org.inversesuite.core.block.AffineCouplingConfig;
import org.inversesuite.core.block.ClampActivation;
import org.inversesuite.core.block.CouplingForm;
import org.inversesuite.core.flow.ConditionNetworkConfig;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.FlowConfig;
import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.infer.CinnTraining;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.BoundedTransform;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.train.BatchSource;
import org.inversesuite.core.train.Trainer;
import org.inversesuite.core.train.TrainingConfig;
import org.inversesuite.core.train.TrainingListener;
import org.inversesuite.core.train.TrainingResult;

/**
 * Trains the RV cINN online: every step draws fresh systems from the {@link PaddedRvSimulator}
 * (each with its own number of epochs, times and error bars). x is mapped to ℝ⁷ by the prior's
 * box support (logit per coordinate) and standardised on 10,000 prior draws; y is the padded set,
 * not standardised (the encoding scales it). Streams are named as in {@link CinnTraining}.
 */
public final class RvCinnTraining {
  private RvCinnTraining() {
  }

  /** @return the box [lower, upper] of the prior's parameters, in {@link RvParameters#NAMES} order */
  public static BoundedTransform support(RvPriorConfig p) {
    double twoPi = 2 * Math.PI;
    return new BoundedTransform(
        new double[] {p.periodMin(), 0, 0, 0, 0, p.systemicMin(), 0},
        new double[] {p.periodMax(), p.semiAmplitudeMax(), p.eccentricityMax(), twoPi, twoPi, p.systemicMax(),
            p.jitterMax()});
  }

  /** @return the flow architecture for sets of the simulator's encoding */
  public static FlowConfig flowConfig(RvCinnConfig model, RvSetEncoding encoding) {
    FlowConfig chain = FlowConfig.couplingChain(RvParameters.DIMENSION, encoding.width(), model.couplings(),
        new AffineCouplingConfig(CouplingForm.GLOW, ClampActivation.ATAN, 2.0, model.subnet()));
    return chain.withConditionNetwork(ConditionNetworkConfig.set(model.summaryFeatures(), model.summary(),
        encoding.slots(), RvSetEncoding.ELEMENT_WIDTH, encoding.globalWidth()));
  }

  /** Trains a cINN with a set summary network on fresh simulations. */
  public static CinnTraining.Trained online(PaddedRvSimulator simulator, RvPriorConfig prior, RvCinnConfig model,
      TrainingConfig recipe, TrainingListener listener) {
    Rng seed = new Rng(recipe.seed());
    Batch sample = simulator.simulate(2_000, seed.stream("normalization"));
    ParameterSpace xSpace = ParameterSpace.fit(support(prior), sample.x());
    Standardization yNorm = Standardization.identity(simulator.yDimension());
    Flow flow = Flow.build(flowConfig(model, simulator.encoding()), Precision.FLOAT32, seed.stream("model"), true);
    Batch validation = recipe.validationSize() > 0
        ? simulator.simulate(recipe.validationSize(), seed.stream("validation")) : null;
    TrainingResult result = new Trainer(recipe, Kernels.FASTEST).train(flow, Trainer.Inputs.of(xSpace, yNorm,
        new BatchSource.Online(simulator, seed.stream("training")), validation, listener));
    return new CinnTraining.Trained(new Cinn(flow, xSpace, yNorm, recipe.threads()), result);
  }
}
