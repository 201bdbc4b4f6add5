package org.inversesuite.astro.rv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.random.Rng;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Where one answer of a saved RV cINN spends its time (encode the raw set, then 1000 draws through
 * {@link RvPosterior}, one thread), by sampling profiler: a Java Flight Recorder recording
 * (execution samples every millisecond) is started around {@code astro.bench.answers} answers on 8
 * simulated targets after a JIT warm-up, written to {@code astro.bench.out/answer.jfr}, and summarised
 * here: the share of samples whose top frame is each method (self time; also by source line) and the
 * share whose stack contains each method (inclusive time), the 25 largest of each. Time spent in
 * native code (e.g. {@code StrictMath.atan}) is not an execution sample and does not appear.
 *
 * <p>Run: {@code mvn -o -Pbench -pl astro -am verify -Dtest=RvAnswerProfileBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dastro.bench.model=target/astro-bench/rv-cinn.inn
 * [-Dastro.bench.answers=3000] [-Dastro.bench.out=target/astro-bench-profile]}.
 */
@Tag("benchmark")
class RvAnswerProfileBenchmark {
  private static final int DRAWS = 1000;
  private static final int SHOWN = 25;

  @Test
  void profileOfOneAnswer() throws IOException {
    Path file = Path.of(System.getProperty("astro.bench.model", "target/astro-bench/rv-cinn.inn"));
    int answers = Integer.getInteger("astro.bench.answers", 3000);
    Path out = Path.of(System.getProperty("astro.bench.out", "target/astro-bench-profile"));
    Files.createDirectories(out);
    try (RvModelFile saved = RvModelFile.load(file, 2)) {
      Cinn two = saved.cinn();
      RvPosterior posterior = saved.posterior().withCinn(new Cinn(two.flow(), two.xSpace(), two.yNormalization(), 1));
      RvSetEncoding encoding = saved.experiment().simulator().encoding();
      List<RvSimulation> targets = saved.experiment().simulator().simulator().simulate(8, new Rng(5));
      for (int w = 0; w < 300; w++) {
        answer(posterior, encoding, targets.get(w % targets.size()), w);
      }
      Path jfr = out.resolve("answer.jfr");
      try (Recording recording = new Recording()) {
        recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
        recording.start();
        long t0 = System.nanoTime();
        for (int a = 0; a < answers; a++) {
          answer(posterior, encoding, targets.get(a % targets.size()), 1000 + a);
        }
        System.out.printf("%d answers in %.1f s wall (%.2f ms each)%n", answers, (System.nanoTime() - t0) * 1e-9,
            (System.nanoTime() - t0) * 1e-6 / answers);
        recording.stop();
        recording.dump(jfr);
      }
      summarise(jfr);
    }
  }

  private static void answer(RvPosterior posterior, RvSetEncoding encoding, RvSimulation s, long seed) {
    posterior.sample(encoding.encode(s.observations()).toRows()[0], DRAWS, new Rng(seed));
  }

  /** Prints self and inclusive shares of the execution samples taken on this (the calling) thread. */
  private static void summarise(Path jfr) throws IOException {
    String thread = Thread.currentThread().getName();
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> selfLine = new HashMap<>();
    Map<String, Integer> inclusive = new HashMap<>();
    int total = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getThread("sampledThread") == null
          || !thread.equals(e.getThread("sampledThread").getJavaName())) {
        continue;
      }
      RecordedStackTrace stack = e.getStackTrace();
      if (stack == null || stack.getFrames().isEmpty()) {
        continue;
      }
      total++;
      List<RecordedFrame> frames = stack.getFrames();
      self.merge(name(frames.get(0)), 1, Integer::sum);
      selfLine.merge(name(frames.get(0)) + ":" + frames.get(0).getLineNumber(), 1, Integer::sum);
      Set<String> seen = new HashSet<>();
      for (RecordedFrame f : frames) {
        if (seen.add(name(f))) {
          inclusive.merge(name(f), 1, Integer::sum);
        }
      }
    }
    System.out.printf("%d execution samples on thread %s%n", total, thread);
    print("self (top frame)", self, total);
    print("self, by line", selfLine, total);
    // frames on every sample's stack (the test runner) say nothing
    int all = total;
    inclusive.values().removeIf(v -> v >= all);
    print("inclusive (on the stack)", inclusive, total);
  }

  private static String name(RecordedFrame f) {
    String type = f.getMethod().getType().getName();
    return type.substring(type.lastIndexOf('.') + 1) + "." + f.getMethod().getName();
  }

  private static void print(String title, Map<String, Integer> counts, int total) {
    System.out.println(title + ":");
    counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(SHOWN)
        .forEach(e -> System.out.printf("  %5.1f %%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
  }
}
