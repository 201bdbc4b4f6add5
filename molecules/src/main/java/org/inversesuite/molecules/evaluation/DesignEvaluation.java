package org.inversesuite.molecules.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.inversesuite.core.random.Rng;
import org.inversesuite.molecules.design.Example;
import org.inversesuite.molecules.design.FaithfulSampling;
import org.inversesuite.molecules.design.MoleculeDesigner;
import org.inversesuite.molecules.design.SamplingSchedule;
import org.inversesuite.molecules.logp.LogPCalculator;
import org.inversesuite.molecules.logp.LogPMethod;
import org.inversesuite.molecules.selfies.SelfiesDecoder;

/**
 * The evaluation of a trained designer: for each target logP, n molecules from the cINN, with
 * k &gt; 1 also n molecules kept from k·n cINN candidates by {@link NearestToTarget}, and n from
 * the two baselines ({@link RandomSelfiesBaseline}, {@link NearTargetBaseline}), each scored by
 * {@link GenerationMetrics} with its wall time. Novelty is against the model's training
 * molecules. The random streams are children of one seed: "cinn-&lt;i&gt;", "rerank-&lt;i&gt;",
 * "random-&lt;i&gt;", "near-&lt;i&gt;" and "diversity" for target i, so results do not depend on
 * the order or the number of the methods.
 *
 * @param targets the asked logP values
 * @param samples n per target and method
 * @param temperature T of the cINN's latent
 * @param diversitySample largest subsample for the pairwise diversity
 * @param seed the seed
 * @param rerank k, the candidate multiplier of the re-ranked cINN row; 1 leaves that row out
 * @param faithful B, the draw budget of the cINN row restricted to faithful rows ({@link FaithfulSampling}, stream
 *     "faithful-&lt;i&gt;"); 0 leaves that row out
 * @param schedule null for the plain sampler (the target itself at {@code temperature}); otherwise every cINN row
 *     asks for {@link SamplingSchedule#asked(double)} at {@link SamplingSchedule#temperature(double)} of the target,
 *     and {@code temperature} is not used. The rows are still scored against the target.
 */
public record DesignEvaluation(double[] targets, int samples, double temperature, int diversitySample, long seed, int rerank,
    int faithful, SamplingSchedule schedule) {
  /** The raw cINN row's name. */
  public static final String CINN = "cINN";
  /** The name of the cINN row restricted to faithful rows; its metrics name the acceptance rate. */
  public static final String FAITHFUL = "cINN, faithful rows only";

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
    if (!(temperature >= 0) || Double.isInfinite(temperature)) {
      throw new IllegalArgumentException("temperature must be a finite number >= 0, got " + temperature);
    }
    new NearestToTarget(rerank);
    if (faithful != 0) {
      new FaithfulSampling(faithful);
    }
  }

  /** As the canonical constructor, with the plain sampler. */
  public DesignEvaluation(double[] targets, int samples, double temperature, int diversitySample, long seed, int rerank,
      int faithful) {
    this(targets, samples, temperature, diversitySample, seed, rerank, faithful, null);
  }

  /** As the canonical constructor, with the plain sampler and without the faithful-row row. */
  public DesignEvaluation(double[] targets, int samples, double temperature, int diversitySample, long seed, int rerank) {
    this(targets, samples, temperature, diversitySample, seed, rerank, 0);
  }

  /** @return the generators in row order: the cINN, the re-ranked cINN when k &gt; 1, then the baselines */
  public List<String> methods() {
    List<String> m = new ArrayList<>();
    m.add(CINN);
    if (rerank > 1) {
      m.add(rerankedName(rerank));
    }
    if (faithful > 0) {
      m.add(FAITHFUL);
    }
    m.add("random SELFIES");
    m.add("training near target");
    return m;
  }

  /** @return the name of the re-ranked row for multiplier k */
  public static String rerankedName(int k) {
    return "cINN, best n of " + k + "·n by logP";
  }

  /** The central interval holding 95 % of the training logP values: inside it a target is "in range". */
  public static double[] trainingRange(List<Example> training) {
    double[] v = training.stream().mapToDouble(Example::logP).sorted().toArray();
    return new double[] {v[(int) Math.floor(0.025 * (v.length - 1))], v[(int) Math.ceil(0.975 * (v.length - 1))]};
  }

  /**
   * @param designer the trained model (conditioned on logP only; a weight-conditioned model is asked for its training median weight)
   * @return per target, the metrics of the methods in {@link #methods()} order
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
      double[] y = conditionFor(designer, schedule == null ? t : schedule.asked(t));
      double temperature = schedule == null ? this.temperature : schedule.temperature(t);
      Rng cinn = root.stream("cinn-" + i);
      Rng rng = root.stream("random-" + i);
      Rng nearRng = root.stream("near-" + i);
      List<Supplier<List<DecodedMolecule>>> generators = new ArrayList<>();
      generators.add(() -> decode(designer.sample(y, samples, temperature, cinn), decoder, logP));
      if (rerank > 1) {
        Rng reranked = root.stream("rerank-" + i);
        generators.add(() -> new NearestToTarget(rerank).design(designer, y, samples, temperature, reranked, decoder, logP));
      }
      double[] acceptance = {Double.NaN};
      if (faithful > 0) {
        Rng faithfulRng = root.stream("faithful-" + i);
        generators.add(() -> {
          FaithfulSampling.Draws draws = new FaithfulSampling(faithful).sample(designer, y, samples, temperature, faithfulRng);
          acceptance[0] = draws.acceptance();
          return decode(draws.designs(), decoder, logP);
        });
      }
      generators.add(() -> decode(random.sample(samples, rng), decoder, logP));
      generators.add(() -> decode(near.sample(t, samples, nearRng), decoder, logP));
      List<String> names = methods();
      List<GenerationMetrics> row = new ArrayList<>();
      for (int m = 0; m < names.size(); m++) {
        long start = System.nanoTime();
        List<DecodedMolecule> decoded = generators.get(m).get();
        double seconds = (System.nanoTime() - start) * 1e-9;
        String name = names.get(m).equals(FAITHFUL)
            ? String.format(java.util.Locale.ROOT, "%s (%.1f%% of draws faithful)", FAITHFUL, 100 * acceptance[0]) : names.get(m);
        row.add(GenerationMetrics.of(name, t, decoded, known, diversitySample, root.stream("diversity-" + i))
            .withSeconds(seconds));
      }
      out.add(row);
    }
    return out;
  }

  private static List<DecodedMolecule> decode(List<String> strings, SelfiesDecoder decoder, LogPCalculator logP) {
    List<DecodedMolecule> decoded = new ArrayList<>(strings.size());
    for (String s : strings) {
      decoded.add(DecodedMolecule.decode(s, decoder, logP));
    }
    return decoded;
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
        && temperature == e.temperature && diversitySample == e.diversitySample && seed == e.seed && rerank == e.rerank
        && faithful == e.faithful && java.util.Objects.equals(schedule, e.schedule);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(targets) * 31 + Long.hashCode(seed);
  }

  @Override
  public String toString() {
    return "DesignEvaluation" + Arrays.toString(targets) + ", n=" + samples + ", T=" + temperature + ", seed=" + seed + ", k=" + rerank + ", B=" + faithful
        + (schedule == null ? "" : ", " + schedule);
  }
}
