package org.inversesuite.imaging.stego;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.imaging.ExperimentInputs;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.RgbRows;
import org.inversesuite.imaging.io.ImageFolder;
import org.inversesuite.imaging.io.ImageReading;
import org.inversesuite.imaging.io.ImageWriting;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Trains the HiNet experiment named by {@code -Dhinet.config} (default
 * experiments/imaging/hinet.json) on the non-held-out images, then hides each held-out image's
 * centre crop in the previous one's (cover i, secret i+1, cyclically) and prints the table of
 * {@link HidingEvaluation}; writes the model (versioned format, with the metrics) and the
 * pictures to {@code target/hinet/}. {@code -Dhinet.images=DIR} overrides the image folder.
 * Every {@code -Dhinet.checkpointEvery=N} steps (default: a tenth of the run) the weights so far
 * are written to {@code target/hinet/<name>-checkpoint.invmodel} (atomically, with the step in
 * its metrics), so a run that is stopped still leaves a model {@code evaluate-hiding} can measure.
 * Run with {@code mvn -Pbench -pl core,data,imaging verify -Dtest=HinetExperimentBenchmark}.
 */
@Tag("benchmark")
class HinetExperimentBenchmark {
  @Test
  void trainAndEvaluate() throws Exception {
    ExperimentInputs<HinetExperiment> in = ExperimentInputs.read("hinet.config", "experiments/imaging/hinet.json", "hinet.images",
        HinetExperiment.class, HinetExperiment::images, HinetExperiment::heldOut);
    HinetExperiment e = in.experiment();
    Path folder = in.folder();
    List<Image> train = in.training();
    long t0 = System.nanoTime();
    int every = Math.max(1, e.iterations() / 30);
    int checkpointEvery = Integer.getInteger("hinet.checkpointEvery", Math.max(1, e.iterations() / 10));
    Path out = Path.of("target/hinet");
    double[] sums = new double[4];
    Parameters initial = e.initialModel() == null ? null
        : HinetModelFile.read(Path.of("..").resolve(e.initialModel())).steganography().parameters();
    Parameters p = HinetTraining.train(e, train, initial, (it, loss, weights) -> {
      sums[0] += loss.guide();
      sums[1] += loss.lowFrequency();
      sums[2] += loss.reconstruction();
      sums[3] += loss.lost();
      if ((it + 1) % every == 0) {
        System.out.printf(Locale.ROOT, "step %d  guide %.2f dB  low %.2f dB  rec %.2f dB  RMS r %.4f  (mean MSE of the last %d steps as PSNR; %.0f s)%n",
            it + 1, db(sums[0] / every), db(sums[1] / every), db(sums[2] / every), Math.sqrt(sums[3] / every), every, (System.nanoTime() - t0) / 1e9);
        java.util.Arrays.fill(sums, 0);
      }
      if ((it + 1) % checkpointEvery == 0 && it + 1 < e.iterations()) {
        ObjectNode at = Json.mapper().createObjectNode();
        at.put("checkpointStep", it + 1);
        at.put("trainingSeconds", Math.round((System.nanoTime() - t0) / 1e9));
        HinetModelFile.write(out.resolve(e.name() + "-checkpoint.invmodel"), e, weights, at);
      }
    });
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "trained %d steps of %d pairs in %.1f s: %.2f pairs/s, %d weights%n", e.iterations(),
        e.batchSize(), seconds, e.iterations() * e.batchSize() / seconds, p.size());
    Steganography s = new Steganography(e.network(), p);
    System.out.println("| cover | secret | stego PSNR / SSIM | revealed PSNR / SSIM | revealed from unrounded stego PSNR"
        + " | revealed after JPEG 90 PSNR / SSIM | time |");
    System.out.println("|---|---|---|---|---|---|---|");
    double[] mean = new double[7];
    int n = e.heldOut().size();
    for (int i = 0; i < n; i++) {
      String coverName = e.heldOut().get(i);
      String secretName = e.heldOut().get((i + 1) % n);
      long d0 = System.nanoTime();
      Image cover = RgbRows.rgb(crop(folder.resolve(coverName), e.evaluationCrop()));
      Image secret = RgbRows.rgb(crop(folder.resolve(secretName), e.evaluationCrop()));
      HidingEvaluation.Result r = HidingEvaluation.evaluate(s, cover, secret);
      double dt = (System.nanoTime() - d0) / 1e9;
      double[] v = {r.stegoPsnr(), r.stegoSsim(), r.revealPsnr(), r.revealSsim(), r.floatRevealPsnr(), r.jpegPsnr(),
          r.jpegSsim()};
      for (int k = 0; k < v.length; k++) {
        mean[k] += v[k] / n;
      }
      System.out.printf(Locale.ROOT, "| %s | %s | %.2f / %.3f | %.2f / %.3f | %.2f | %.2f / %.3f | %.1f s |%n", coverName,
          secretName, v[0], v[1], v[2], v[3], v[4], v[5], v[6], dt);
      ImageWriting.write(out.resolve(coverName.replaceAll("\\.[a-z]+$", "") + "-hinet.png"), HidingEvaluation.row(cover,
          r.stego(), HidingEvaluation.residual(cover, r.stego(), 10), secret, r.revealed(), r.revealedFromJpeg()), 8);
    }
    System.out.printf(Locale.ROOT, "| mean | | %.2f / %.3f | %.2f / %.3f | %.2f | %.2f / %.3f | |%n", mean[0], mean[1],
        mean[2], mean[3], mean[4], mean[5], mean[6]);
    ObjectNode metrics = Json.mapper().createObjectNode();
    metrics.put("convention", "PSNR over RGB, 8-bit stego PNG, reveal with z = 0; mean over the held-out pairs at "
        + e.evaluationCrop() + "x" + e.evaluationCrop());
    String[] names = {"stegoPsnrDb", "stegoSsim", "revealPsnrDb", "revealSsim", "unroundedRevealPsnrDb",
        "jpeg90RevealPsnrDb", "jpeg90RevealSsim"};
    for (int k = 0; k < names.length; k++) {
      metrics.put(names[k], Math.round(mean[k] * 1000) / 1000.0);
    }
    metrics.put("trainingSeconds", Math.round(seconds));
    HinetModelFile.write(out.resolve(e.name() + ".invmodel"), e, p, metrics);
    System.out.println("wrote " + out.resolve(e.name() + ".invmodel"));
  }

  private static double db(double mse) {
    return 10 * Math.log10(1 / mse);
  }

  private static Image crop(Path file, int size) {
    return ImageFolder.centreCrop(ImageReading.read(file).image(), size);
  }
}
