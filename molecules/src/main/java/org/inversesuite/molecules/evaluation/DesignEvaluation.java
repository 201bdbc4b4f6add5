package org.inversesuite.molecules.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;
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
 * The evaluation of a trained designer: for each target logP, n molecules from the cINN, then for each k of
 * {@code reranks} n molecules kept from k·n cINN candidates by {@link NearestToTarget}, with a window cap k &gt; 0
 * n molecules kept by {@link WindowAcceptance}, and n from the two baselines ({@link RandomSelfiesBaseline},
 * {@link NearTargetBaseline}), each scored by {@link GenerationMetrics} with its wall time. Novelty is against the
 * model's training molecules. The random streams are children of one seed: "cinn-&lt;i&gt;", "rerank-&lt;i&gt;",
 * "random-&lt;i&gt;", "near-&lt;i&gt;" and "diversity" for target i, so results do not depend on the order or the
 * number of the methods. The selections share one {@link CandidatePool} per target on the stream
 * "rerank-&lt;i&gt;" (so each sees exactly the draws it would have drawn alone, and the nearest-first row of
 * one k is the former re-ranked row); each selection row's time is that of the candidates it used plus its own.
 *
 * @param targets the asked logP values
 * @param samples n per target and method
 * @param temperature T of the cINN's latent
 * @param diversitySample largest subsample for the pairwise diversity
 * @param seed the seed
 * @param reranks the candidate multipliers k ≥ 2 of the nearest-first rows, distinct; empty for none
 * @param windowCap k, the cap of the window-acceptance row ({@link WindowAcceptance}); 0 leaves that row out
 * @param window w, that row's half-width
 * @param faithful B, the draw budget of the cINN row restricted to faithful rows ({@link FaithfulSampling}, stream
 *     "faithful-&lt;i&gt;"); 0 leaves that row out
 * @param schedule null for the plain sampler (the target itself at {@code temperature}); otherwise every cINN row
 *     asks for {@link SamplingSchedule#asked(double)} at {@link SamplingSchedule#temperature(double)} of the target,
 *     and {@code temperature} is not used. The rows are still scored, ranked and windowed against the target.
 */
public record DesignEvaluation(double[] targets, int samples, double temperature, int diversitySample, long seed, int[] reranks,
    int windowCap, double window, int faithful, SamplingSchedule schedule) {
  /** The raw cINN row's name. */
  public static final String CINN = "cINN";
  /** The name of the cINN row restricted to faithful rows; its metrics name the acceptance rate. */
  public static final String FAITHFUL = "cINN, faithful rows only";

  /** Validates the values. */
  public DesignEvaluation {
    targets = targets.clone();
    reranks = reranks.clone();
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
    for (int i = 0; i < reranks.length; i++) {
      if (reranks[i] < 2) {
        throw new IllegalArgumentException("a re-rank multiplier k must be >= 2 (k = 1 is the raw cINN row), got " + reranks[i]);
      }
      for (int j = 0; j < i; j++) {
        if (reranks[j] == reranks[i]) {
          throw new IllegalArgumentException("the re-rank multiplier k = " + reranks[i] + " is given twice");
        }
      }
    }
    if (windowCap < 0) {
      throw new IllegalArgumentException("the window acceptance cap k must be >= 1 (0 for no such row), got " + windowCap);
    }
    if (windowCap > 0) {
      new WindowAcceptance(window, windowCap);
    }
    if (faithful != 0) {
      new FaithfulSampling(faithful);
    }
  }

  /** As the canonical constructor, with at most one nearest-first row (k = 1: none) and no window row. */
  public DesignEvaluation(double[] targets, int samples, double temperature, int diversitySample, long seed, int rerank,
      int faithful, SamplingSchedule schedule) {
    this(targets, samples, temperature, diversitySample, seed, single(rerank), 0, WindowAcceptance.DEFAULT_HALF_WIDTH, faithful,
        schedule);
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

  private static int[] single(int rerank) {
    if (rerank < 1) {
      throw new IllegalArgumentException("the candidate multiplier k must be >= 1, got " + rerank);
    }
    return rerank == 1 ? new int[0] : new int[] {rerank};
  }

  @Override
  public int[] reranks() {
    return reranks.clone();
  }

  /** @return the number of rows that select from the cINN's candidates by logP: the nearest-first rows, then the window row */
  public int selections() {
    return reranks.length + (windowCap > 0 ? 1 : 0);
  }

  /**
   * @return the generators in row order: the cINN, the nearest-first rows, the window-acceptance row, the
   *     faithful-row row, then the baselines
   */
  public List<String> methods() {
    List<String> m = new ArrayList<>();
    m.add(CINN);
    for (int k : reranks) {
      m.add(rerankedName(k));
    }
    if (windowCap > 0) {
      m.add(windowName(window, windowCap));
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

  /** @return the name of the window-acceptance row; its metrics add the acceptance rate and the filled count */
  public static String windowName(double w, int k) {
    return String.format(java.util.Locale.ROOT, "cINN, window acceptance: first n within ±%s of ≤%d·n", trim(w), k);
  }

  private static String trim(double w) {
    return w == Math.rint(w) ? String.format(java.util.Locale.ROOT, "%.1f", w) : Double.toString(w);
  }

  /** The central interval holding 95 % of the training logP values: inside it a target is "in range". */
  public static double[] trainingRange(List<Example> training) {
    double[] v = training.stream().mapToDouble(Example::logP).sorted().toArray();
    return new double[] {v[(int) Math.floor(0.025 * (v.length - 1))], v[(int) Math.ceil(0.975 * (v.length - 1))]};
  }

  /** One generator's molecules, its row name and, when it is charged for shared draws, its time (NaN: the wall time). */
  private record Produced(List<DecodedMolecule> decoded, String name, double seconds) {
    Produced(List<DecodedMolecule> decoded, String name) {
      this(decoded, name, Double.NaN);
    }
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
    List<String> names = methods();
    List<List<GenerationMetrics>> out = new ArrayList<>();
    for (int i = 0; i < targets.length; i++) {
      double t = targets[i];
      double[] y = conditionFor(designer, schedule == null ? t : schedule.asked(t));
      double temperature = schedule == null ? this.temperature : schedule.temperature(t);
      Rng cinn = root.stream("cinn-" + i);
      Rng rng = root.stream("random-" + i);
      Rng nearRng = root.stream("near-" + i);
      int m = 0;
      List<Supplier<Produced>> generators = new ArrayList<>();
      String raw = names.get(m++);
      generators.add(() -> new Produced(decode(designer.sample(y, samples, temperature, cinn), decoder, logP), raw));
      CandidatePool pool = selections() == 0 ? null
          : CandidatePool.of(designer, y, temperature, root.stream("rerank-" + i), decoder, logP, samples);
      for (int k : reranks) {
        String name = names.get(m++);
        generators.add(() -> charged(pool, () -> new NearestToTarget(k).select(pool, t, samples), () -> k * samples, name));
      }
      if (windowCap > 0) {
        String name = names.get(m++);
        WindowAcceptance accept = new WindowAcceptance(window, windowCap);
        generators.add(() -> {
          WindowAcceptance.Selection[] s = new WindowAcceptance.Selection[1];
          Produced p = charged(pool, () -> (s[0] = accept.select(pool, t, samples)).kept(), () -> s[0].examined(), name);
          return new Produced(p.decoded(), String.format(java.util.Locale.ROOT, "%s (%.1f%% of %d draws accepted, %d filled)",
              name, 100 * s[0].acceptance(), s[0].examined(), s[0].filled()), p.seconds());
        });
      }
      if (faithful > 0) {
        Rng faithfulRng = root.stream("faithful-" + i);
        generators.add(() -> {
          FaithfulSampling.Draws draws = new FaithfulSampling(faithful).sample(designer, y, samples, temperature, faithfulRng);
          return new Produced(decode(draws.designs(), decoder, logP),
              String.format(java.util.Locale.ROOT, "%s (%.1f%% of draws faithful)", FAITHFUL, 100 * draws.acceptance()));
        });
      }
      generators.add(() -> new Produced(decode(random.sample(samples, rng), decoder, logP), "random SELFIES"));
      generators.add(() -> new Produced(decode(near.sample(t, samples, nearRng), decoder, logP), "training near target"));
      List<GenerationMetrics> row = new ArrayList<>();
      for (Supplier<Produced> generator : generators) {
        long start = System.nanoTime();
        Produced p = generator.get();
        double seconds = Double.isNaN(p.seconds()) ? (System.nanoTime() - start) * 1e-9 : p.seconds();
        row.add(GenerationMetrics.of(p.name(), t, p.decoded(), known, diversitySample, root.stream("diversity-" + i))
            .withSeconds(seconds));
      }
      out.add(row);
    }
    return out;
  }

  /**
   * Runs a selection on the shared pool and charges it for its own work plus the draws of the first {@code used}
   * candidates (known after the selection), whichever row happened to draw them first.
   */
  private static Produced charged(CandidatePool pool, Supplier<List<DecodedMolecule>> selection, IntSupplier used, String name) {
    long start = System.nanoTime();
    double drawingBefore = pool.drawn() == 0 ? 0 : pool.secondsFor(pool.drawn());
    List<DecodedMolecule> kept = selection.get();
    double drawingDuring = pool.secondsFor(pool.drawn()) - drawingBefore;
    double own = (System.nanoTime() - start) * 1e-9 - drawingDuring;
    return new Produced(kept, name, own + pool.secondsFor(used.getAsInt()));
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
        && temperature == e.temperature && diversitySample == e.diversitySample && seed == e.seed && Arrays.equals(reranks, e.reranks)
        && windowCap == e.windowCap && window == e.window && faithful == e.faithful && java.util.Objects.equals(schedule, e.schedule);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(targets) * 31 + Long.hashCode(seed);
  }

  @Override
  public String toString() {
    return "DesignEvaluation" + Arrays.toString(targets) + ", n=" + samples + ", T=" + temperature + ", seed=" + seed + ", k=" + Arrays.toString(reranks)
        + (windowCap > 0 ? ", window ±" + window + " cap " + windowCap : "") + ", B=" + faithful
        + (schedule == null ? "" : ", " + schedule);
  }
}
