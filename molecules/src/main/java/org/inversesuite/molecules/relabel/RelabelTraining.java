package org.inversesuite.molecules.relabel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.train.TrainingListener;
import org.inversesuite.molecules.design.Condition;
import org.inversesuite.molecules.design.DesignConfig;
import org.inversesuite.molecules.design.DesignTraining;
import org.inversesuite.molecules.design.Example;
import org.inversesuite.molecules.design.LogPBalance;
import org.inversesuite.molecules.design.MoleculeDesigner;
import org.inversesuite.molecules.design.MoleculeSampler;
import org.inversesuite.molecules.design.MoleculeSet;
import org.inversesuite.molecules.design.SelfiesRepresentation;
import org.inversesuite.molecules.design.TrainingAids;
import org.inversesuite.molecules.evaluation.DesignEvaluation;
import org.inversesuite.molecules.logp.LogPCalculator;
import org.inversesuite.molecules.logp.LogPMethod;
import org.inversesuite.molecules.selfies.SelfiesDecoder;

/**
 * Self-training by hindsight relabelling. The designer is first trained as usual
 * ({@link DesignTraining}); then each round draws designs from the current model
 * ({@link RelabelledDesigns}), adds the kept (row, true logP) pairs to a pool, and continues training
 * ({@link DesignTraining#resume}) on batches that mix the data and the pool:
 * \[ p(i) = \frac{1-\rho}{N_{data}} \text{ for a training molecule}, \qquad
 *    p(j) = \frac{\rho}{N_{pool}} \text{ for a relabelled pair}, \]
 * so the pool never holds more than ρ of a batch, however large it grows. Every pair is an exact sample
 * of the conditional density at its own logP, so the likelihood sharpens p(x | y) where the model
 * actually puts its designs. Random streams: "relabel-designs-r" and "relabel-training-r" from the recipe's seed.
 */
public final class RelabelTraining {
  private RelabelTraining() {}

  /** Progress of the rounds. */
  public interface Listener {
    /** @return the listener of round {@code round}'s training ({@code steps} steps); round 0 is the ordinary training */
    default TrainingListener training(int round, int steps) {
      return new TrainingListener() {};
    }

    /** Called after a round has drawn its designs. */
    default void relabelled(RelabelledDesigns.Round report, int poolSize) {}
  }

  /**
   * @param trained the ordinary training's result; its designer is trained further, in place
   * @param rounds what each round drew and kept
   * @param pool every pair kept
   */
  public record Result(DesignTraining.Trained trained, List<RelabelledDesigns.Round> rounds, List<Example> pool) {}

  /**
   * @param set the molecules
   * @param config architecture and recipe (the recipe's seed seeds the rounds too)
   * @param aids the training aids; their contrast and cycle terms are kept in the rounds; random orders and
   *     re-weighting cannot be combined with relabelling
   * @param relabelling the rounds
   */
  public static Result train(MoleculeSet set, DesignConfig config, TrainingAids aids, Relabelling relabelling, Listener listener) {
    if (relabelling.active()) {
      if (aids.randomOrders() > 0 || aids.balance().active()) {
        throw new IllegalArgumentException("relabelling cannot be combined with random SELFIES orders or logP re-weighting");
      }
      if (config.condition() != Condition.LOGP) {
        throw new IllegalArgumentException("relabelling needs a designer conditioned on logP alone, got " + config.condition().names());
      }
    }
    DesignTraining.Trained trained = DesignTraining.train(set, config, aids,
        listener.training(0, config.training().iterations()));
    MoleculeDesigner designer = trained.designer();
    double[] range = DesignEvaluation.trainingRange(trained.trainingSet());
    Set<String> seen = new HashSet<>();
    trained.trainingSet().forEach(e -> seen.add(e.smiles()));
    trained.heldOut().forEach(e -> seen.add(e.smiles()));
    Rng seed = new Rng(config.training().seed());
    SelfiesDecoder decoder = SelfiesDecoder.defaults();
    LogPCalculator logP = LogPMethod.WILDMAN_CRIPPEN.newCalculator();
    List<Example> pool = new ArrayList<>();
    List<RelabelledDesigns.Round> rounds = new ArrayList<>();
    for (int r = 1; r <= relabelling.rounds(); r++) {
      RelabelledDesigns.Draw draw = RelabelledDesigns.draw(designer, range[0], range[1], relabelling.designs(),
          relabelling.temperature(), r, seen, seed.stream("relabel-designs-" + r), decoder, logP);
      pool.addAll(draw.pairs());
      rounds.add(draw.report());
      listener.relabelled(draw.report(), pool.size());
      if (pool.isEmpty()) {
        continue;
      }
      MoleculeSampler sampler = mixed(designer.representation(), trained.trainingSet(), pool,
          poolWeights(pool, range, relabelling.balance()), relabelling.share());
      DesignTraining.resume(designer, config, aids, sampler, relabelling.steps(), seed.stream("relabel-training-" + r),
          listener.training(r, relabelling.steps()));
    }
    return new Result(trained, rounds, pool);
  }

  /** @return the pool's {@link LogPBalance} weights with exponent α, logP clamped to [range[0], range[1]] */
  static double[] poolWeights(List<Example> pool, double[] range, double alpha) {
    List<Example> clamped = new ArrayList<>(pool.size());
    for (Example e : pool) {
      double y = Math.min(range[1], Math.max(range[0], e.logP()));
      clamped.add(new Example(e.id(), e.record(), e.line(), e.smiles(), List.of(), new double[] {y}));
    }
    return new LogPBalance(alpha, 0.5).weights(clamped);
  }

  /**
   * @param poolWeights relative weights of the pool's pairs (summing to the pool's size)
   * @return a sampler serving the data uniformly with total weight 1 − ρ and the pool with total weight ρ
   */
  static MoleculeSampler mixed(SelfiesRepresentation representation, List<Example> data, List<Example> pool, double[] poolWeights,
      double share) {
    List<Example> all = new ArrayList<>(data.size() + pool.size());
    all.addAll(data);
    all.addAll(pool);
    double[] weights = new double[all.size()];
    Arrays.fill(weights, 0, data.size(), (1 - share) / data.size());
    for (int j = 0; j < pool.size(); j++) {
      weights[data.size() + j] = share * poolWeights[j] / pool.size();
    }
    return new MoleculeSampler(representation, all, all.stream().map(e -> List.of(e.selfies())).toList(), weights);
  }
}
