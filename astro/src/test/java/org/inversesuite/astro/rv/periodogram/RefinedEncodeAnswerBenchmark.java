package org.inversesuite.astro.rv.periodogram;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.inversesuite.astro.rv.IrregularRvSimulator;
import org.inversesuite.astro.rv.RvModelFile;
import org.inversesuite.astro.rv.RvObservationSet;
import org.inversesuite.astro.rv.RvPosterior;
import org.inversesuite.astro.rv.RvSetEncoding;
import org.inversesuite.astro.rv.RvSimulation;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.random.Rng;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the encode of docs/astro.md run 29 takes off a refined model's whole answer, in one JVM: per target and round
 * (the 20 targets of {@code RvFlowSizeBenchmark}, seed 77, after 300 warm-up rounds on 30 other sets, one thread,
 * thread CPU time), the three alternated with the order turned every round:
 * <ol>
 *   <li>the whole answer with this build's encode: {@code encoding.encode} then {@link RvPosterior#sample} of 1000
 *       draws (t_answer);</li>
 *   <li>the periodogram features alone, this build ({@link PeriodogramFeatures}, t_now);</li>
 *   <li>the periodogram features alone, the code before ({@link RefinedFeaturesBefore}, t_before).</li>
 * </ol>
 * The answer with the encode before is t_answer − t_now + t_before (the rest of the answer is the same code, and its
 * draws are the same: the model's features agree to 1e-13); reported per target as the ratio
 * (t_answer − t_now + t_before) / t_answer, median over the targets. The features are first checked equal (the
 * two-harmonic summary bit for bit, the GLS one to 1e-12) on every target.
 *
 * <p>Run: {@code mvn -o -Pbench -pl astro verify -Dtest=RefinedEncodeAnswerBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dastro.bench.model=ABS/rv-cinn.inn -Dastro.bench.rounds=100}.
 */
@Tag("benchmark")
class RefinedEncodeAnswerBenchmark {
  private static final int DRAWS = 1000;

  @Test
  void answerWithTheEncodeBeforeAndNow() throws Exception {
    Path file = Path.of(System.getProperty("astro.bench.model", "target/rv-cinn.inn"));
    int rounds = Integer.getInteger("astro.bench.rounds", 100);
    try (RvModelFile saved = RvModelFile.load(file, 2)) {
      Cinn two = saved.cinn();
      RvPosterior posterior = saved.posterior().withCinn(new Cinn(two.flow(), two.xSpace(), two.yNormalization(), 1));
      RvSetEncoding encoding = saved.experiment().simulator().encoding();
      PeriodogramConfig config = encoding.periodogram();
      Assertions.assertTrue(config.refined() && config.harmonics() == 2, "a refined two-harmonic model: " + config);
      IrregularRvSimulator sets = saved.experiment().simulator().simulator();
      List<RvSimulation> warm = sets.simulate(30, new Rng(76));
      List<RvSimulation> targets = sets.simulate(20, new Rng(77));
      PeriodogramFeatures now = new PeriodogramFeatures(config);
      RefinedFeaturesBefore before = new RefinedFeaturesBefore(config);
      int gls = config.summaryCount();
      for (RvSimulation t : targets) {
        double[] a = before.features(t.observations());
        double[] b = now.features(t.observations());
        Assertions.assertArrayEquals(Arrays.copyOfRange(a, gls, a.length), Arrays.copyOfRange(b, gls, b.length));
        Assertions.assertArrayEquals(Arrays.copyOf(a, gls), Arrays.copyOf(b, gls), 1e-12);
      }
      ThreadMXBean clock = ManagementFactory.getThreadMXBean();
      double sink = 0;
      for (int r = 0; r < 300; r++) {
        RvObservationSet d = warm.get(r % warm.size()).observations();
        sink += posterior.sample(encoding.encode(d).toRows()[0], DRAWS, new Rng(r)).get(0);
        sink += now.features(d)[0] + before.features(d)[0];
      }
      double[][] cpu = new double[3][targets.size()];
      for (int r = 0; r < rounds; r++) {
        for (int i = 0; i < targets.size(); i++) {
          RvObservationSet d = targets.get(i).observations();
          for (int v0 = 0; v0 < 3; v0++) {
            int v = (v0 + r) % 3;
            long t0 = clock.getCurrentThreadCpuTime();
            sink += switch (v) {
              case 0 -> posterior.sample(encoding.encode(d).toRows()[0], DRAWS, new Rng(1000 + r)).get(0);
              case 1 -> now.features(d)[1];
              default -> before.features(d)[1];
            };
            cpu[v][i] += clock.getCurrentThreadCpuTime() - t0;
          }
        }
      }
      double[] ratio = new double[targets.size()];
      double[] encodeRatio = new double[targets.size()];
      for (int i = 0; i < targets.size(); i++) {
        ratio[i] = (cpu[0][i] - cpu[1][i] + cpu[2][i]) / cpu[0][i];
        encodeRatio[i] = cpu[2][i] / cpu[1][i];
      }
      Arrays.sort(ratio);
      Arrays.sort(encodeRatio);
      double scale = 1e-6 / rounds / targets.size();
      System.out.printf(Locale.ROOT, "%s, %d rounds x %d targets: answer (encode now) %.4f ms, features now %.4f ms, "
          + "features before %.4f ms per answer%n", file, rounds, targets.size(), Arrays.stream(cpu[0]).sum() * scale,
          Arrays.stream(cpu[1]).sum() * scale, Arrays.stream(cpu[2]).sum() * scale);
      System.out.printf(Locale.ROOT, "features before / now per target: median %.3fx (min %.3f, max %.3f); answer "
          + "with the encode before / now: median %.3fx (min %.3f, max %.3f)%n", 0.5 * (encodeRatio[9] + encodeRatio[10]),
          encodeRatio[0], encodeRatio[19], 0.5 * (ratio[9] + ratio[10]), ratio[0], ratio[19]);
      System.out.println("checksum " + sink);
    }
  }
}
