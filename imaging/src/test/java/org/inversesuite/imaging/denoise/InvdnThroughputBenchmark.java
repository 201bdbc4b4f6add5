package org.inversesuite.imaging.denoise;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.inversesuite.core.config.Json;
import org.inversesuite.imaging.Image;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Training throughput of InvDN in patches/s (forward, inverse and their backward passes, Adam
 * step included) for the committed experiment's network, patch size and batch, on synthetic
 * images (throughput does not depend on the pixels, so no data set is needed). The first
 * {@code WARMUP} steps (ND4J and oneDNN start-up) are not counted. Run with
 * {@code mvn -Pbench -pl core,data,imaging -am verify -Dtest=InvdnThroughputBenchmark}.
 */
@Tag("benchmark")
class InvdnThroughputBenchmark {
  private static final int WARMUP = 3;
  private static final int STEPS = 23;

  @Test
  void patchesPerSecond() throws Exception {
    Path configFile = Path.of("..").resolve(System.getProperty("invdn.config", "experiments/imaging/invdn-s25.json"));
    InvdnExperiment committed = Json.mapper().readValue(configFile.toFile(), InvdnExperiment.class);
    InvdnExperiment e = new InvdnExperiment(committed.name(), committed.images(), committed.heldOut(), committed.sigma(),
        committed.network(), committed.patchSize(), committed.batchSize(), STEPS, committed.learningRate(), committed.finalLearningRate(),
        committed.backwardWeight(), committed.latent(), committed.evaluationCrop(), committed.seed());
    List<Image> images = InvdnStepProfileBenchmark.syntheticImages();
    long[] start = new long[1];
    InvdnTraining.train(e, images, (step, loss) -> {
      if (step == WARMUP - 1) {
        start[0] = System.nanoTime();
      }
    });
    double seconds = (System.nanoTime() - start[0]) / 1e9;
    int counted = STEPS - WARMUP;
    System.out.printf(Locale.ROOT, "InvDN training, %s, %dx%d patches, batch %d: %d steps in %.2f s, %.1f patches/s,"
            + " %.0f ms per step (OMP_WAIT_POLICY=%s)%n", e.network(), e.patchSize(), e.patchSize(), e.batchSize(), counted,
        seconds, counted * e.batchSize() / seconds, 1e3 * seconds / counted, System.getenv("OMP_WAIT_POLICY"));
  }
}
