package org.inversesuite.cli.imaging;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inversesuite.cli.plot.Figure;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.io.AtomicFiles;
import org.inversesuite.core.random.Rng;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.baseline.HaarShrinkage;
import org.inversesuite.imaging.denoise.InvdnExperiment;
import org.inversesuite.imaging.io.ImageReading;
import org.inversesuite.imaging.metric.Psnr;
import org.inversesuite.imaging.metric.Ssim;
import org.inversesuite.imaging.noise.GaussianNoise;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code inverse imaging evaluate}: PSNR/SSIM of the noisy input, the wavelet baseline and
 * optionally a shipped InvDN model on the held-out images of an experiment's split, per image and
 * σ, as markdown (printed and written) and CSV, with a comparison picture per image and σ. The
 * noise of image f is drawn from the experiment seed's stream "evaluation"/f, the same ε for
 * every σ (common random numbers), as in the InvDN experiment benchmark.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"PSNR/SSIM of noisy, wavelet-denoised and (with --model) network-denoised held-out images,",
        "per image and noise level; writes evaluation.md, evaluation.csv and one picture per image and sigma."},
    footer = {"", "Examples:", "  inverse imaging evaluate --sigma 15,25,50 --model invdn-s25 --out target/imaging-eval",
        "  inverse imaging evaluate --sigma 25 --model invdn-s25,winnet-s25 --out target/e"})
public final class EvaluateCommand implements Callable<Integer> {
  @Option(names = "--config", defaultValue = "experiments/imaging/invdn-s25.json",
      description = "experiment whose held-out images, crop and seed are used (default ${DEFAULT-VALUE})")
  Path config;

  @Option(names = "--images", description = "folder of the images (default: the experiment's 'images')")
  Path images;

  @Option(names = "--sigma", split = ",", defaultValue = "15,25,50",
      description = "noise levels on the 0-255 scale, comma-separated (default ${DEFAULT-VALUE})")
  double[] sigmas;

  @Option(names = "--model", split = ",", description = {"models to evaluate too, side by side, comma-separated:",
      "a shipped one (invdn-s25, winnet-s15, winnet-s25, winnet-s50, winnet-blind)",
      "or an .invmodel file written by the InvDN or WINNet runner"})
  List<String> models = new ArrayList<>();

  @Option(names = "--crop", description = "side of the evaluated centre crop (default: the experiment's evaluationCrop; 0 = whole image)")
  Integer crop;

  @Option(names = "--gain", defaultValue = "5", description = "magnification of the difference panel (default ${DEFAULT-VALUE})")
  double gain;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder of the tables and pictures")
  Path out;

