package org.inversesuite.molecules.design;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.infer.Cinn;
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
import org.inversesuite.molecules.forward.SymbolCountRegressor;
import org.inversesuite.molecules.forward.SymbolNgramRegressor;
import org.inversesuite.molecules.forward.SymbolPairRegressor;

/**
 * Trains a {@link MoleculeDesigner} by maximum likelihood,
 * \( \min \mathbb E_{(x,y)}[\tfrac12\lVert f(x; y)\rVert^2 - \log|\det J_f|] \) over freshly
 * dequantised training molecules (Ardizzone et al. 2019). The random streams derive from the
 * recipe's seed: "split" (held-out molecules), "normalization", "model", "validation", "training".
 */
public final class DesignTraining {
  private static final int NORMALIZATION_ROWS = 2000;
  /** Ridge penalty of the pair surrogate (held-out R² 0.93 on NCI 5K at 1 and at 3). */
  private static final double PAIR_RIDGE = 3.0;
  /** Ridge penalty of the triple surrogate (held-out R² 0.95 on NCI 5K, docs/scripts/molecules_surrogate_r2.py). */
  private static final double TRIPLE_RIDGE = 10.0;

  private DesignTraining() {}

  /**
   * A trained designer with how its training went.
   *
   * @param designer the model (close it)
   * @param result the training curve and stop reason
   * @param trainingSet the molecules it was trained on
   * @param heldOut the molecules held out (validation, forward-model error)
   */
  public record Trained(MoleculeDesigner designer, TrainingResult result, List<Example> trainingSet, List<Example> heldOut) {}

  /**
   * @param set the molecules (its examples longer than the fitted row width are left out)
   * @param config architecture and recipe
   * @param listener progress
   */
  public static Trained train(MoleculeSet set, DesignConfig config, TrainingListener listener) {
    return train(set, config, TrainingAids.NONE, listener);
  }

  /**
   * As {@link #train(MoleculeSet, DesignConfig, TrainingListener)}, with the condition-contrast term
   * ({@link ConditionContrastObjective}) added to the likelihood when it is active, and with the
   * training molecules served as randomised SELFIES ({@link RandomisedSelfies}, stream "augmentation")
   * when {@code aids.randomOrders() > 0}, drawn with the {@link LogPBalance} weights when
   * {@code aids.balance()} is active, and with Gaussian noise on their logP condition
   * ({@link NoisyCondition}) when {@code aids.conditionNoise() > 0}. The held-out molecules, and the
   * rows the condition standardisation is fitted on, stay canonical, unweighted and noise-free.
   */
  public static Trained train(MoleculeSet set, DesignConfig config, TrainingAids aids, TrainingListener listener) {
    ContrastConfig contrast = aids.contrast();
    if (set.condition() != config.condition()) {
      throw new IllegalArgumentException("the molecules carry " + set.condition().names() + " but the config asks for "
          + config.condition().names());
    }
    SelfiesRepresentation representation = config.fitRepresentation(set);
    List<Example> usable = set.withMaxLength(representation.width()).examples();
    Rng seed = new Rng(config.training().seed());
    int[] order = seed.stream("split").permutation(usable.size());
    int held = (int) Math.round(config.validationFraction() * usable.size());
    if (usable.size() - held < 2) {
      throw new IllegalArgumentException(set.source() + ": " + usable.size() + " usable molecules leave " + (usable.size() - held)
          + " for training; at least 2 are needed (" + set.summary() + ")");
    }
    List<Example> heldOut = new ArrayList<>();
    List<Example> train = new ArrayList<>();
    for (int i = 0; i < order.length; i++) {
      (i < held ? heldOut : train).add(usable.get(order[i]));
    }
    MoleculeSampler sampler = aids.randomOrders() == 0 && !aids.balance().active() ? new MoleculeSampler(representation, train)
        : augmented(representation, train, aids, seed.stream("augmentation"));
    Batch norm = sampler.simulate(NORMALIZATION_ROWS, seed.stream("normalization"));
    ParameterSpace xSpace = ParameterSpace.fit(BoundedTransform.unbounded(representation.dimension()), norm.x());
    Standardization yNorm = Standardization.fit(norm.y());
    Flow flow = Flow.build(config.flow(representation.dimension()), Precision.FLOAT32, seed.stream("model"), true);
    Batch validation = heldOut.size() < 2 ? null
        : new MoleculeSampler(representation, heldOut).simulate(heldOut.size(), seed.stream("validation"));
    int interval = config.training().validationInterval();
    BatchSource source = new BatchSource.Online(noisy(sampler, aids), seed.stream("training"));
    TrainingResult result = aids.anyLossTerm()
        ? new AidedTrainer(config.training().withValidation(0, interval, 0), contrast, aids.cycle(),
            predictor(representation, train, aids.cycle())).train(flow, xSpace, yNorm, source, validation, listener,
            Kernels.FASTEST)
        : new Trainer(config.training().withValidation(0, interval, 0), Kernels.FASTEST).train(flow,
            Trainer.Inputs.of(xSpace, yNorm, source, validation, listener));
    int threads = config.training().threads();
    MoleculeDesigner designer = new MoleculeDesigner(new Cinn(flow, xSpace, yNorm, threads), representation,
        config.condition(), train, threads);
    return new Trained(designer, result, train, heldOut);
  }

