package org.inversesuite.imaging.winnet;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Locale;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.experiment.RunContext;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.baseline.HaarShrinkage;
import org.inversesuite.imaging.io.ImageFolder;
import org.inversesuite.imaging.io.ImageReading;
import org.inversesuite.imaging.metric.Psnr;
import org.inversesuite.imaging.metric.Ssim;
import org.inversesuite.imaging.noise.GaussianNoise;
import org.inversesuite.imaging.noise.NoiseLevel;
import org.inversesuite.imaging.train.CheckpointClock;
import org.inversesuite.imaging.train.RunOutputs;
import org.inversesuite.imaging.train.RunSchedule;
import org.inversesuite.imaging.train.TrainingImages;

/**
 * One WINNet training run, as {@code inverse train experiments/imaging/winnet-*.json} and the
 * benchmark runner do it: trains {@link WinnetTraining} on the non-held-out images from the
 * config's {@code initialModel} (or the wavelet baseline: zero last layers), with the schedule's
 * budget (the step-size schedule is stretched to whichever of the steps or the budget runs out
 * first), logs the mean MSE of every 1/100 of the run, checkpoints, then reports the PSNR/SSIM of
 * the wavelet baseline and of the model on the 256x256 centre crops of the held-out images
 * (noise from the seed's stream "evaluation"/f, as {@code inverse imaging evaluate}; a blind
 * model is fed the level it estimates) and writes the model with those metrics.
 */
public final class WinnetRun {
  /** Side of the evaluated centre crops. */
  public static final int CROP = 256;

  private WinnetRun() {}

  /** @return the metrics written with the model */
  public static ObjectNode run(WinnetExperiment e, RunContext context, RunOutputs out, RunSchedule schedule) {
    Path start = e.initialModel().isEmpty() ? null : context.startingModel(e.initialModel(), "initialModel");
    ShrinkageNetwork net = WinnetTraining.startingNetworkFrom(e, start);
    context.log(start == null ? "starting from the wavelet baseline (zero last layers)" : "starting from " + start);
    TrainingImages images = TrainingImages.load(context, e.images(), e.heldOut());
    CheckpointClock clock = new CheckpointClock(schedule);
    int every = Math.max(5, e.iterations() / 100);
    int[] done = new int[1];
    double[] sums = new double[2];
    Parameters p = WinnetTraining.train(e, net, images.training(), schedule.budgetSeconds(), (it, mse, lr, weights) -> {
      done[0] = it + 1;
      sums[0] += mse;
      sums[1]++;
      context.progress(it + 1, e.iterations(), String.format(Locale.ROOT, "PSNR %.2f dB", psnr(mse)));
      if (it % every == 0 || it == e.iterations() - 1) {
        context.log(String.format(Locale.ROOT, "step %d  MSE %.2f (PSNR %.2f dB; mean of the last %d steps; lr %.2e; %.1f s)",
            it, sums[0] / sums[1], psnr(sums[0] / sums[1]), (int) sums[1], lr, clock.seconds()));
        sums[0] = 0;
        sums[1] = 0;
      }
      if (clock.due(it + 1, e.iterations())) {
        ObjectNode partial = Json.mapper().createObjectNode().put("checkpoint", true).put("trainingSeconds", clock.seconds())
            .put("steps", it + 1);
        WinnetModelFile.write(out.checkpoint(), e, weights, partial);
        if (schedule.keepCheckpoints()) {
          WinnetModelFile.write(out.checkpointAt(it + 1), e, weights, partial);
        }
      }
    });
    double seconds = clock.seconds();
    context.report(String.format(Locale.ROOT, "trained %d of %d steps of %d patches in %.1f s: %.2f patches/s", done[0],
        e.iterations(), e.batchSize(), seconds, done[0] * e.batchSize() / seconds));
    ObjectNode metrics = Json.mapper().createObjectNode();
    metrics.put("trainingSeconds", seconds);
    metrics.put("steps", done[0]);
    evaluate(e, new WinnetDenoiser(e.levels(), e.shifts(), e.subnet(), p, e.colour()), images.folder(), context, metrics);
    WinnetModelFile.write(out.model(), e, p, metrics);
    return metrics;
  }

  private static void evaluate(WinnetExperiment e, WinnetDenoiser denoiser, Path folder, RunContext context,
      ObjectNode metrics) {
    HaarShrinkage wavelet = new HaarShrinkage(4, 4);
    Rng noise = new Rng(e.seed()).stream("evaluation");
    ObjectNode perImage = metrics.putObject("heldOutSigma" + (int) e.sigma());
    context.report("| image | wavelet PSNR / SSIM | WINNet PSNR / SSIM | WINNet − wavelet | σ fed |");
    context.report("|---|---|---|---|---|");
    double[] mean = new double[4];
    for (String name : e.heldOut()) {
      Image clean = ImageFolder.centreCrop(ImageReading.read(folder.resolve(name)).image(), CROP);
      Image noisy = GaussianNoise.add(clean, e.sigma(), noise.stream(name));
      Image base = wavelet.denoise(noisy, e.sigma()).clamped();
      double fed = e.blind() ? WinnetTraining.blindLevel(NoiseLevel.estimate(noisy)) : e.sigma();
      Image ours = denoiser.denoise(noisy, fed).clamped();
      double[] v = {Psnr.of(clean, base), Ssim.of(clean, base), Psnr.of(clean, ours), Ssim.of(clean, ours)};
      context.report(String.format(Locale.ROOT, "| %s | %.2f / %.3f | %.2f / %.3f | %+.2f dB | %.2f |", name, v[0], v[1], v[2],
          v[3], v[2] - v[0], fed));
      perImage.putObject(name).put("waveletPsnr", v[0]).put("waveletSsim", v[1]).put("winnetPsnr", v[2])
          .put("winnetSsim", v[3]);
      for (int k = 0; k < v.length; k++) {
        mean[k] += v[k] / e.heldOut().size();
      }
    }
    if (!e.heldOut().isEmpty()) {
      context.report(String.format(Locale.ROOT, "| mean | %.2f / %.3f | %.2f / %.3f | %+.2f dB | |", mean[0], mean[1], mean[2],
          mean[3], mean[2] - mean[0]));
      metrics.put("meanWaveletPsnr", mean[0]).put("meanWaveletSsim", mean[1]).put("meanWinnetPsnr", mean[2])
          .put("meanWinnetSsim", mean[3]);
    }
  }

  private static double psnr(double mse) {
    return 10 * Math.log10(255 * 255 / mse);
  }
}