  @picocli.CommandLine.Mixin
  OutputOptions output;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    for (double s : sigmas) {
      if (!(s > 0 && s <= 255)) {
        throw new IllegalArgumentException("--sigma values must be in (0, 255] (the 0-255 scale), got " + s);
      }
    }
    if (!(gain > 0) || Double.isInfinite(gain)) {
      throw new IllegalArgumentException("--gain must be positive, got " + gain);
    }
    InvdnExperiment e = experiment();
    Path folder = images != null ? images : Path.of(e.images());
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("image folder " + folder + " (from " + (images != null ? "--images" : config)
          + ") does not exist; pass --images DIR");
    }
    if (e.heldOut().isEmpty()) {
      throw new IllegalArgumentException(config + " holds out no images (field heldOut)");
    }
    List<DenoiserModels.Model> trained = new ArrayList<>();
    for (String m : models) {
      DenoiserModels.Model model = DenoiserModels.resolve(m);
      for (double s : sigmas) {
        if (Double.isNaN(model.trainedSigma())) {
          err.printf(Locale.ROOT, "note: %s is blind: it ignores sigma and runs at the level it estimates%n", model.label());
          break;
        }
        if (s != model.trainedSigma()) {
          err.printf(Locale.ROOT, "note: %s was trained at sigma %s and is applied unchanged at sigma %s%n", model.label(),
              fmt(model.trainedSigma()), fmt(s));
        }
      }
      trained.add(model);
    }
    List<Path> targets = new ArrayList<>(List.of(out.resolve("evaluation.md"), out.resolve("evaluation.csv")));
    for (String name : e.heldOut()) {
      for (double s : sigmas) {
        targets.add(picture(name, s));
      }
    }
    for (Path t : targets) {
      if (Files.exists(t) && !output.force) {
        throw new IllegalArgumentException(t + " exists; pass --force to replace the files of an earlier evaluation");
      }
    }
    Files.createDirectories(out);
    int side = crop != null ? crop : e.evaluationCrop();
    if (side < 0) {
      throw new IllegalArgumentException("--crop must be >= 0, got " + side);
    }
    HaarShrinkage wavelet = new HaarShrinkage(4, 4);
    Rng noise = new Rng(e.seed()).stream("evaluation");
    List<EvaluationRow> rows = new ArrayList<>();
    for (String name : e.heldOut()) {
      Image full = ImageReading.read(folder.resolve(name)).image();
      int ch = side == 0 ? full.height() : Math.min(side, full.height());
      int cw = side == 0 ? full.width() : Math.min(side, full.width());
      Image clean = full.crop((full.height() - ch) / 2, (full.width() - cw) / 2, ch, cw);
      for (double s : sigmas) {
        Image noisy = GaussianNoise.add(clean, s, noise.stream(name));
        Image base = wavelet.denoise(noisy, s).clamped();
        List<ComparisonPicture.Panel> panels = new ArrayList<>();
        panels.add(new ComparisonPicture.Panel(String.format(Locale.ROOT, "noisy σ=%s", fmt(s)), noisy.clamped()));
        rows.add(row(name, s, "noisy", clean, noisy));
        rows.add(row(name, s, "wavelet", clean, base));
        panels.add(new ComparisonPicture.Panel("wavelet", base));
        Image last = base;
        String lastName = "wavelet";
        for (DenoiserModels.Model model : trained) {
          last = model.denoise().apply(noisy, s).clamped();
          lastName = model.label();
          rows.add(row(name, s, lastName, clean, last));
          panels.add(new ComparisonPicture.Panel(lastName, last));
        }
        panels.add(new ComparisonPicture.Panel("clean", clean));
        panels.add(new ComparisonPicture.Panel(String.format(Locale.ROOT, "|%s − clean| × %s", lastName, fmt(gain)),
            ComparisonPicture.difference(last, clean, gain)));
        Figure.writePng(picture(name, s), ComparisonPicture.draw(panels));
        err.printf(Locale.ROOT, "%s sigma %s done%n", name, fmt(s));
        err.flush();
      }
    }
    String md = EvaluationTables.markdown(rows);
    String header = String.format(Locale.ROOT, "Held-out images of %s (%s), centre crop %s, noise seed %d;"
        + " PSNR over RGB on the 0-255 scale, SSIM of Wang et al. 2004.%n%n", config, folder,
        side == 0 ? "none" : side + "x" + side, e.seed());
    AtomicFiles.write(out.resolve("evaluation.md"), (header + md).getBytes(StandardCharsets.UTF_8));
    AtomicFiles.write(out.resolve("evaluation.csv"), EvaluationTables.csv(rows));
    System.out.print(md);
    System.out.println("wrote " + targets.size() + " files to " + out);
    return 0;
  }

  private Path picture(String image, double sigma) {
    return out.resolve(image.replaceAll("\\.[A-Za-z]+$", "") + "-s" + fmt(sigma) + ".png");
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  private static EvaluationRow row(String image, double sigma, String method, Image clean, Image test) {
    return new EvaluationRow(image, sigma, method, Psnr.of(clean, test), Ssim.of(clean, test));
  }

  private InvdnExperiment experiment() {
    if (!Files.isRegularFile(config)) {
      throw new IllegalArgumentException("experiment config " + config + " does not exist; pass --config FILE");
    }
    try {
      return Json.mapper().readValue(config.toFile(), InvdnExperiment.class);
    } catch (IOException | RuntimeException ex) {
      throw new IllegalArgumentException("cannot read the experiment config " + config + ": " + ex.getMessage(), ex);
    }
  }
}
