package org.inversesuite.cli.imaging;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.io.ImageFormat;
import org.inversesuite.imaging.io.ImageWriting;
import org.inversesuite.imaging.stego.HidingEvaluation;
import org.inversesuite.imaging.stego.HinetModelFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code inverse imaging reveal STEGO -o SECRET}: recovers a hidden image (HiNet, run backwards). */
@Command(name = "reveal", mixinStandardHelpOptions = true,
    description = {"Recover the image hidden by 'inverse imaging hide': the network runs backwards from the stego image",
        "and a zero lost-information latent. Use the same --model as for hiding."},
    footer = {"", "Example:", "  inverse imaging reveal holiday-stego.png -o map-revealed.png"})
public final class RevealCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "STEGO", description = "the stego image written by hide")
  Path stego;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "SECRET", description = "where to write the revealed image")
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
    ImageFormat.of(output);
    outputOptions.requireWritable(output);
    Image image = HideCommand.read(stego, "stego", err);
    if (image.channels() == 1) {
      err.println("note: " + stego + " is grey; hide writes RGB stego images, so a grey file has lost the hidden colour"
          + " information (revealing anyway)");
    }
    HinetModelFile.Loaded model = modelOption.load(err);
    long t0 = System.nanoTime();
    Image secret = HidingEvaluation.quantized(model.steganography().reveal(image, null));
    double seconds = (System.nanoTime() - t0) / 1e9;
    ImageWriting.write(output, secret, 8);
    System.out.printf(Locale.ROOT, "revealed a %s image from %s in %.2f s -> %s%n", secret.shape(), stego, seconds, output);
    return 0;
  }
}
