package org.inversesuite.cli.imaging;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.RgbRows;
import org.inversesuite.imaging.io.ImageFormat;
import org.inversesuite.imaging.io.ImageReading;
import org.inversesuite.imaging.io.ImageWriting;
import org.inversesuite.imaging.io.LoadedImage;
import org.inversesuite.imaging.metric.Psnr;
import org.inversesuite.imaging.stego.HidingEvaluation;
import org.inversesuite.imaging.stego.HinetModelFile;
import org.inversesuite.imaging.stego.Steganography;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code inverse imaging hide --cover C --secret S -o STEGO}: hides an image in another (HiNet). */
@Command(name = "hide", mixinStandardHelpOptions = true,
    description = {"Hide a secret image inside a cover image with an invertible network (HiNet, Jing et al. 2021).",
        "The stego image looks like the cover; 'inverse imaging reveal' recovers the secret from it.",
        "Save the stego image losslessly (.png, .tif): JPEG destroys much of the hidden image (docs/imaging.md)."},
    footer = {"", "Examples:", "  inverse imaging hide --cover holiday.png --secret map.png -o holiday-stego.png",
        "  inverse imaging reveal holiday-stego.png -o map-revealed.png"})
public final class HideCommand implements Callable<Integer> {
  @Option(names = "--cover", required = true, paramLabel = "C", description = "the cover image (.png, .jpg, .tif)")
  Path cover;

  @Option(names = "--secret", required = true, paramLabel = "S",
      description = "the image to hide; at most the cover's size (a smaller one is placed at the top-left)")
  Path secret;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "STEGO", description = "where to write the stego image")
  Path output;

  @Mixin
  HinetModelOption modelOption;

  @Mixin
  OutputOptions outputOptions;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ImageFormat format = ImageFormat.of(output);
    outputOptions.requireWritable(output);
    Image c = read(cover, "cover", err);
    Image s = read(secret, "secret", err);
    HinetModelFile.Loaded model = modelOption.load(err);
    long t0 = System.nanoTime();
    Steganography.Hidden hidden = model.steganography().hide(c, s);
    Image stego = HidingEvaluation.quantized(hidden.stego());
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (RgbRows.needsPadding(c)) {
      err.printf(Locale.ROOT, "note: the cover's odd side(s) %dx%d are padded by reflection; the stego image is %dx%d%n",
          c.height(), c.width(), stego.height(), stego.width());
    }
    if (s.height() < c.height() - c.height() % 2 || s.width() < c.width() - c.width() % 2) {
      err.printf(Locale.ROOT, "note: the secret (%dx%d) is hidden at the top-left of a black %dx%d canvas; crop the"
          + " revealed image to its top-left %dx%d%n", s.height(), s.width(), stego.height(), stego.width(), s.height(),
          s.width());
    }
    if (format == ImageFormat.JPEG) {
      err.println("warning: JPEG is lossy; the hidden image degrades badly (revealed PSNR after JPEG quality 90: "
          + model.metrics().path("jpeg90RevealPsnrDb").asText("not measured") + " dB for this model); prefer .png");
    }
    ImageWriting.write(output, stego, 8);
    double psnr = Psnr.of(RgbRows.rgb(c), stego.crop(0, 0, c.height(), c.width()));
    System.out.printf(Locale.ROOT, "hid %s (%s) in %s (%s) in %.2f s -> %s; stego vs cover PSNR %.2f dB (RGB)%n", secret,
        s.shape(), cover, c.shape(), seconds, output, psnr);
    return 0;
  }

  static Image read(Path file, String role, PrintWriter err) {
    LoadedImage loaded = ImageReading.read(file);
    for (String note : loaded.notes()) {
      err.println("note: " + role + " " + file + ": " + note);
    }
    if (loaded.bitDepth() == 16) {
      err.println("note: " + role + " " + file + " is 16 bit; the network works on 8-bit levels and writes 8 bit");
    }
    return loaded.image();
  }
}
