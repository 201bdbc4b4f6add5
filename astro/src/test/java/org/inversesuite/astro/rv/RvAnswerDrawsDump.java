package org.inversesuite.astro.rv;

import java.io.DataOutputStream;
import java.io.FileOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Writes one answer of a saved model per target (1000 draws, {@link RvPosterior#sample} with the rng of seed
 * 100 + target, the 20 targets of {@code RvFlowSizeBenchmark}, seed 77) as raw double bits, so that two builds' answers
 * can be compared byte for byte ({@code cmp}; docs/astro.md run 30: this branch against main).
 *
 * <p>Run: {@code mvn -o -Pbench -pl astro -am verify -Dtest=RvAnswerDrawsDump -Dsurefire.failIfNoSpecifiedTests=false
 * -Dastro.bench.model=ABSOLUTE.inn -Dastro.bench.out=ABSOLUTE.bin}.
 */
@Tag("benchmark")
class RvAnswerDrawsDump {
  @Test
  void dump() throws Exception {
    Path file = Path.of(System.getProperty("astro.bench.model", "target/mix11.inn"));
    Path out = Path.of(System.getProperty("astro.bench.out", "target/answer-draws.bin"));
    try (RvModelFile saved = RvModelFile.load(file, 1);
        DataOutputStream o = new DataOutputStream(new FileOutputStream(out.toFile()))) {
      RvPosterior posterior = saved.posterior();
      RvSetEncoding encoding = saved.experiment().simulator().encoding();
      List<RvSimulation> targets = saved.experiment().simulator().simulator().simulate(20, new Rng(77));
      for (int i = 0; i < targets.size(); i++) {
        double[] y = encoding.encode(targets.get(i).observations()).toRows()[0];
        Matrix a = posterior.sample(y, 1000, new Rng(100 + i));
        for (int e = 0; e < a.size(); e++) {
          o.writeLong(Double.doubleToRawLongBits(a.get(e)));
        }
      }
    }
    System.out.println("answers of " + file + " written to " + out);
  }
}
