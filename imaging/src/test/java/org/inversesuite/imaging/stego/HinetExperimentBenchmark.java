package org.inversesuite.imaging.stego;

import java.nio.file.Path;
import org.inversesuite.imaging.BenchmarkContext;
import org.inversesuite.imaging.train.RunOutputs;
import org.inversesuite.imaging.train.RunSchedule;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs the HiNet experiment named by {@code -Dhinet.config} (default
 * experiments/imaging/hinet.json) through {@link HinetRun}, the run of
 * {@code inverse train}: trains on the non-held-out images, prints the table of
 * {@link HidingEvaluation} on the held-out pairs, and writes the model (versioned format, with
 * the metrics) and the pictures to {@code target/hinet/}. {@code -Dhinet.images=DIR} overrides
 * the image folder. Every {@code -Dhinet.checkpointEvery=N} steps (default: a tenth of the run)
 * the weights so far are written to {@code target/hinet/<name>-checkpoint.invmodel}, so a run
 * that is stopped still leaves a model {@code evaluate-hiding} can measure.
 * Run with {@code mvn -Pbench -pl core,data,imaging verify -Dtest=HinetExperimentBenchmark}.
 */
@Tag("benchmark")
class HinetExperimentBenchmark {
  @Test
  void trainAndEvaluate() throws Exception {
    HinetExperiment e = BenchmarkContext.config("hinet.config", "experiments/imaging/hinet.json", HinetExperiment.class);
    BenchmarkContext context = new BenchmarkContext(Path.of("target/hinet"), "hinet.images");
    int checkpointEvery = Integer.getInteger("hinet.checkpointEvery", Math.max(1, e.iterations() / 10));
    HinetRun.run(e, context, RunOutputs.beside(context.folder(), e.name()),
        new RunSchedule(Double.POSITIVE_INFINITY, checkpointEvery, Double.POSITIVE_INFINITY, false));
    System.out.println("wrote " + context.folder().resolve(e.name() + ".invmodel"));
  }
}
