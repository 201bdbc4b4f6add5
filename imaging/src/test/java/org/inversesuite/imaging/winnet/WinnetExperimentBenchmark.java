package org.inversesuite.imaging.winnet;

import java.nio.file.Path;
import org.inversesuite.imaging.BenchmarkContext;
import org.inversesuite.imaging.train.RunOutputs;
import org.inversesuite.imaging.train.RunSchedule;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs the WINNet experiment named by {@code -Dwinnet.config} (default
 * experiments/imaging/winnet-s25.json) through {@link WinnetRun}, the run of
 * {@code inverse train}: trains on the non-held-out images, prints the PSNR/SSIM of the wavelet
 * baseline and of the model on the 256x256 centre crops of the held-out images and writes
 * {@code target/winnet/<name>.invmodel}. {@code -Dwinnet.images=DIR} overrides the image folder;
 * {@code -Dwinnet.budgetSeconds=S} ends the training at S seconds and stretches the learning-rate
 * schedule to whichever of the steps or the budget runs out first; the weights so far are
 * checkpointed (atomically, metrics {@code "checkpoint": true}) to
 * {@code target/winnet/<name>-checkpoint.invmodel} every {@code -Dwinnet.checkpointSeconds} (120);
 * {@code -Dwinnet.keepCheckpoints=true} also keeps each one as {@code <name>-step<k>.invmodel}, so
 * that the held-out PSNR can be measured against the number of steps afterwards.
 * A blind experiment is evaluated at its {@code sigma} with the estimated level fed. Run with
 * {@code mvn -Pbench -pl core,data,imaging verify -Dtest=WinnetExperimentBenchmark}.
 */
@Tag("benchmark")
class WinnetExperimentBenchmark {
  @Test
  void trainAndEvaluate() throws Exception {
    WinnetExperiment e = BenchmarkContext.config("winnet.config", "experiments/imaging/winnet-s25.json",
        WinnetExperiment.class);
    BenchmarkContext context = new BenchmarkContext(Path.of("target/winnet"), "winnet.images");
    double budget = Double.parseDouble(System.getProperty("winnet.budgetSeconds", "Infinity"));
    double checkpointSeconds = Double.parseDouble(System.getProperty("winnet.checkpointSeconds", "120"));
    boolean keep = Boolean.parseBoolean(System.getProperty("winnet.keepCheckpoints", "false"));
    WinnetRun.run(e, context, RunOutputs.beside(context.folder(), e.name()),
        new RunSchedule(budget, Integer.MAX_VALUE, checkpointSeconds, keep));
    System.out.println("wrote " + context.folder().resolve(e.name() + ".invmodel"));
  }
}