  /**
   * Continues training a trained designer's flow in place for {@code steps} more steps on batches from
   * {@code sampler}: the same objective as {@link #train(MoleculeSet, DesignConfig, TrainingAids, TrainingListener)}
   * (its contrast and cycle terms, the cycle surrogate fitted on the designer's training molecules), a fresh
   * optimiser and learning-rate schedule, the original x and y standardisations, and no validation, so nothing
   * is rolled back. Used by self-training rounds that add relabelled designs to the batches.
   *
   * @param sampler the batches, in the designer's representation
   * @param rng the stream of the batches
   * @return the continuation's curve (training loss only)
   */
  public static TrainingResult resume(MoleculeDesigner designer, DesignConfig config, TrainingAids aids, MoleculeSampler sampler,
      int steps, Rng rng, TrainingListener listener) {
    Cinn cinn = designer.cinn();
    TrainingConfig recipe = config.training().withIterations(steps).withValidation(0, config.training().validationInterval(), 0);
    BatchSource source = new BatchSource.Online(noisy(sampler, aids), rng);
    return aids.anyLossTerm()
        ? new AidedTrainer(recipe, aids.contrast(), aids.cycle(), predictor(designer.representation(), designer.training(), aids.cycle()))
            .train(cinn.flow(), cinn.xSpace(), cinn.yNormalization(), source, null, listener, Kernels.FASTEST)
        : new Trainer(recipe, Kernels.FASTEST).train(cinn.flow(), Trainer.Inputs.of(cinn.xSpace(), cinn.yNormalization(), source,
            null, listener));
  }

  /** The training batches, with {@link NoisyCondition} when {@code aids.conditionNoise() > 0}. */
  private static Simulator noisy(MoleculeSampler sampler, TrainingAids aids) {
    return aids.conditionNoise() > 0 ? new NoisyCondition(sampler, aids.conditionNoise()) : sampler;
  }

  private static SoftLogP predictor(SelfiesRepresentation representation, List<Example> train, LogPCycle cycle) {
    if (!cycle.active()) {
      return null;
    }
    if (cycle.context() > 1) {
      if (!(representation instanceof LengthQuantileRepresentation q)) {
        throw new IllegalArgumentException("the pair and triple surrogates of the logP cycle need the LENGTH_QUANTILE "
            + "representation, got " + representation.kind());
      }
      return cycle.pairs() ? new SoftLengthPairLogP(q, SymbolPairRegressor.fit(q.alphabet(), train, PAIR_RIDGE), cycle.tau())
          : new SoftLengthNgramLogP(q, SymbolNgramRegressor.fit(q.alphabet(), train, 3, TRIPLE_RIDGE), cycle.tau());
    }
    SymbolCountRegressor ridge = SymbolCountRegressor.fit(representation.alphabet(), train, 1.0);
    if (representation instanceof QuantileRepresentation q) {
      return new SoftRidgeLogP(q, ridge, cycle.tau());
    }
    if (representation instanceof LengthQuantileRepresentation q) {
      return new SoftLengthRidgeLogP(q, ridge, cycle.tau());
    }
    throw new IllegalArgumentException("the logP cycle term needs the QUANTILE or LENGTH_QUANTILE representation, got "
        + representation.kind());
  }

  private static MoleculeSampler augmented(SelfiesRepresentation representation, List<Example> train, TrainingAids aids, Rng rng) {
    RandomisedSelfies randomiser = new RandomisedSelfies();
    List<List<List<String>>> strings = new ArrayList<>(train.size());
    for (Example e : train) {
      strings.add(aids.randomOrders() == 0 ? List.of(e.selfies()) : randomiser.variants(e, aids.randomOrders(), representation, rng));
    }
    return new MoleculeSampler(representation, train, strings, aids.balance().active() ? aids.balance().weights(train) : null);
  }
}
