package org.inversesuite.molecules.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.inversesuite.core.random.Rng;
import org.inversesuite.molecules.design.Example;
import org.inversesuite.molecules.design.MoleculeDesigner;
import org.inversesuite.molecules.logp.LogPCalculator;
import org.inversesuite.molecules.logp.LogPMethod;
import org.inversesuite.molecules.selfies.SelfiesDecoder;

/**
 * The evaluation of a trained designer: for each target logP, n molecules from the cINN and
 * from the two baselines ({@link RandomSelfiesBaseline}, {@link NearTargetBaseline}), each
 * scored by {@link GenerationMetrics}. Novelty is against the model's training molecules. The
 * random streams are children of one seed: "cinn-&lt;i&gt;", "random-&lt;i&gt;", "near-&lt;i&gt;"
 * and "diversity" for target i, so results do not depend on the order of the methods.
 *
 * @param targets the asked logP values
 * @param samples n per target and method
 * @param temperature T of the cINN's latent
 * @param diversitySample largest subsample for the pairwise diversity
 * @param seed the seed
 */
public record DesignEvaluation(double[] targets, int samples, double temperature, int diversitySample, long seed) {
  /** The three generators. */
  public static final List<String> METHODS = List.of("cINN", "random SELFIES", "training near target");

  /** Validates the values. */
  public DesignEvaluation {
    targets = targets.clone();
    if (targets.length == 0) {
      throw new IllegalArgumentException("at least one target logP is needed");
    }
    for (double t : targets) {
      if (!Double.isFinite(t)) {
        throw new IllegalArgumentException("target logP must be a finite number, got " + t);
      }
    }
    if (samples < 2 || diversitySample < 2) {
      throw new IllegalArgumentException("samples and diversitySample must be >= 2, got " + samples + " and " + diversitySample);
    }
    if (!(temperature > 0) || Double.isInfinite(temperature)) {
      throw new IllegalArgumentException("temperature must be a positive number, got " + temperature);
    }
  }

  /** The central interval holding 95 % of the training logP values: inside it a target is "in range". */
  public static double[] trainingRange(List<Example> training) {
    double[] v = training.stream().mapToDouble(Example::logP).sorted().toArray();
    return new double[] {v[(int) Math.floor(0.025 * (v.length - 1))], v[(int) Math.ceil(0.975 * (v.length - 1))]};
  }

  /**
   * @param designer the trained model (conditioned on logP only; a weight-conditioned model is asked for its training median weight)
   * @return per target, the metrics of the three methods in {@link #METHODS} order
   */
  public List<List<GenerationMetrics>> run(MoleculeDesigner designer) {
    LogPCalculator logP = LogPMethod.WILDMAN_CRIPPEN.newCalculator();
    SelfiesDecoder decoder = SelfiesDecoder.defaults();
    List<Example> training = designer.training();
    Set<String> known = new HashSet<>();
    training.forEach(e -> known.add(e.smiles()));
    int[] lengths = training.stream().mapToInt(e -> e.selfies().size()).toArray();
    RandomSelfiesBaseline random = new RandomSelfiesBaseline(designer.representation().alphabet(), lengths);
    NearTargetBaseline near = new NearTargetBaseline(training);
    Rng root = new Rng(seed);
    List<List<GenerationMetrics>> out = new ArrayList<>();
    for (int i = 0; i < targets.length; i++) {
      double t = targets[i];
      double[] y = conditionFor(designer, t);
      List<List<String>> strings = List.of(designer.sample(y, samples, temperature, root.stream("cinn-" + i)),
          random.sample(samples, root.stream("random-" + i)), near.sample(t, samples, root.stream("near-" + i)));
      List<GenerationMetrics> row = new ArrayList<>();
      for (int m = 0; m < METHODS.size(); m++) {
        List<DecodedMolecule> decoded = new ArrayList<>(samples);
        for (String s : strings.get(m)) {
          decoded.add(DecodedMolecule.decode(s, decoder, logP));
        }
        row.add(GenerationMetrics.of(METHODS.get(m), t, decoded, known, diversitySample, root.stream("diversity-" + i)));
      }
      out.add(row);
    }
    return out;
  }

  /** @return y for a target logP: the logP, and for a weight-conditioned model the training median weight */
  public static double[] conditionFor(MoleculeDesigner designer, double targetLogP) {
    int d = designer.condition().dimension();
    double[] y = new double[d];
    y[0] = targetLogP;
    for (int j = 1; j < d; j++) {
      int col = j;
      double[] v = designer.training().stream().mapToDouble(e -> e.y()[col]).sorted().toArray();
      y[j] = v[v.length / 2];
    }
    return y;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DesignEvaluation e && Arrays.equals(targets, e.targets) && samples == e.samples
        && temperature == e.temperature && diversitySample == e.diversitySample && seed == e.seed;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(targets) * 31 + Long.hashCode(seed);
  }

  @Override
  public String toString() {
    return "DesignEvaluation" + Arrays.toString(targets) + ", n=" + samples + ", T=" + temperature + ", seed=" + seed;
  }
}
