package org.inversesuite.astro.rv;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.block.BlockConfig;
import org.inversesuite.core.block.PermutationConfig;
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
import org.inversesuite.core.problem.Simulator;
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
 * box support (logit per coordinate) and standardised on 2,000 simulated draws; y is the padded set,
 * not standardised (the encoding scales it). With a centred {@link PeriodCoordinate} the flow
 * learns (u(P, y), K, …) instead ({@link PeriodCentredSimulator}; u unbounded), with an
 * {@link AngleCoordinate} other than BOX columns 2–4 are (h, k, λ) or, for ANGLE_PAIRS, the five columns
 * (e, two angle pairs) ({@link AngleCoordinateSimulator}),
 * and {@link RvPosterior} maps its samples back. Streams are named as in {@link CinnTraining}.
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

  /**
   * @return the box of the flow's parameters: {@link #support(RvPriorConfig)}, with the period
   *     column unbounded for a centred coordinate
   */
  public static BoundedTransform support(RvPriorConfig p, PeriodCoordinate period) {
    return support(p, period, AngleCoordinate.BOX);
  }

  /**
   * @return the box of the flow's parameters: {@link #support(RvPriorConfig, PeriodCoordinate)},
   *     with columns 2–4 replaced by the box of the {@link AngleCoordinate} (5 columns for
   *     {@link AngleCoordinate#ANGLE_PAIRS}, the later ones shifted)
   */
  public static BoundedTransform support(RvPriorConfig p, PeriodCoordinate period, AngleCoordinate angles) {
    BoundedTransform box = support(p);
    double[] lower = box.lower();
    double[] upper = box.upper();
    if (period.centred()) {
      lower[0] = Double.NEGATIVE_INFINITY;
      upper[0] = Double.POSITIVE_INFINITY;
    }
    return new BoundedTransform(splice(lower, angles.box(p.eccentricityMax())[0]),
        splice(upper, angles.box(p.eccentricityMax())[1]));
  }

  /** @return the 7 values with columns 2–4 replaced by the angle coordinate's */
  private static double[] splice(double[] parameters, double[] angleColumns) {
    int c = AngleCoordinate.FIRST_COLUMN;
    double[] out = new double[parameters.length - 3 + angleColumns.length];
    System.arraycopy(parameters, 0, out, 0, c);
    System.arraycopy(angleColumns, 0, out, c, angleColumns.length);
    System.arraycopy(parameters, c + 3, out, c + angleColumns.length, parameters.length - c - 3);
    return out;
  }

  /** @return the flow architecture for sets of the simulator's encoding: couplings × [coupling, random permutation] */
  public static FlowConfig flowConfig(RvCinnConfig model, RvSetEncoding encoding) {
    List<BlockConfig> blocks = new ArrayList<>();
    for (int i = 0; i < model.couplings(); i++) {
      blocks.add(model.coupling().block(model.subnet()));
      blocks.add(PermutationConfig.random());
    }
    // PEAK_MIXTURE: the slot's condition columns follow the periodogram features as further global features
    int slotColumns = model.period().mixture() ? PeriodSlots.CONDITION_WIDTH : 0;
    FlowConfig chain = new FlowConfig(model.angles().flowDimension(), encoding.width() + slotColumns, blocks,
        ConditionNetworkConfig.none());
    return chain.withConditionNetwork(ConditionNetworkConfig.set(model.summaryFeatures(), model.summary(),
        encoding.slots(), RvSetEncoding.ELEMENT_WIDTH, encoding.globalWidth() + slotColumns));
  }

  /**
   * A trained RV model.
   *
   * @param cinn the flow
   * @param slots the slot classifier of {@link PeriodCoordinate#PEAK_MIXTURE}, else null
   * @param result the flow's training record
   */
  public record Trained(Cinn cinn, SlotClassifier slots, TrainingResult result) {
  }

  /** Hidden width of the slot classifier. */
  static final int CLASSIFIER_WIDTH = 64;
  /** Hidden layers of the slot classifier. */
  static final int CLASSIFIER_LAYERS = 2;

  /**
   * Trains a cINN with a set summary network on fresh simulations.
   *
   * @throws IllegalArgumentException for {@link PeriodCoordinate#PEAK_MIXTURE}, which also trains a classifier: use
   *     {@link #train}
   */
  public static CinnTraining.Trained online(PaddedRvSimulator simulator, RvPriorConfig prior, RvCinnConfig model,
      TrainingConfig recipe, TrainingListener listener) {
    if (model.period().mixture()) {
      throw new IllegalArgumentException("the period coordinate " + model.period() + " trains a slot classifier too: "
          + "use RvCinnTraining.train");
    }
    Trained t = train(simulator, prior, model, recipe, listener);
    return new CinnTraining.Trained(t.cinn(), t.result());
  }

  /**
   * Trains a cINN with a set summary network on fresh simulations and, for {@link PeriodCoordinate#PEAK_MIXTURE}, the
   * slot classifier on the same simulated batches (one Adam step per training batch, the flow's learning rate and
   * step count, stream "slots" for its initial weights).
   */
  public static Trained train(PaddedRvSimulator simulator, RvPriorConfig prior, RvCinnConfig model,
      TrainingConfig recipe, TrainingListener listener) {
    Rng seed = new Rng(recipe.seed());
    PeriodMixtureSimulator mixture = model.period().mixture() ? new PeriodMixtureSimulator(simulator) : null;
    Simulator centred = mixture != null ? mixture
        : model.period().centred() ? new PeriodCentredSimulator(simulator, model.period()) : simulator;
    Simulator pairs = model.angles() == AngleCoordinate.BOX ? centred
        : new AngleCoordinateSimulator(centred, model.angles(), prior.eccentricityMax());
    Batch sample = pairs.simulate(2_000, seed.stream("normalization"));
    ParameterSpace xSpace = ParameterSpace.fit(support(prior, model.period(), model.angles()), sample.x());
    Standardization yNorm = Standardization.identity(pairs.yDimension());
    Flow flow = Flow.build(flowConfig(model, simulator.encoding()), Precision.FLOAT32, seed.stream("model"), true);
    Batch validation = recipe.validationSize() > 0
        ? pairs.simulate(recipe.validationSize(), seed.stream("validation")) : null;
    SlotClassifierTraining classifier = null;
    if (mixture != null) { // after the normalisation and validation draws: only training batches teach π
      classifier = new SlotClassifierTraining(SlotClassifier.initial(SlotFeatures.width(model.periodogram()),
          CLASSIFIER_WIDTH, CLASSIFIER_LAYERS, seed.stream("slots")), recipe.learningRate(), recipe.iterations());
      SlotClassifierTraining sink = classifier;
      mixture.listen(b -> sink.step(b.features(), b.labels(), b.slots()));
    }
    TrainingResult result = new Trainer(recipe, Kernels.FASTEST).train(flow, Trainer.Inputs.of(xSpace, yNorm,
        new BatchSource.Online(pairs, seed.stream("training")), validation, listener));
    if (mixture != null) {
      mixture.listen(null);
    }
    return new Trained(new Cinn(flow, xSpace, yNorm, recipe.threads()), classifier == null ? null
        : classifier.classifier(), result);
  }
}
