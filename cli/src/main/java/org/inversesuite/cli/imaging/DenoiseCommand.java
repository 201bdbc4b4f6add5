package org.inversesuite.cli.imaging;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.baseline.HaarShrinkage;
import org.inversesuite.imaging.denoise.BackendStart;
import org.inversesuite.imaging.denoise.BundledModels;
import org.inversesuite.imaging.denoise.InvdnDenoiser;
import org.inversesuite.imaging.denoise.InvdnModelFile;
import org.inversesuite.imaging.denoise.Tiling;
import org.inversesuite.imaging.ensemble.SelfEnsemble;
import org.inversesuite.imaging.io.ImageFormat;
import org.inversesuite.imaging.io.ImageReading;
import org.inversesuite.imaging.io.ImageWriting;
import org.inversesuite.imaging.io.LoadedImage;
import org.inversesuite.imaging.winnet.WinnetDenoiser;
import org.inversesuite.imaging.noise.NoiseLevel;
import org.inversesuite.imaging.winnet.WinnetModelFile;
import org.inversesuite.imaging.winnet.WinnetTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inverse imaging denoise IN -o OUT --sigma 25}: removes Gaussian noise from an image. */
@Command(name = "denoise", mixinStandardHelpOptions = true,
    description = {"Remove additive Gaussian noise of a known (--sigma) or estimated (--blind) level from a PNG, JPEG or TIFF image.",
        "Large images are processed in overlapping tiles; odd sides are padded by reflection and cropped back."},
    footer = {"", "Examples:", "  inverse imaging denoise photo.png -o clean.png --sigma 25",
        "  inverse imaging denoise photo.png -o clean.png --sigma 25 --method WINNET",
        "  inverse imaging denoise photo.png -o clean.png --blind --method WINNET",
        "  inverse imaging denoise scan.tif -o scan-wavelet.tif --sigma 25 --method WAVELET --force"})
public final class DenoiseCommand implements Callable<Integer> {
  /** The denoisers on offer. */
  enum Method { INVDN, WAVELET, WINNET }

