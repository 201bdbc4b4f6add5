package org.inversesuite.imaging.stego;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.experiment.RunContext;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.RgbRows;
import org.inversesuite.imaging.io.ImageFolder;
import org.inversesuite.imaging.io.ImageReading;
import org.inversesuite.imaging.io.ImageWriting;
import org.inversesuite.imaging.train.CheckpointClock;
import org.inversesuite.imaging.train.RunOutputs;
import org.inversesuite.imaging.train.RunSchedule;
import org.inversesuite.imaging.train.TrainingImages;

/**
 * One HiNet training run, as {@code inverse train experiments/imaging/hinet-*.json} and the
 * benchmark runner do it: trains {@link HinetTraining} on the non-held-out images (from the
 * config's {@code initialModel} when it names one), logs the mean losses of every 1/30 of the
 * run as PSNR, checkpoints, then hides each held-out image's centre crop in the previous one's
 * (cover i, secret i+1, cyclically), reports the table of {@link HidingEvaluation} per pair and
 * its mean, writes the pictures (cover, stego, |stego − cover| × 10, secret, revealed, revealed
 * after JPEG 90) and the model with those metrics. The budget of the schedule is not used.
 */
public final class HinetRun {
  private static final String[] METRICS = {"stegoPsnrDb", "stegoSsim", "revealPsnrDb", "revealSsim",
      "unroundedRevealPsnrDb", "jpeg90RevealPsnrDb", "jpeg90RevealSsim"};

  private HinetRun() {}

  /** @return the metrics written with the model */
  public static ObjectNode run(HinetExperiment e, RunContext context, RunOutputs out, RunSchedule schedule) {
    if (e.heldOut().size() < 2) {
      throw new IllegalArgumentException("a HiNet experiment needs at least 2 held-out images (cover i hides secret i+1),"
          + " got " + e.heldOut());
    }
    Parameters initial = null;
    if (e.initialModel() != null) {
      Path start = context.startingModel(e.initialModel(), "initialModel");
      context.log("starting from " + start);
      initial = HinetModelFile.read(start).steganography().parameters();
    }
    TrainingImages images = TrainingImages.load(context, e.images(), e.heldOut());
    CheckpointClock clock = new CheckpointClock(schedule);
    int every = Math.max(1, e.iterations() / 30);
    double[] sums = new double[4];
    Parameters p = HinetTraining.train(e, images.training(), initial, (it, loss, weights) -> {
      sums[0] += loss.guide();
      sums[1] += loss.lowFrequency();
      sums[2] += loss.reconstruction();
      sums[3] += loss.lost();
      context.progress(it + 1, e.iterations(), String.format(Locale.ROOT, "rec %.1f dB", db(loss.reconstruction())));
      if ((it + 1) % every == 0) {
        context.log(String.format(Locale.ROOT, "step %d  guide %.2f dB  low %.2f dB  rec %.2f dB  RMS r %.4f  (mean MSE of"
            + " the last %d steps as PSNR; %.0f s)", it + 1, db(sums[0] / every), db(sums[1] / every),
            db(sums[2] / every), Math.sqrt(sums[3] / every), every, clock.seconds()));
        Arrays.fill(sums, 0);
      }
      if (clock.due(it + 1, e.iterations())) {
        ObjectNode at = Json.mapper().createObjectNode();
        at.put("checkpoint", true);
        at.put("checkpointStep", it + 1);
        at.put("trainingSeconds", Math.round(clock.seconds()));
        HinetModelFile.write(out.checkpoint(), e, weights, at);
        if (schedule.keepCheckpoints()) {
          HinetModelFile.write(out.checkpointAt(it + 1), e, weights, at);
        }
      }
    });
    double seconds = clock.seconds();
    context.report(String.format(Locale.ROOT, "trained %d steps of %d pairs in %.1f s: %.2f pairs/s, %d weights",
        e.iterations(), e.batchSize(), seconds, e.iterations() * e.batchSize() / seconds, p.size()));
    ObjectNode metrics = evaluate(e, new Steganography(e.network(), p), images.folder(), context, out);
    metrics.put("steps", e.iterations());
    metrics.put("trainingSeconds", Math.round(seconds));
    HinetModelFile.write(out.model(), e, p, metrics);
    return metrics;
  }

  private static ObjectNode evaluate(HinetExperiment e, Steganography s, Path folder, RunContext context, RunOutputs out) {
    context.report("| cover | secret | stego PSNR / SSIM | revealed PSNR / SSIM | revealed from unrounded stego PSNR"
        + " | revealed after JPEG 90 PSNR / SSIM |");
    context.report("|---|---|---|---|---|---|");
    ObjectNode metrics = Json.mapper().createObjectNode();
    metrics.put("convention", "PSNR over RGB, 8-bit stego PNG, reveal with z = 0; mean over the held-out pairs at "
        + e.evaluationCrop() + "x" + e.evaluationCrop());
    ObjectNode pairs = Json.mapper().createObjectNode();
    double[] mean = new double[METRICS.length];
    int n = e.heldOut().size();
    for (int i = 0; i < n; i++) {
      String coverName = e.heldOut().get(i);
      String secretName = e.heldOut().get((i + 1) % n);
      Image cover = RgbRows.rgb(crop(folder.resolve(coverName), e.evaluationCrop()));
      Image secret = RgbRows.rgb(crop(folder.resolve(secretName), e.evaluationCrop()));
      HidingEvaluation.Result r = HidingEvaluation.evaluate(s, cover, secret);
      double[] v = {r.stegoPsnr(), r.stegoSsim(), r.revealPsnr(), r.revealSsim(), r.floatRevealPsnr(), r.jpegPsnr(),
          r.jpegSsim()};
      ObjectNode pair = pairs.putObject(coverName + " hides " + secretName);
      for (int k = 0; k < v.length; k++) {
        mean[k] += v[k] / n;
        pair.put(METRICS[k], round(v[k]));
      }
      context.report(String.format(Locale.ROOT, "| %s | %s | %.2f / %.3f | %.2f / %.3f | %.2f | %.2f / %.3f |", coverName,
          secretName, v[0], v[1], v[2], v[3], v[4], v[5], v[6]));
      ImageWriting.write(out.picture(coverName.replaceAll("\\.[a-z]+$", "") + "-hinet.png"), HidingEvaluation.row(cover,
          r.stego(), HidingEvaluation.residual(cover, r.stego(), 10), secret, r.revealed(), r.revealedFromJpeg()), 8);
    }
    context.report(String.format(Locale.ROOT, "| mean | | %.2f / %.3f | %.2f / %.3f | %.2f | %.2f / %.3f |", mean[0],
        mean[1], mean[2], mean[3], mean[4], mean[5], mean[6]));
    for (int k = 0; k < METRICS.length; k++) {
      metrics.put(METRICS[k], round(mean[k]));
    }
    metrics.set("pairs", pairs);
    return metrics;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  private static double db(double mse) {
    return 10 * Math.log10(1 / mse);
  }

  private static Image crop(Path file, int size) {
    return ImageFolder.centreCrop(ImageReading.read(file).image(), size);
  }
}
