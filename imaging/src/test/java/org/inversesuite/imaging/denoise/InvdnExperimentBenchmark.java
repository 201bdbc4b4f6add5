package org.inversesuite.imaging.denoise;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;
import org.inversesuite.data.npy.NpyWriter;
import org.inversesuite.imaging.ExperimentInputs;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.baseline.HaarShrinkage;
import org.inversesuite.imaging.io.ImageFolder;
import org.inversesuite.imaging.io.ImageReading;
import org.inversesuite.imaging.io.ImageWriting;
import org.inversesuite.imaging.metric.Psnr;
import org.inversesuite.imaging.metric.Ssim;
import org.inversesuite.imaging.noise.GaussianNoise;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Trains the InvDN experiment named by {@code -Dinvdn.config} (default
 * experiments/imaging/invdn-s25.json) on the non-held-out images and prints PSNR/SSIM per
 * held-out image for the noisy input, the Haar BayesShrink baseline and the network; writes the
 * weights and example images to {@code target/invdn/}. {@code -Dinvdn.images=DIR} overrides the
 * config's image folder (from a git worktree, ../shared is not beside the repository);
 * {@code -Dinvdn.budgetSeconds=S} ends the training after the step that passes S seconds. Run with
 * {@code mvn -Pbench -pl core,data,imaging verify -Dtest=InvdnExperimentBenchmark}.
 */
@Tag("benchmark")
class InvdnExperimentBenchmark {
  @Test
  void trainAndEvaluate() throws Exception {
    ExperimentInputs<InvdnExperiment> in = ExperimentInputs.read("invdn.config", "experiments/imaging/invdn-s25.json", "invdn.images",
        InvdnExperiment.class, InvdnExperiment::images, InvdnExperiment::heldOut);
    InvdnExperiment e = in.experiment();
    Path folder = in.folder();
    List<Image> train = in.training();
    long t0 = System.nanoTime();
    double budget = Double.parseDouble(System.getProperty("invdn.budgetSeconds", "Infinity"));
    int every = Math.max(5, e.iterations() / 100);
    int[] done = new int[1];
    double[] sums = new double[3];
    org.inversesuite.core.tensor.Matrix initial = e.initialWeights().isEmpty() ? null
        : org.inversesuite.data.npy.NpyReader.read(Path.of("..").resolve(e.initialWeights()));
    Parameters p = InvdnTraining.train(e, train, initial, (it, loss) -> {
      done[0] = it + 1;
      sums[0] += loss.forward();
      sums[1] += loss.backward();
      sums[2]++;
      if (it % every == 0 || it == e.iterations() - 1) {
        System.out.printf(Locale.ROOT, "step %d  L_forw %.5f  L_back %.5f  (mean of the last %d steps; lr %.2e; %.1f s)%n", it,
            sums[0] / sums[2], sums[1] / sums[2], (int) sums[2], e.learningRate(it), (System.nanoTime() - t0) / 1e9);
        java.util.Arrays.fill(sums, 0);
      }
    }, () -> (System.nanoTime() - t0) / 1e9 > budget);
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "trained %d of %d steps of %d patches in %.1f s: %.2f patches/s%n", done[0], e.iterations(),
        e.batchSize(), seconds, done[0] * e.batchSize() / seconds);
    Path out = Path.of("target/invdn");
    NpyWriter.write(out.resolve(e.name() + "-weights.npy"), p.values());
    InvdnDenoiser denoiser = new InvdnDenoiser(e.network(), p);
    HaarShrinkage wavelet = new HaarShrinkage(4, 4);
    System.out.println("| image | noisy PSNR / SSIM | Haar BayesShrink PSNR / SSIM | InvDN PSNR / SSIM | InvDN time |");
    System.out.println("|---|---|---|---|---|");
    Rng noise = new Rng(e.seed()).stream("evaluation");
    com.fasterxml.jackson.databind.node.ObjectNode metrics = org.inversesuite.core.config.Json.mapper().createObjectNode();
    metrics.put("trainingSeconds", seconds);
    metrics.put("steps", done[0]);
    com.fasterxml.jackson.databind.node.ObjectNode perImage = metrics.putObject("heldOutSigma" + (int) e.sigma());
    for (String name : e.heldOut()) {
      Image full = ImageReading.read(folder.resolve(name)).image();
      Image clean = ImageFolder.centreCrop(full, e.evaluationCrop());
      Image noisy = GaussianNoise.add(clean, e.sigma(), noise.stream(name));
      Image base = wavelet.denoise(noisy, e.sigma()).clamped();
      long d0 = System.nanoTime();
      Image net = denoiser.denoise(noisy).clamped();
      double dt = (System.nanoTime() - d0) / 1e9;
      System.out.printf(Locale.ROOT, "| %s (%s) | %.2f / %.3f | %.2f / %.3f | %.2f / %.3f | %.1f s |%n", name, clean.shape(),
          Psnr.of(clean, noisy), Ssim.of(clean, noisy), Psnr.of(clean, base), Ssim.of(clean, base), Psnr.of(clean, net),
          Ssim.of(clean, net), dt);
      com.fasterxml.jackson.databind.node.ObjectNode m = perImage.putObject(name);
      m.put("invdnPsnr", Psnr.of(clean, net));
      m.put("invdnSsim", Ssim.of(clean, net));
      m.put("waveletPsnr", Psnr.of(clean, base));
      m.put("waveletSsim", Ssim.of(clean, base));
      String stem = name.replaceAll("\\.[a-z]+$", "");
      ImageWriting.write(out.resolve(stem + "-noisy.png"), noisy, 8);
      ImageWriting.write(out.resolve(stem + "-wavelet.png"), base, 8);
      ImageWriting.write(out.resolve(stem + "-invdn.png"), net, 8);
    }
    InvdnModelFile.write(out.resolve(e.name() + ".invmodel"), e, p, metrics);
    System.out.println("wrote " + out.resolve(e.name() + ".invmodel"));
  }
}
