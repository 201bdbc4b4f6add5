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
import org.inversesuite.core.io.AtomicFiles;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.RgbRows;
import org.inversesuite.imaging.io.ImageFolder;
import org.inversesuite.imaging.io.ImageReading;
import org.inversesuite.imaging.stego.HidingEvaluation;
import org.inversesuite.imaging.stego.HinetExperiment;
import org.inversesuite.imaging.stego.HinetModelFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code inverse imaging evaluate-hiding}: hides each held-out image of the model's own split in
 * the one before it (centre crops) and measures stego fidelity, recovery from the 8-bit stego
 * and from the stego saved as JPEG quality 90 ({@link HidingEvaluation}); writes hiding.md and
 * one picture per pair.
 */
@Command(name = "evaluate-hiding", mixinStandardHelpOptions = true,
    description = {"PSNR/SSIM of stego vs cover and revealed vs secret on the held-out images of a HiNet model's split",
        "(cover i, secret i+1), also after saving the stego as JPEG quality 90; writes hiding.md and one picture per pair."},
    footer = {"", "Example:", "  inverse imaging evaluate-hiding --images ../shared/data/images --out target/hiding-eval"})
public final class HidingEvaluateCommand implements Callable<Integer> {
  @Option(names = "--images", description = "folder of the images (default: the model's experiment 'images')")
  Path images;

  @Option(names = "--crop", description = "side of the evaluated centre crop (default: the experiment's evaluationCrop)")
  Integer crop;

  @Option(names = "--gain", defaultValue = "10", description = "magnification of the residual panel (default ${DEFAULT-VALUE})")
  double gain;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder of the table and pictures")
  Path out;

  @Mixin
  HinetModelOption modelOption;

  @Mixin
  OutputOptions output;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!(gain > 0) || Double.isInfinite(gain)) {
      throw new IllegalArgumentException("--gain must be positive, got " + gain);
    }
    HinetModelFile.Loaded model = modelOption.load(err);
    HinetExperiment e = model.experiment();
    Path folder = images != null ? images : Path.of(e.images());
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("image folder " + folder + " does not exist; pass --images DIR");
    }
    List<String> held = e.heldOut();
    if (held.size() < 2) {
      throw new IllegalArgumentException("the model's experiment holds out " + held.size() + " image(s); pairs need 2");
    }
    int side = crop != null ? crop : e.evaluationCrop();
    if (side < 2) {
      throw new IllegalArgumentException("--crop must be >= 2, got " + side);
    }
    List<Path> targets = new ArrayList<>(List.of(out.resolve("hiding.md")));
    for (String name : held) {
      targets.add(picture(name));
    }
    for (Path t : targets) {
      output.requireWritable(t);
    }
    Files.createDirectories(out);
    StringBuilder md = new StringBuilder(String.format(Locale.ROOT, "Held-out images of %s (%s), centre crop %dx%d,"
        + " cover i / secret i+1; PSNR over RGB on the 0-255 scale, SSIM of Wang et al. 2004; stego saved as 8-bit PNG,"
        + " revealed with z = 0.%n%n| cover | secret | stego vs cover PSNR / SSIM | revealed PSNR / SSIM |"
        + " revealed from unrounded stego PSNR | revealed after JPEG 90 PSNR / SSIM |%n|---|---|---|---|---|---|%n",
        e.name(), folder, side, side));
    double[] mean = new double[7];
    for (int i = 0; i < held.size(); i++) {
      String coverName = held.get(i);
      String secretName = held.get((i + 1) % held.size());
      Image cover = RgbRows.rgb(ImageFolder.centreCrop(ImageReading.read(folder.resolve(coverName)).image(), side));
      Image secret = RgbRows.rgb(ImageFolder.centreCrop(ImageReading.read(folder.resolve(secretName)).image(), side));
      HidingEvaluation.Result r = HidingEvaluation.evaluate(model.steganography(), cover, secret);
      double[] v = {r.stegoPsnr(), r.stegoSsim(), r.revealPsnr(), r.revealSsim(), r.floatRevealPsnr(), r.jpegPsnr(),
          r.jpegSsim()};
      for (int k = 0; k < v.length; k++) {
        mean[k] += v[k] / held.size();
      }
      md.append(String.format(Locale.ROOT, "| %s | %s | %.2f / %.3f | %.2f / %.3f | %.2f | %.2f / %.3f |%n", coverName,
          secretName, v[0], v[1], v[2], v[3], v[4], v[5], v[6]));
      Figure.writePng(picture(coverName), ComparisonPicture.draw(List.of(
          new ComparisonPicture.Panel("cover", cover), new ComparisonPicture.Panel("stego", r.stego()),
          new ComparisonPicture.Panel(String.format(Locale.ROOT, "|stego − cover| × %s", number(gain)),
              HidingEvaluation.residual(cover, r.stego(), gain)),
          new ComparisonPicture.Panel("secret", secret), new ComparisonPicture.Panel("revealed", r.revealed()),
          new ComparisonPicture.Panel("revealed after JPEG 90", r.revealedFromJpeg()))));
      err.println(coverName + " done");
      err.flush();
    }
    md.append(String.format(Locale.ROOT, "| mean | | %.2f / %.3f | %.2f / %.3f | %.2f | %.2f / %.3f |%n", mean[0], mean[1],
        mean[2], mean[3], mean[4], mean[5], mean[6]));
    AtomicFiles.write(out.resolve("hiding.md"), md.toString().getBytes(StandardCharsets.UTF_8));
    System.out.print(md);
    System.out.println("wrote " + targets.size() + " files to " + out);
    return 0;
  }

  private Path picture(String image) {
    return out.resolve(image.replaceAll("\\.[A-Za-z]+$", "") + "-hiding.png");
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