  @Parameters(index = "0", paramLabel = "IN", description = "the noisy image (.png, .jpg, .tif)")
  Path input;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "where to write the result")
  Path output;

  @Option(names = "--sigma", description = "noise standard deviation on the 0-255 scale (or --blind)")
  Double sigmaOption;

  @Option(names = "--blind", description = {"estimate the noise level from the image (median of the finest diagonal Haar",
      "details / 0.6745); --method WINNET then uses the shipped blind model, winnet-blind"})
  boolean blind;

  /** The noise level the denoiser runs at: --sigma, or the estimate with --blind. */
  private double sigma;

  @Option(names = "--method", defaultValue = "WAVELET",
      description = {"WAVELET (Haar BayesShrink, cycle-spun), WINNET (the shipped learned wavelet shrinkage trained",
          "nearest to --sigma: winnet-s15, -s25 or -s50; winnet-blind with --blind)",
          "or INVDN (the shipped invertible network, weaker so far: docs/imaging.md); default ${DEFAULT-VALUE}"})
  Method method;

  @Option(names = "--tile", defaultValue = "512",
      description = "tile side in pixels (default ${DEFAULT-VALUE}: a 512x512 image runs in one piece; tiles only bound the memory of larger ones)")
  int tile;

  @Option(names = "--overlap", defaultValue = "32", description = "overlap of neighbouring tiles (default ${DEFAULT-VALUE})")
  int overlap;

  @Option(names = "--model", paramLabel = "FILE",
      description = "an .invmodel file written by the InvDN or WINNet runner (default: the shipped model; --method INVDN or WINNET)")
  Path model;

  @Option(names = "--shifts", paramLabel = "S",
      description = "cycle-spinning shifts per axis for --method WINNET (default: the model's, 4; S² passes, 1 is fastest)")
  Integer shifts;

  @Option(names = "--self-ensemble", paramLabel = "N", defaultValue = "1",
      description = {"average the denoiser over N flips/rotations of the image (1, 2, 4 or 8; N times the time;",
          "default ${DEFAULT-VALUE}); docs/imaging.md section 3c measures what it gains"})
  int selfEnsemble;

  @picocli.CommandLine.Mixin
  OutputOptions outputOptions;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    java.io.PrintWriter err = spec.commandLine().getErr();
    ImageFormat.of(output);
    outputOptions.requireWritable(output);
    if (blind == (sigmaOption != null)) {
      throw new IllegalArgumentException("give either --sigma S (the noise level, 0-255 scale) or --blind (estimate it)");
    }
    if (!blind && (!(sigmaOption >= 0) || sigmaOption > 255)) {
      throw new IllegalArgumentException("--sigma must be in [0, 255] (the 0-255 scale), got " + sigmaOption);
    }
    if (selfEnsemble != 1 && selfEnsemble != 2 && selfEnsemble != 4 && selfEnsemble != 8) {
      throw new IllegalArgumentException("--self-ensemble must be 1, 2, 4 or 8 (flips/rotations averaged), got " + selfEnsemble);
    }
    long start = System.nanoTime();
    BackendStart backend = method != Method.WAVELET ? BackendStart.begin() : null;
    LoadedImage loaded = ImageReading.read(input);
    for (String note : loaded.notes()) {
      err.println("note: " + input + ": " + note);
    }
    Image noisy = loaded.image();
    sigma = blind ? WinnetTraining.blindLevel(NoiseLevel.estimate(noisy)) : sigmaOption;
    if (blind) {
      err.printf(Locale.ROOT, "note: estimated noise sigma %.2f (0-255 scale)%n", sigma);
    }
    err.flush();
    if (noisy.height() % 2 != 0 || noisy.width() % 2 != 0) {
      err.println("note: odd side(s) " + noisy.height() + "x" + noisy.width()
          + " are padded by one reflected row/column and cropped back");
    }
    SelfEnsemble ensemble = new SelfEnsemble(selfEnsemble);
    java.util.function.UnaryOperator<Image> single = denoiser(err);
    java.util.function.UnaryOperator<Image> op = im -> ensemble.apply(im, single);
    Tiling tiling = new Tiling(tile, overlap);
    int tiles = tiling.count(noisy.height(), noisy.width());
    if (backend != null) {
      backend.await();
    }
    long t0 = System.nanoTime();
    Image clean = tiling.apply(noisy, op, done -> {
      if (tiles > 1) {
        err.printf(Locale.ROOT, "\rtile %d/%d", done, tiles);
        if (done == tiles) {
          err.println();
        }
      }
      err.flush();
    }).clamped();
    double seconds = (System.nanoTime() - t0) / 1e9;
    ImageWriting.write(output, clean, ImageFormat.of(output) == ImageFormat.JPEG ? 8 : loaded.bitDepth());
    System.out.printf(Locale.ROOT, "denoised %s (%s) with %s%s at sigma %.1f in %.2f s (%d tile%s; reading, model and"
        + " backend start before it %.2f s) -> %s%n", input, noisy.shape(), method,
        selfEnsemble == 1 ? "" : " (self-ensemble of " + selfEnsemble + ")", sigma, seconds, tiles,
        tiles == 1 ? "" : "s", (t0 - start) / 1e9, output);
    return 0;
  }

  private java.util.function.UnaryOperator<Image> denoiser(java.io.PrintWriter err) {
    if (method == Method.WAVELET) {
      HaarShrinkage wavelet = new HaarShrinkage(4, 4);
      return im -> wavelet.denoise(im, sigma);
    }
    if (method == Method.WINNET) {
      WinnetModelFile.Loaded loaded = model != null ? WinnetModelFile.read(model)
          : WinnetModelFile.resource((blind ? WinnetModelFile.BLIND : WinnetModelFile.nearest(sigma)) + ".invmodel");
      if (loaded == null) {
        throw new IllegalStateException("the shipped WINNet model " + WinnetModelFile.BLIND + " is missing from the class path");
      }
      if (!loaded.experiment().blind()) {
        noteTrainingSigma(err, "WINNet", loaded.experiment().sigma());
      }
      if (shifts != null && shifts < 1) {
        throw new IllegalArgumentException("--shifts must be >= 1, got " + shifts);
      }
      WinnetDenoiser winnet = shifts == null ? loaded.denoiser() : loaded.denoiser(shifts);
      return im -> winnet.denoise(im, sigma);
    }
    InvdnModelFile.Loaded loaded = model != null ? InvdnModelFile.read(model) : BundledModels.model(BundledModels.sigmas()[0]);
    noteTrainingSigma(err, "InvDN", loaded.experiment().sigma());
    InvdnDenoiser denoiser = loaded.denoiser();
    return denoiser::denoise;
  }

  private void noteTrainingSigma(java.io.PrintWriter err, String kind, double trained) {
    if (Math.abs(sigma - trained) > 5) {
      err.printf(Locale.ROOT, "note: the %s model was trained for sigma %.1f; results at sigma %.1f may"
          + " be poor (try --method WAVELET)%n", kind, trained, sigma);
    }
  }
}
