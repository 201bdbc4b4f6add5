package org.inversesuite.astro.rv;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.inversesuite.astro.rv.periodogram.GlsPeriodogram;
import org.inversesuite.astro.rv.periodogram.HarmonicPeriodogram;
import org.inversesuite.astro.rv.periodogram.PeriodogramFeatures;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Where one answer of a {@link PeriodCoordinate#PEAK_MIXTURE} model goes (docs/astro.md run 24): the steps of
 * {@code RvPosterior.sampleMixture} replayed here with the thread's CPU time read around each (encode, slots, slot
 * classifier, per slot drawn its summary c = h(y, k) and prepare, the flow's draws of round 0 and of the redraw
 * rounds, the period inverse, the accept test with the copy, the shuffle; RvPosterior's own per-draw steps, package
 * private for this), and for any other centred coordinate {@code RvPosterior.sample}'s path, one thread,
 * 1000 draws, on the 20 targets of {@code RvFlowSizeBenchmark} (simulated with seed 77) after a warm-up; the replay's draws are checked
 * equal to {@link RvPosterior#sample} bit for bit. The encode is split by timing the GLS and the two-harmonic
 * periodogram alone on the same sets, and the summary h into φ (per measurement) and ρ by a JFR recording (the
 * share of samples under {@code DeepSetEncoder.infer}'s φ call against its ρ call).
 *
 * Then, side by side in the same JVM, alternated per answer: the replay untimed inside with the slots' conditions
 * shared ({@link RvPosterior#slotConditions}) against one condition per slot (the path before run 24);
 * {@link RvPosterior#sample} against {@link AnswerPathBefore} (the answer before run 26); the fused pass in chunks of
 * 240 against 256 rows; and, for angle-pair models, {@link PairAngles} over the vector lanes against plain Java.
 *
 * <p>Run: {@code mvn -o -Pbench -pl astro -am verify -Dtest=RvMixtureAnswerSectionsBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dastro.bench.model=target/mix11.inn [-Dastro.bench.answers=2000]
 * [-Dastro.bench.pairRounds=40] [-Dastro.bench.sharedPhi=true]} (the last: the sections of the shared path).
 */
@Tag("benchmark")
class RvMixtureAnswerSectionsBenchmark {
  private static final int DRAWS = 1000;
  private static final String[] NAMES = {"encode (whole)", "slots (PeriodSlots.of)", "slot classifier",
      "multinomial", "summary h(y,k) per slot", "prepare per slot", "flow draws round 0", "flow draws redraw rounds",
      "period inverse", "accept test + label (+ copy)", "shuffle (+ copy)", "latent z (all rounds)"};
  private final double[] ns = new double[NAMES.length];
  private long slotsDrawn;
  private long redrawRounds;
  private long drawsRedrawn;
  /** Off: the replay runs without reading the clock (the old path, per-slot condition, timed whole). */
  private boolean timing = true;
  /** On: the slots' conditions with φ shared ({@link RvPosterior#slotConditions}, run 24); off: one per slot. */
  private boolean sharedPhi;

  @Test
  void sections() throws Exception {
    Path file = Path.of(System.getProperty("astro.bench.model", "target/mix11.inn"));
    int answers = Integer.getInteger("astro.bench.answers", 2000);
    try (RvModelFile saved = RvModelFile.load(file, 2)) {
      Cinn two = saved.cinn();
      RvPosterior posterior = saved.posterior().withCinn(new Cinn(two.flow(), two.xSpace(), two.yNormalization(), 1));
      String kernels = System.getProperty("astro.bench.kernels"); // the sections with other flow kernels (run 30)
      if (kernels != null) {
        posterior = posterior.withCinn(posterior.cinn().withLaneKernels(
            org.inversesuite.core.block.LaneCouplingInverse.LaneKernels.valueOf(kernels)));
        System.out.println("sections with the flow kernels " + kernels);
      }
      RvSetEncoding encoding = saved.experiment().simulator().encoding();
      IrregularRvSimulator sets = saved.experiment().simulator().simulator();
      List<RvSimulation> warm = sets.simulate(30, new Rng(76));
      List<RvSimulation> targets = sets.simulate(20, new Rng(77));
      System.out.println(file + ": period " + posterior.coordinate() + ", angles " + posterior.angles() + ", latent "
          + posterior.latent().describe() + ", flow columns " + two.dimension() + ", condition " + two.conditionDimension()
          + ", flow + summary parameters " + two.flow().parameters().size() + ", slot classifier "
          + (posterior.slots() == null ? "none" : java.util.Arrays.toString(posterior.slots().sizes())));
      for (int a = 0; a < 20; a++) { // the replay is the path measured
        double[] y = encoding.encode(targets.get(a).observations()).toRows()[0];
        Matrix expected = posterior.sample(y, DRAWS, new Rng(a));
        for (boolean shared : new boolean[] {false, true}) { // one condition per slot (before run 24), and shared φ
          sharedPhi = shared;
          Matrix got = replay(posterior, encoding, targets.get(a).observations(), new Rng(a));
          for (int i = 0; i < expected.size(); i++) {
            Assertions.assertEquals(Double.doubleToRawLongBits(expected.get(i)),
                Double.doubleToRawLongBits(got.get(i)));
          }
        }
      }
      for (int w = 0; w < 400; w++) {
        sharedPhi = w % 2 == 0;
        replay(posterior, encoding, warm.get(w % warm.size()).observations(), new Rng(w));
        posterior.sample(encoding.encode(warm.get(w % warm.size()).observations()).toRows()[0], DRAWS, new Rng(w));
      }
      sharedPhi = Boolean.getBoolean("astro.bench.sharedPhi"); // the sections of the path before run 24 by default
      java.util.Arrays.fill(ns, 0);
      slotsDrawn = 0;
      redrawRounds = 0;
      drawsRedrawn = 0;
      double whole = 0;
      double gls = 0;
      double harmonic = 0;
      double replayed = 0;
      GlsPeriodogram g = new GlsPeriodogram(encoding.periodogram());
      HarmonicPeriodogram h = encoding.periodogram().harmonics() == 2
          ? new HarmonicPeriodogram(encoding.periodogram()) : null;
      PeriodogramFeatures summariser = new PeriodogramFeatures(encoding.periodogram());
      double[] features = new double[encoding.periodogram().featureCount()];
      double summarise = 0;
      for (int a = 0; a < answers; a++) {
        RvObservationSet data = targets.get(a % targets.size()).observations();
        long t0 = now();
        posterior.sample(encoding.encode(data).toRows()[0], DRAWS, new Rng(1000 + a));
        long t1 = now();
        replay(posterior, encoding, data, new Rng(1000 + a));
        long t2 = now();
        double[] pg = g.power(data);
        long t3 = now();
        double[] ph = h == null ? new double[0] : h.power(data);
        long t4 = now();
        summariser.summarise(pg, features, 0);
        if (h != null) {
          summariser.summarise(ph, features, encoding.periodogram().summaryCount());
        }
        long t5 = now();
        whole += t1 - t0;
        replayed += t2 - t1;
        gls += t3 - t2;
        harmonic += t4 - t3;
        summarise += t5 - t4;
      }
      double per = 1e-6 / answers;
      System.out.printf(Locale.ROOT, "%d answers, %d draws each; posterior.sample + encode %.3f ms, replay %.3f ms%n",
          answers, DRAWS, whole * per, replayed * per);
      for (int i = 0; i < NAMES.length; i++) {
        System.out.printf(Locale.ROOT, "  %-28s %7.3f ms  %5.1f %%%n", NAMES[i], ns[i] * per, 100 * ns[i] / replayed);
      }
      System.out.printf(Locale.ROOT, "  encode parts alone: GLS power %.3f ms, two-harmonic power %.3f ms, the two "
          + "summaries %.3f ms%n", gls * per, harmonic * per, summarise * per);
      System.out.printf(Locale.ROOT, "  slots drawn per answer %.2f, redraw rounds per answer %.2f, draws redrawn per "
          + "answer %.1f%n", (double) slotsDrawn / answers, (double) redrawRounds / answers,
          (double) drawsRedrawn / answers);
      // side by side: the replay untimed inside with the slots' conditions shared (run 24) and with one condition per
      // slot (the path before), the same code otherwise, alternated per answer, the order swapped every answer
      timing = false;
      double[][] pair = new double[2][targets.size()];
      int rounds = Integer.getInteger("astro.bench.pairRounds", 40);
      for (int round = 0; round < rounds; round++) {
        for (int i = 0; i < targets.size(); i++) {
          RvObservationSet data = targets.get(i).observations();
          for (int side = 0; side < 2; side++) {
            int which = (side + round + i) % 2;
            long t0 = now();
            sharedPhi = which == 0;
            replay(posterior, encoding, data, new Rng(5000 + round));
            pair[which][i] += now() - t0;
          }
        }
      }
      timing = true;
      double[] ratio = new double[targets.size()];
      for (int i = 0; i < ratio.length; i++) {
        ratio[i] = pair[1][i] / pair[0][i];
      }
      double[] sorted = ratio.clone();
      java.util.Arrays.sort(sorted);
      System.out.printf(Locale.ROOT, "side by side, %d rounds x %d targets: new (shared phi) %.3f ms, old (condition per "
          + "slot) %.3f ms per answer; old/new per target median %.3f (min %.3f, max %.3f)%n", rounds, targets.size(),
          java.util.Arrays.stream(pair[0]).sum() * 1e-6 / rounds / targets.size(),
          java.util.Arrays.stream(pair[1]).sum() * 1e-6 / rounds / targets.size(),
          (sorted[9] + sorted[10]) / 2, sorted[0], sorted[sorted.length - 1]);
      kernelsSideBySide(posterior, encoding, targets, rounds);
      beforeAndNow(posterior, encoding, targets, rounds);
      chunks(posterior, encoding, targets, rounds);
      pairAngles(posterior, encoding, targets, rounds);
      // the φ / ρ split of the summary by sampling profiler, in a phase of its own (starting JFR recompiles)
      Path jfr = Path.of("target/mixture-sections.jfr");
      try (Recording recording = new Recording()) {
        recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
        recording.start();
        for (int a = 0; a < answers / 2; a++) {
          RvObservationSet data = targets.get(a % targets.size()).observations();
          posterior.sample(encoding.encode(data).toRows()[0], DRAWS, new Rng(1000 + a));
        }
        recording.stop();
        recording.dump(jfr);
      }
      split(jfr);
    }
  }

  /**
   * Side by side in this JVM: {@link RvPosterior#sample} (now) against {@link AnswerPathBefore} (the answer before
   * docs/astro.md run 26: per-draw pair inverse, label of ln(P), copy then shuffle), each with its encode, alternated
   * per answer with the order swapped every answer; their draws first checked bit for bit equal on every target.
   */
  private static void beforeAndNow(RvPosterior posterior, RvSetEncoding encoding, List<RvSimulation> targets,
      int rounds) {
    for (int i = 0; i < targets.size(); i++) {
      double[] y = encoding.encode(targets.get(i).observations()).toRows()[0];
      Matrix now = posterior.sample(y, DRAWS, new Rng(i));
      Matrix before = AnswerPathBefore.sample(posterior, encoding, y, DRAWS, new Rng(i), new long[5]);
      for (int e = 0; e < now.size(); e++) {
        Assertions.assertEquals(Double.doubleToRawLongBits(before.get(e)), Double.doubleToRawLongBits(now.get(e)));
      }
    }
    double[][] pair = new double[2][targets.size()];
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < targets.size(); i++) {
        RvObservationSet data = targets.get(i).observations();
        for (int side = 0; side < 2; side++) {
          int which = (side + round + i) % 2;
          long t0 = now();
          double[] y = encoding.encode(data).toRows()[0];
          if (which == 0) {
            posterior.sample(y, DRAWS, new Rng(7000 + round));
          } else {
            AnswerPathBefore.sample(posterior, encoding, y, DRAWS, new Rng(7000 + round), new long[5]);
          }
          pair[which][i] += now() - t0;
        }
      }
    }
    report("answer before run 26 against now", pair, rounds);
  }

  /**
   * Side by side in this JVM: {@link RvPosterior#sample} with the fused pass in chunks of
   * {@link org.inversesuite.core.block.LaneCouplingInverse#CHUNK} rows (now) and of
   * {@link org.inversesuite.core.block.LaneCouplingInverse#CHUNK_BEFORE} (before docs/astro.md run 26), each with
   * its encode, alternated per answer with the order swapped every answer; their draws first checked equal.
   */
  private static void chunks(RvPosterior posterior, RvSetEncoding encoding, List<RvSimulation> targets, int rounds) {
    RvPosterior before = posterior.withCinn(posterior.cinn().withLaneChunk(
        org.inversesuite.core.block.LaneCouplingInverse.CHUNK_BEFORE));
    sideBySide("chunks of " + org.inversesuite.core.block.LaneCouplingInverse.CHUNK_BEFORE + " rows against "
        + org.inversesuite.core.block.LaneCouplingInverse.CHUNK, posterior, before, encoding, targets, rounds, 9000);
  }

  /**
   * Two posteriors side by side in this JVM, {@link RvPosterior#sample} each with its encode, alternated per answer
   * with the order swapped every answer; their 1000 draws first checked bit for bit equal on every target.
   *
   * @return per side (0: now, 1: before) and target the thread CPU nanoseconds summed over the rounds
   */
  private static double[][] sideBySide(String what, RvPosterior now, RvPosterior before, RvSetEncoding encoding,
      List<RvSimulation> targets, int rounds, int seed) {
    for (int i = 0; i < targets.size(); i++) {
      double[] y = encoding.encode(targets.get(i).observations()).toRows()[0];
      Matrix a = now.sample(y, DRAWS, new Rng(i));
      Matrix b = before.sample(y, DRAWS, new Rng(i));
      for (int e = 0; e < a.size(); e++) {
        Assertions.assertEquals(Double.doubleToRawLongBits(b.get(e)), Double.doubleToRawLongBits(a.get(e)));
      }
    }
    System.out.println(what + ": the 1000 draws bit for bit equal on all " + targets.size() + " targets");
    double[][] pair = new double[2][targets.size()];
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < targets.size(); i++) {
        RvObservationSet data = targets.get(i).observations();
        for (int side = 0; side < 2; side++) {
          int which = (side + round + i) % 2;
          long t0 = now();
          double[] y = encoding.encode(data).toRows()[0];
          (which == 0 ? now : before).sample(y, DRAWS, new Rng(seed + round));
          pair[which][i] += now() - t0;
        }
      }
    }
    report(what, pair, rounds);
    return pair;
  }

  /**
   * The angle pairs' map back of 1000 first-round draws per target ({@link PairAngles}) with the arctangents over
   * the vector lanes against one at a time in plain Java, alternated, the order swapped every call; the same bits.
   */
  private static void pairAngles(RvPosterior posterior, RvSetEncoding encoding, List<RvSimulation> targets,
      int rounds) {
    if (posterior.angles() != AngleCoordinate.ANGLE_PAIRS) {
      return;
    }
    Cinn cinn = posterior.cinn();
    Matrix[] q = new Matrix[targets.size()];
    for (int i = 0; i < q.length; i++) {
      double[] y = encoding.encode(targets.get(i).observations()).toRows()[0];
      double[] row = posterior.slots() == null ? y : PeriodSlots.of(y, encoding).augment(y, 0);
      q[i] = posterior.draws(cinn.prepare(cinn.condition(row)), DRAWS, new Rng(i));
      PairAngles a = PairAngles.of(q[i], true);
      PairAngles b = PairAngles.of(q[i], false);
      for (int r = 0; r < DRAWS; r++) {
        Assertions.assertEquals(Double.doubleToRawLongBits(a.omega()[r]), Double.doubleToRawLongBits(b.omega()[r]));
        Assertions.assertEquals(Double.doubleToRawLongBits(a.meanAnomaly()[r]),
            Double.doubleToRawLongBits(b.meanAnomaly()[r]));
      }
    }
    double[][] pair = new double[2][targets.size()];
    int calls = 10 * rounds;
    for (int round = 0; round < calls; round++) {
      for (int i = 0; i < q.length; i++) {
        for (int side = 0; side < 2; side++) {
          int which = (side + round + i) % 2;
          long t0 = now();
          PairAngles.of(q[i], which == 0);
          pair[which][i] += now() - t0;
        }
      }
    }
    double lanes = java.util.Arrays.stream(pair[0]).sum() * 1e-3 / calls / q.length;
    double plain = java.util.Arrays.stream(pair[1]).sum() * 1e-3 / calls / q.length;
    System.out.printf(Locale.ROOT, "pair angles of %d draws, %d calls x %d targets: vector lanes %.1f us, plain Java "
        + "%.1f us per call%n", DRAWS, calls, q.length, lanes, plain);
  }

  /** Prints the two sides' mean per answer and the per-target ratios side 1 / side 0. */
  private static void report(String what, double[][] pair, int rounds) {
    int targets = pair[0].length;
    double[] ratio = new double[targets];
    for (int i = 0; i < ratio.length; i++) {
      ratio[i] = pair[1][i] / pair[0][i];
    }
    double[] sorted = ratio.clone();
    java.util.Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "%s, %d rounds x %d targets, encode included: now %.3f ms, before %.3f ms per "
        + "answer; before/now per target median %.3f (min %.3f, max %.3f)%n", what, rounds, targets,
        java.util.Arrays.stream(pair[0]).sum() * 1e-6 / rounds / targets,
        java.util.Arrays.stream(pair[1]).sum() * 1e-6 / rounds / targets,
        (sorted[targets / 2 - 1] + sorted[targets / 2]) / 2, sorted[0], sorted[targets - 1]);
  }

  /** Counts JFR samples under DeepSetEncoder.infer by the line it called from (φ against ρ). */
  private static void split(Path jfr) throws java.io.IOException {
    java.util.Map<String, Integer> byLine = new java.util.TreeMap<>();
    int total = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
        continue;
      }
      total++;
      for (RecordedFrame f : e.getStackTrace().getFrames()) {
        if (f.getMethod().getType().getName().endsWith("DeepSetEncoder")) {
          byLine.merge(f.getMethod().getName() + ":" + f.getLineNumber(), 1, Integer::sum);
          break;
        }
      }
    }
    System.out.println("  JFR samples " + total + "; under DeepSetEncoder by its frame: " + byLine);
  }

  private Matrix replay(RvPosterior post, RvSetEncoding encoding, RvObservationSet data, Rng rng) {
    long t = now();
    double[] observation = encoding.encode(data).toRows()[0];
    t = mark(0, t);
    if (post.slots() == null) {
      return replaySingle(post, encoding, observation, rng, t);
    }
    PeriodSlots periods = PeriodSlots.of(observation, encoding);
    t = mark(1, t);
    double[] pi = post.slots().probabilities(SlotFeatures.of(observation, encoding, periods), periods.count());
    t = mark(2, t);
    int n = DRAWS;
    int[] per = RvPosterior.slotCounts(pi, n, rng);
    t = mark(3, t);
    Cinn cinn = post.cinn();
    Matrix[] shared = sharedPhi ? post.slotConditions(observation, periods, per) : null;
    t = mark(4, t);
    SlotWindows windows = new SlotWindows(periods);
    KeptDraws kept = new KeptDraws(n);
    long[] counts = new long[5];
    for (int k = 0; k < per.length; k++) {
      if (per[k] == 0) {
        continue;
      }
      slotsDrawn += timing ? 1 : 0;
      Matrix c = shared != null ? shared[k] : cinn.condition(periods.augment(observation, k));
      t = mark(4, t);
      Cinn.Prepared condition = cinn.prepare(c);
      t = mark(5, t);
      int need = per[k];
      for (int round = 0; round < RvPosterior.ROUNDS && need > 0; round++) {
        if (round > 0 && timing) {
          redrawRounds++;
          drawsRedrawn += need;
        }
        Matrix z = latent(post, need, rng);
        t = mark(11, t);
        Matrix q = cinn.sampleGivenLatent(condition, z);
        t = mark(round == 0 ? 6 : 7, t);
        double[] logP = new double[q.rows()];
        double[] p = post.slotPeriods(q, periods, windows, k, logP);
        t = mark(8, t);
        need -= post.keep(q, p, logP, windows, k, kept, counts);
        t = mark(9, t);
      }
      if (need > 0) {
        Matrix q = post.draws(condition, need, rng);
        double[] p = post.slotPeriods(q, periods, windows, k, new double[q.rows()]);
        KeptDraws.Round from = post.round(q);
        for (int r = 0; r < q.rows(); r++) {
          kept.add(from, r, post.clamp(p[r]));
        }
        t = mark(7, t);
      }
    }
    DoubleMatrix shuffled = kept.inOrder(rng.permutation(n), post::copy);
    mark(10, t);
    return shuffled;
  }

  /**
   * @return the latents {@code RvPosterior.draws} draws: N(0, I) as {@code Cinn.sampleGivenCondition} draws them (one
   *     {@link Rng#gaussian()} per element, row after row, rounded to the flow's precision), else the posterior's latent
   */
  private static Matrix latent(RvPosterior post, int n, Rng rng) {
    Cinn cinn = post.cinn();
    if (!post.latent().isStandard()) {
      return post.latent().draw(n, cinn.dimension(), cinn.flow().parameters().precision(), rng);
    }
    Matrix z = Matrix.zeros(cinn.flow().parameters().precision(), n, cinn.dimension());
    if (z instanceof org.inversesuite.core.tensor.FloatMatrix fz) {
      float[] data = fz.data();
      for (int i = 0; i < data.length; i++) {
        data[i] = (float) rng.gaussian();
      }
    } else {
      for (int i = 0; i < z.size(); i++) {
        z.set(i, rng.gaussian());
      }
    }
    return z;
  }

  /**
   * Side by side in this JVM (docs/astro.md run 30): {@link RvPosterior#sample} with the default flow kernels (now) and
   * with run 20's ({@code LaneKernels.RUN_20}, the subnets layer by layer), each with its encode, alternated per answer
   * with the order swapped every answer; their draws first checked bit for bit equal on every target.
   */
  private static void kernelsSideBySide(RvPosterior posterior, RvSetEncoding encoding, List<RvSimulation> targets,
      int rounds) {
    RvPosterior before = posterior.withCinn(posterior.cinn().withLaneKernels(
        org.inversesuite.core.block.LaneCouplingInverse.LaneKernels.RUN_20));
    perTarget(sideBySide("flow kernels " + posterior.cinn().laneKernels() + " against RUN_20 (before run 30)",
        posterior, before, encoding, targets, rounds, 11000));
  }

  /** Prints each target's ratio side 1 / side 0. */
  private static void perTarget(double[][] pair) {
    StringBuilder b = new StringBuilder("  per target before/now:");
    for (int i = 0; i < pair[0].length; i++) {
      b.append(String.format(Locale.ROOT, " %.3f", pair[1][i] / pair[0][i]));
    }
    System.out.println(b);
  }

  private static final java.lang.management.ThreadMXBean CLOCK =
      java.lang.management.ManagementFactory.getThreadMXBean();

  /** Thread CPU time (the machine is shared: wall time counts the other engineers' jobs). */
  private static long now() {
    return CLOCK.getCurrentThreadCpuTime();
  }

  /** RvPosterior.sample's path for a centred coordinate (not PHYSICAL, not the mixture). */
  private Matrix replaySingle(RvPosterior post, RvSetEncoding encoding, double[] observation, Rng rng, long t) {
    PeriodReference reference = post.coordinate().reference(observation, encoding);
    t = mark(1, t);
    Cinn cinn = post.cinn();
    slotsDrawn++;
    Matrix c = cinn.condition(observation);
    t = mark(4, t);
    Cinn.Prepared condition = cinn.prepare(c);
    t = mark(5, t);
    int n = DRAWS;
    DoubleMatrix out = new DoubleMatrix(n, RvParameters.DIMENSION);
    int filled = 0;
    for (int round = 0; round < RvPosterior.ROUNDS && filled < n; round++) {
      if (round > 0) {
        redrawRounds++;
        drawsRedrawn += n - filled;
      }
      Matrix q = post.draws(condition, n - filled, rng);
      t = mark(round == 0 ? 6 : 7, t);
      double[] periods = post.periods(q, reference);
      t = mark(8, t);
      KeptDraws.Round from = post.round(q);
      for (int r = 0; r < q.rows(); r++) {
        if (post.inside(periods[r]) && post.anglesInside(q, r)) {
          post.copy(from, r, periods[r], out, filled++);
        }
      }
      t = mark(9, t);
    }
    if (filled < n) {
      Matrix q = post.draws(condition, n - filled, rng);
      double[] periods = post.periods(q, reference);
      KeptDraws.Round from = post.round(q);
      for (int r = 0; r < q.rows(); r++) {
        post.copy(from, r, post.clamp(periods[r]), out, filled++);
      }
      mark(7, t);
    }
    return out;
  }

  private long mark(int section, long since) {
    if (!timing) {
      return since;
    }
    long now = now();
    ns[section] += now - since;
    return now;
  }
}
