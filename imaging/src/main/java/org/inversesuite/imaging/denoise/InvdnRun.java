package org.inversesuite.imaging.denoise;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.experiment.RunContext;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.data.npy.NpyReader;
import org.inversesuite.data.npy.NpyWriter;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.baseline.HaarShrinkage;
import org.inversesuite.imaging.io.ImageFolder;
import org.inversesuite.imaging.io.ImageReading;
import org.inversesuite.imaging.io.ImageWriting;
import org.inversesuite.imaging.metric.Psnr;
import org.inversesuite.imaging.metric.Ssim;
import org.inversesuite.imaging.noise.GaussianNoise;
import org.inversesuite.imaging.train.CheckpointClock;
import org.inversesuite.imaging.train.RunOutputs;
import org.inversesuite.imaging.train.RunSchedule;
import org.inversesuite.imaging.train.TrainingImages;

/**
 * One InvDN training run, as {@code inverse train experiments/imaging/invdn-*.json} and the
 * benchmark runner do it: trains {@link InvdnTraining} on the non-held-out images (from the
 * config's {@code initialWeights}, a .npy of weights or an InvDN .invmodel, when it names one),
 * logs the mean losses of every 1/100 of the run, checkpoints, ends after the step that passes
 * the schedule's budget (the step-size schedule stays the full run's), then reports PSNR/SSIM
 * per held-out centre crop for the noisy input, the Haar BayesShrink baseline and the network
 * (noise of image f from the seed's stream "evaluation"/f), writes noisy/wavelet/InvDN pictures,
 * the weights as {@code <model>-weights.npy} and the model with the metrics.
 */
public final class InvdnRun {
  private InvdnRun() {}

  /** @return the metrics written with the model */
  public static ObjectNode run(InvdnExperiment e, RunContext context, RunOutputs out, RunSchedule schedule) {
    Matrix initial = null;
    if (!e.initialWeights().isEmpty()) {
      Path start = context.startingModel(e.initialWeights(), "initialWeights");
      context.log("starting from " + start);
      initial = start.toString().endsWith(".invmodel") ? InvdnModelFile.read(start).denoiser().parameters().values()
          : NpyReader.read(start);
    }
    TrainingImages images = TrainingImages.load(context, e.images(), e.heldOut());
    CheckpointClock clock = new CheckpointClock(schedule);
    int every = Math.max(5, e.iterations() / 100);
    int[] done = new int[1];
    double[] sums = new double[3];
    Parameters p = InvdnTraining.train(e, images.training(), initial, (it, loss) -> {
      done[0] = it + 1;
      sums[0] += loss.forward();
      sums[1] += loss.backward();
      sums[2]++;
      context.progress(it + 1, e.iterations(), String.format(Locale.ROOT, "L_forw %.5f", loss.forward()));
      if (it % every == 0 || it == e.iterations() - 1) {
        context.log(String.format(Locale.ROOT, "step %d  L_forw %.5f  L_back %.5f  (mean of the last %d steps; lr %.2e;"
            + " %.1f s)", it, sums[0] / sums[2], sums[1] / sums[2], (int) sums[2], e.learningRate(it), clock.seconds()));
        Arrays.fill(sums, 0);
      }
    }, () -> clock.seconds() > schedule.budgetSeconds(), (it, weights) -> {
      if (clock.due(it + 1, e.iterations())) {
        ObjectNode at = Json.mapper().createObjectNode().put("checkpoint", true).put("steps", it + 1)
            .put("trainingSeconds", clock.seconds());
        InvdnModelFile.write(out.checkpoint(), e, weights, at);
        if (schedule.keepCheckpoints()) {
          InvdnModelFile.write(out.checkpointAt(it + 1), e, weights, at);
        }
      }
    });
    double seconds = clock.seconds();
    context.report(String.format(Locale.ROOT, "trained %d of %d steps of %d patches in %.1f s: %.2f patches/s", done[0],
        e.iterations(), e.batchSize(), seconds, done[0] * e.batchSize() / seconds));
    String weightsFile = out.model().getFileName().toString().replaceAll("\\.invmodel$", "") + "-weights.npy";
    NpyWriter.write(out.sibling(weightsFile), p.values());
    ObjectNode metrics = Json.mapper().createObjectNode();
    metrics.put("trainingSeconds", seconds);
    metrics.put("steps", done[0]);
    evaluate(e, new InvdnDenoiser(e.network(), p), images.folder(), context, out, metrics);
    InvdnModelFile.write(out.model(), e, p, metrics);
    return metrics;
  }

  private static void evaluate(InvdnExperiment e, InvdnDenoiser denoiser, Path folder, RunContext context, RunOutputs out,
      ObjectNode metrics) {
    HaarShrinkage wavelet = new HaarShrinkage(4, 4);
    context.report("| image | noisy PSNR / SSIM | Haar BayesShrink PSNR / SSIM | InvDN PSNR / SSIM |");
    context.report("|---|---|---|---|");
    Rng noise = new Rng(e.seed()).stream("evaluation");
    ObjectNode perImage = metrics.putObject("heldOutSigma" + (int) e.sigma());
    double[] mean = new double[4];
    for (String name : e.heldOut()) {
      Image clean = ImageFolder.centreCrop(ImageReading.read(folder.resolve(name)).image(), e.evaluationCrop());
      Image noisy = GaussianNoise.add(clean, e.sigma(), noise.stream(name));
      Image base = wavelet.denoise(noisy, e.sigma()).clamped();
      Image net = denoiser.denoise(noisy).clamped();
      double[] v = {Psnr.of(clean, net), Ssim.of(clean, net), Psnr.of(clean, base), Ssim.of(clean, base)};
      context.report(String.format(Locale.ROOT, "| %s (%s) | %.2f / %.3f | %.2f / %.3f | %.2f / %.3f |", name, clean.shape(),
          Psnr.of(clean, noisy), Ssim.of(clean, noisy), v[2], v[3], v[0], v[1]));
      perImage.putObject(name).put("invdnPsnr", v[0]).put("invdnSsim", v[1]).put("waveletPsnr", v[2])
          .put("waveletSsim", v[3]);
      for (int k = 0; k < v.length; k++) {
        mean[k] += v[k] / e.heldOut().size();
      }
      String stem = name.replaceAll("\\.[a-z]+$", "");
      ImageWriting.write(out.picture(stem + "-noisy.png"), noisy, 8);
      ImageWriting.write(out.picture(stem + "-wavelet.png"), base, 8);
      ImageWriting.write(out.picture(stem + "-invdn.png"), net, 8);
    }
    if (!e.heldOut().isEmpty()) {
      context.report(String.format(Locale.ROOT, "| mean | | %.2f / %.3f | %.2f / %.3f |", mean[2], mean[3], mean[0], mean[1]));
      metrics.put("meanInvdnPsnr", mean[0]).put("meanInvdnSsim", mean[1]).put("meanWaveletPsnr", mean[2])
          .put("meanWaveletSsim", mean[3]);
    }
  }
}
