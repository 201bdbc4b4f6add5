package org.inversesuite.imaging.winnet;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Locale;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;
import org.inversesuite.imaging.ExperimentInputs;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.baseline.HaarShrinkage;
import org.inversesuite.imaging.io.ImageFolder;
import org.inversesuite.imaging.io.ImageReading;
import org.inversesuite.imaging.metric.Psnr;
import org.inversesuite.imaging.noise.NoiseLevel;
import org.inversesuite.imaging.noise.GaussianNoise;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Trains the WINNet experiment named by {@code -Dwinnet.config} (default
 * experiments/imaging/winnet-s25.json) on the non-held-out images, prints the PSNR of the
 * wavelet baseline and of the model on the 256x256 centre crops of the held-out images (noise
 * from the seed's "evaluation" stream, as {@code inverse imaging evaluate}) and writes
 * {@code target/winnet/<name>.invmodel}. {@code -Dwinnet.images=DIR} overrides the image folder;
 * {@code -Dwinnet.budgetSeconds=S} ends the training at S seconds and stretches the learning-rate
 * schedule to whichever of the steps or the budget runs out first; the model is checkpointed
 * (atomically, metrics {@code "checkpoint": true}) every {@code -Dwinnet.checkpointSeconds} (120);
 * {@code -Dwinnet.keepCheckpoints=true} also keeps each one as {@code <name>-step<k>.invmodel}, so
 * that the held-out PSNR can be measured against the number of steps afterwards.
 * A blind experiment is evaluated at its {@code sigma} with the estimated level fed. Run with
 * {@code mvn -Pbench -pl core,data,imaging verify -Dtest=WinnetExperimentBenchmark}.
 */
@Tag("benchmark")
class WinnetExperimentBenchmark {
  @Test
  void trainAndEvaluate() throws Exception {
    ExperimentInputs<WinnetExperiment> in = ExperimentInputs.read("winnet.config", "experiments/imaging/winnet-s25.json",
        "winnet.images", WinnetExperiment.class, WinnetExperiment::images, WinnetExperiment::heldOut);
    WinnetExperiment e = in.experiment();
    double budget = Double.parseDouble(System.getProperty("winnet.budgetSeconds", "Infinity"));
    double checkpointSeconds = Double.parseDouble(System.getProperty("winnet.checkpointSeconds", "120"));
    boolean keep = Boolean.parseBoolean(System.getProperty("winnet.keepCheckpoints", "false"));
    Path out = Path.of("target/winnet").resolve(e.name() + ".invmodel");
    java.nio.file.Files.createDirectories(out.getParent());
    ShrinkageNetwork start = WinnetTraining.startingNetwork(e, Path.of(".."));
    System.out.println(e.initialModel().isEmpty() ? "starting from the wavelet baseline (zero last layers)"
        : "warm start from " + e.initialModel());
    long t0 = System.nanoTime();
    int every = Math.max(5, e.iterations() / 100);
    int[] done = new int[1];
    double[] sums = new double[2];
    double[] lastCheckpoint = {0};
    Parameters p = WinnetTraining.train(e, start, in.training(), budget, (it, mse, lr, weights) -> {
      done[0] = it + 1;
      sums[0] += mse;
      sums[1]++;
      double now = (System.nanoTime() - t0) / 1e9;
      if (it % every == 0 || it == e.iterations() - 1) {
        System.out.printf(Locale.ROOT, "step %d  MSE %.2f (PSNR %.2f dB; mean of the last %d steps; lr %.2e; %.1f s)%n", it,
            sums[0] / sums[1], 10 * Math.log10(255 * 255 / (sums[0] / sums[1])), (int) sums[1], lr, now);
        java.util.Arrays.fill(sums, 0);
      }
      if (now - lastCheckpoint[0] > checkpointSeconds) {
        lastCheckpoint[0] = now;
        ObjectNode partial = Json.mapper().createObjectNode().put("checkpoint", true).put("trainingSeconds", now)
            .put("steps", it + 1);
        WinnetModelFile.write(out, e, weights, partial);
        if (keep) {
          WinnetModelFile.write(out.resolveSibling(e.name() + "-step" + (it + 1) + ".invmodel"), e, weights, partial);
        }
      }
    });
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "trained %d of %d steps of %d patches in %.1f s: %.2f patches/s%n", done[0], e.iterations(),
        e.batchSize(), seconds, done[0] * e.batchSize() / seconds);
    WinnetDenoiser denoiser = new WinnetDenoiser(e.levels(), e.shifts(), e.subnet(), p, e.colour());
    HaarShrinkage wavelet = new HaarShrinkage(4, 4);
    Rng noise = new Rng(e.seed()).stream("evaluation");
    ObjectNode metrics = Json.mapper().createObjectNode();
    metrics.put("trainingSeconds", seconds);
    metrics.put("steps", done[0]);
    ObjectNode perImage = metrics.putObject("heldOutSigma" + (int) e.sigma());
    double[] mean = new double[2];
    for (String name : e.heldOut()) {
      Image clean = ImageFolder.centreCrop(ImageReading.read(in.folder().resolve(name)).image(), 256);
      Image noisy = GaussianNoise.add(clean, e.sigma(), noise.stream(name));
      double base = Psnr.of(clean, wavelet.denoise(noisy, e.sigma()).clamped());
      long d0 = System.nanoTime();
      double fed = e.blind() ? WinnetTraining.blindLevel(NoiseLevel.estimate(noisy)) : e.sigma();
      double ours = Psnr.of(clean, denoiser.denoise(noisy, fed).clamped());
      System.out.printf(Locale.ROOT, "| %s | wavelet %.2f | winnet %.2f | %+.2f dB | %.1f s | sigma fed %.2f |%n", name, base,
          ours, ours - base, (System.nanoTime() - d0) / 1e9, fed);
      perImage.putObject(name).put("waveletPsnr", base).put("winnetPsnr", ours);
      mean[0] += base / e.heldOut().size();
      mean[1] += ours / e.heldOut().size();
    }
    System.out.printf(Locale.ROOT, "| mean | wavelet %.2f | winnet %.2f | %+.2f dB |%n", mean[0], mean[1], mean[1] - mean[0]);
    metrics.put("meanWaveletPsnr", mean[0]).put("meanWinnetPsnr", mean[1]);
    WinnetModelFile.write(out, e, p, metrics);
    System.out.println("wrote " + out);
  }
}
