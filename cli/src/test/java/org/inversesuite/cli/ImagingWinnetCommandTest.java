package org.inversesuite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.inversesuite.core.image.ImageShape;
import org.inversesuite.core.random.Rng;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.io.ImageReading;
import org.inversesuite.imaging.io.ImageWriting;
import org.inversesuite.imaging.metric.Psnr;
import org.inversesuite.imaging.noise.GaussianNoise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inverse imaging denoise --method WINNET} with the shipped model, and its refusals. */
class ImagingWinnetCommandTest {
  @TempDir
  Path dir;

  @Test
  void theShippedWinnetModelDenoisesAndBadInputIsRefused() throws Exception {
    int h = 40;
    int w = 36;
    double[] v = new double[3 * h * w];
    for (int c = 0; c < 3; c++) {
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          v[(c * h + y) * w + x] = 70 + 30 * c + 50 * Math.sin(x / 6.0) * Math.cos(y / 8.0) + (x > w / 2 ? 50 : 0);
        }
      }
    }
    Image clean = new Image(new ImageShape(3, h, w), v);
    Path in = dir.resolve("noisy.png");
    ImageWriting.write(in, GaussianNoise.add(clean, 25, new Rng(4)).clamped(), 8);
    Image noisy = ImageReading.read(in).image();
    Path out = dir.resolve("clean.png");
    CommandLineTest.Result ok = CommandLineTest.run("imaging", "denoise", in.toString(), "-o", out.toString(), "--sigma",
        "25", "--method", "WINNET", "--shifts", "2");
    assertEquals(0, ok.code(), ok.err() + ok.out());
    Image denoised = ImageReading.read(out).image();
    assertTrue(Psnr.of(clean, denoised) > Psnr.of(clean, noisy) + 3,
        Psnr.of(clean, noisy) + " -> " + Psnr.of(clean, denoised) + " dB");

    Path mirrored = dir.resolve("mirrored.png");
    CommandLineTest.Result ensemble = CommandLineTest.run("imaging", "denoise", in.toString(), "-o", mirrored.toString(),
        "--sigma", "25", "--method", "WINNET", "--shifts", "2", "--self-ensemble", "2");
    assertEquals(0, ensemble.code(), ensemble.err() + ensemble.out());
    assertTrue(ensemble.out().contains("self-ensemble of 2"), ensemble.out());
    Image averaged = ImageReading.read(mirrored).image();
    assertTrue(Psnr.of(clean, averaged) > Psnr.of(clean, noisy) + 3);
    assertTrue(Psnr.of(denoised, averaged) < 80, "the mirrored copy changes the result");
    CommandLineTest.Result badEnsemble = CommandLineTest.run("imaging", "denoise", in.toString(), "-o",
        dir.resolve("e.png").toString(), "--sigma", "25", "--method", "WINNET", "--self-ensemble", "3");
    assertEquals(2, badEnsemble.code());
    assertTrue(badEnsemble.err().contains("--self-ensemble must be 1, 2, 4 or 8"), badEnsemble.err());

    CommandLineTest.Result badShifts = CommandLineTest.run("imaging", "denoise", in.toString(), "-o",
        dir.resolve("y.png").toString(), "--sigma", "25", "--method", "WINNET", "--shifts", "0");
    assertEquals(2, badShifts.code());
    assertTrue(badShifts.err().contains("--shifts"), badShifts.err());

    Path junk = dir.resolve("junk.invmodel");
    Files.writeString(junk, "not a model");
    CommandLineTest.Result bad = CommandLineTest.run("imaging", "denoise", in.toString(), "-o",
        dir.resolve("x.png").toString(), "--sigma", "25", "--method", "WINNET", "--model", junk.toString());
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("junk.invmodel") && !bad.err().contains("\tat "), bad.err());

    ImageWriting.write(dir.resolve("held.png"), clean, 8);
    Path config = dir.resolve("split.json");
    Files.writeString(config, """
        {"name": "tiny", "images": "%s", "heldOut": ["held.png"], "sigma": 25,
         "network": {"couplings": 2, "hiddenChannels": [16, 16], "clamp": 1.0}, "patchSize": 8, "batchSize": 2,
         "iterations": 0, "learningRate": 0.002, "finalLearningRate": 0.002, "backwardWeight": 1.0, "latent": "ZERO",
         "evaluationCrop": 32, "seed": 3}
        """.formatted(dir.toString().replace("\\", "\\\\")));
    CommandLineTest.Result eval = CommandLineTest.run("imaging", "evaluate", "--config", config.toString(), "--sigma", "25",
        "--model", "winnet-s25," + junk, "--out", dir.resolve("eval").toString());
    assertEquals(2, eval.code(), eval.err());
    assertTrue(eval.err().contains("neither an InvDN nor a WINNet model"), eval.err());
    CommandLineTest.Result side = CommandLineTest.run("imaging", "evaluate", "--config", config.toString(), "--sigma", "25",
        "--model", "winnet-s25,winnet-s25:x2", "--out", dir.resolve("eval").toString());
    assertEquals(0, side.code(), side.err());
    assertTrue(side.out().contains("winnet-s25 PSNR (dB) / SSIM"), side.out());
    assertTrue(side.out().contains("winnet-s25 x2 PSNR (dB) / SSIM"), side.out());
    CommandLineTest.Result badSuffix = CommandLineTest.run("imaging", "evaluate", "--config", config.toString(), "--sigma",
        "25", "--model", "winnet-s25:x3", "--out", dir.resolve("eval3").toString());
    assertEquals(2, badSuffix.code(), badSuffix.err());
    assertTrue(badSuffix.err().contains(":x2, :x4 or :x8"), badSuffix.err());
  }

  @Test
  void blindEstimatesTheLevelAndSigmaAndBlindAreExclusive() throws Exception {
    int h = 64;
    int w = 64;
    double[] v = new double[3 * h * w];
    for (int i = 0; i < v.length; i++) {
      v[i] = 80 + 0.7 * (i % w) + 0.4 * ((i / w) % h);
    }
    Image clean = new Image(new ImageShape(3, h, w), v);
    Path in = dir.resolve("noisy.png");
    ImageWriting.write(in, GaussianNoise.add(clean, 25, new Rng(4)).clamped(), 8);
    Image noisy = ImageReading.read(in).image();
    Path out = dir.resolve("clean.png");
    CommandLineTest.Result ok = CommandLineTest.run("imaging", "denoise", in.toString(), "-o", out.toString(), "--blind");
    assertEquals(0, ok.code(), ok.err() + ok.out());
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("estimated noise sigma ([0-9.]+)").matcher(ok.err());
    assertTrue(m.find(), ok.err());
    assertEquals(25, Double.parseDouble(m.group(1)), 2.5, ok.err());
    assertTrue(Psnr.of(clean, ImageReading.read(out).image()) > Psnr.of(clean, noisy) + 3);
    Path learned = dir.resolve("learned.png");
    CommandLineTest.Result winnet = CommandLineTest.run("imaging", "denoise", in.toString(), "-o", learned.toString(),
        "--blind", "--method", "WINNET", "--shifts", "1");
    assertEquals(0, winnet.code(), winnet.err() + winnet.out());
    assertTrue(Psnr.of(clean, ImageReading.read(learned).image()) > Psnr.of(clean, noisy) + 3);
    for (String[] args : new String[][] {{"--blind", "--sigma", "25"}, {}}) {
      String[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of("imaging", "denoise", in.toString(), "-o",
          dir.resolve("z.png").toString()), java.util.Arrays.stream(args)).toArray(String[]::new);
      CommandLineTest.Result bad = CommandLineTest.run(all);
      assertEquals(2, bad.code(), bad.err());
      assertTrue(bad.err().contains("either --sigma") && !bad.err().contains("\tat "), bad.err());
    }
  }
}
