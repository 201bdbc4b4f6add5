package org.inversesuite.imaging.denoise;

import java.nio.file.Path;
import org.inversesuite.imaging.BenchmarkContext;
import org.inversesuite.imaging.train.RunOutputs;
import org.inversesuite.imaging.train.RunSchedule;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs the InvDN experiment named by {@code -Dinvdn.config} (default
 * experiments/imaging/invdn-s25.json) through {@link InvdnRun}, the run of
 * {@code inverse train}: trains on the non-held-out images, prints PSNR/SSIM per held-out image
 * for the noisy input, the Haar BayesShrink baseline and the network, and writes the model, the
 * weights ({@code <name>-weights.npy}) and example images to {@code target/invdn/}.
 * {@code -Dinvdn.images=DIR} overrides the config's image folder (from a git worktree, ../shared
 * is not beside the repository); {@code -Dinvdn.budgetSeconds=S} ends the training after the
 * step that passes S seconds. Run with
 * {@code mvn -Pbench -pl core,data,imaging verify -Dtest=InvdnExperimentBenchmark}.
 */
@Tag("benchmark")
class InvdnExperimentBenchmark {
  @Test
  void trainAndEvaluate() throws Exception {
    InvdnExperiment e = BenchmarkContext.config("invdn.config", "experiments/imaging/invdn-s25.json", InvdnExperiment.class);
    BenchmarkContext context = new BenchmarkContext(Path.of("target/invdn"), "invdn.images");
    double budget = Double.parseDouble(System.getProperty("invdn.budgetSeconds", "Infinity"));
    InvdnRun.run(e, context, RunOutputs.beside(context.folder(), e.name()),
        new RunSchedule(budget, Math.max(1, e.iterations() / 10), Double.POSITIVE_INFINITY, false));
    System.out.println("wrote " + context.folder().resolve(e.name() + ".invmodel"));
  }
}
