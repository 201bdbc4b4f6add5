package org.inversesuite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inversesuite.core.image.ImageShape;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.io.ImageWriting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inverse imaging evaluate} end to end on two tiny held-out images. */
class ImagingEvaluateCommandTest {
  @TempDir
  Path dir;

  private static Image smooth(int channels, int h, int w) {
    double[] v = new double[channels * h * w];
    for (int c = 0; c < channels; c++) {
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          v[(c * h + y) * w + x] = 128 + 30 * Math.sin(0.3 * x + c) * Math.cos(0.2 * y);
        }
      }
    }
    return new Image(new ImageShape(channels, h, w), v);
  }

  @Test
  void writesTablesAndPicturesRefusesToOverwriteAndRejectsBadSigma() throws Exception {
    ImageWriting.write(dir.resolve("a.png"), smooth(3, 20, 18), 8);
    ImageWriting.write(dir.resolve("b.png"), smooth(1, 16, 16), 8);
    Path config = dir.resolve("split.json");
    Files.writeString(config, """
        {"name": "tiny", "images": "%s", "heldOut": ["a.png", "b.png"], "sigma": 25,
         "network": {"couplings": 2, "hiddenChannels": [16, 16], "clamp": 1.0}, "patchSize": 8, "batchSize": 2,
         "iterations": 0, "learningRate": 0.002, "finalLearningRate": 0.002, "backwardWeight": 1.0, "latent": "ZERO", "evaluationCrop": 16, "seed": 3}
        """.formatted(dir.toString().replace("\\", "\\\\")));
    Path out = dir.resolve("eval");
    String[] args = {"imaging", "evaluate", "--config", config.toString(), "--sigma", "15,25,50", "--model", "invdn-s25",
        "--out", out.toString()};
    CommandLineTest.Result ok = CommandLineTest.run(args);
    assertEquals(0, ok.code(), ok.err() + ok.out());
    assertTrue(ok.out().contains("| a.png | 25 |"), ok.out());
    List<String> csv = Files.readAllLines(out.resolve("evaluation.csv"));
    assertEquals(1 + 2 * 3 * 3, csv.size(), String.join("\n", csv));
    java.util.Map<String, Double> noisyAt50 = new java.util.HashMap<>();
    for (String line : csv.subList(1, csv.size())) {
      String[] f = line.split(",");
      double psnr = Double.parseDouble(f[3]);
      if (f[2].equals("noisy")) {
        // additive N(0, σ²) on a mid-grey image without clipping: PSNR ≈ 20 log10(255/σ) within sampling error
        assertEquals(20 * Math.log10(255 / Double.parseDouble(f[1])), psnr, 1.0, line);
        if (f[1].equals("50")) {
          noisyAt50.put(f[0], psnr);
        }
      } else if (f[2].equals("wavelet") && f[1].equals("50")) {
        // a smooth image: shrinking the Haar details must beat the noisy input (rows come noisy first)
        assertTrue(psnr > noisyAt50.get(f[0]) + 1, line);
      }
    }
    for (String stem : List.of("a", "b")) {
      for (String s : List.of("15", "25", "50")) {
        Path picture = out.resolve(stem + "-s" + s + ".png");
        assertTrue(Files.size(picture) > 0, picture.toString());
        assertEquals(16 + 22 + 12, javax.imageio.ImageIO.read(picture.toFile()).getHeight());
      }
    }
    assertTrue(Files.readString(out.resolve("evaluation.md")).contains("invdn-s25 PSNR (dB) / SSIM"));

    long before = Files.getLastModifiedTime(out.resolve("evaluation.csv")).toMillis();
    CommandLineTest.Result again = CommandLineTest.run(args);
    assertEquals(2, again.code(), again.err());
    assertTrue(again.err().contains("--force"), again.err());
    assertEquals(before, Files.getLastModifiedTime(out.resolve("evaluation.csv")).toMillis());

    for (String bad : List.of("-5", "abc", "300")) {
      CommandLineTest.Result r = CommandLineTest.run("imaging", "evaluate", "--config", config.toString(), "--sigma", bad,
          "--out", dir.resolve("other").toString());
      assertEquals(2, r.code(), bad + ": " + r.err());
      assertTrue(!r.err().contains("\tat "), r.err());
    }
    assertTrue(!Files.exists(dir.resolve("other")));
  }

  @Test
  void modelFilesAreEvaluatedSideBySideWithTheShippedModelAndOtherFilesAreRefused() throws Exception {
    ImageWriting.write(dir.resolve("a.png"), smooth(3, 20, 18), 8);
    String split = """
        {"name": "tiny", "images": "%s", "heldOut": ["a.png"], "sigma": 25,
         "network": {"couplings": 2, "hiddenChannels": [4], "clamp": 1.0}, "patchSize": 8, "batchSize": 2,
         "iterations": 0, "learningRate": 0.002, "finalLearningRate": 0.002, "backwardWeight": 1.0, "latent": "ZERO", "evaluationCrop": 16, "seed": 3}
        """.formatted(dir.toString().replace("\\", "\\\\"));
    Path config = Files.writeString(dir.resolve("split.json"), split);
    org.inversesuite.imaging.denoise.InvdnExperiment e = org.inversesuite.core.config.Json.mapper().readValue(split,
        org.inversesuite.imaging.denoise.InvdnExperiment.class);
    org.inversesuite.core.nn.Parameters p = new org.inversesuite.core.nn.Parameters(
        org.inversesuite.core.tensor.Precision.FLOAT32);
    new org.inversesuite.imaging.denoise.InvdnNetwork(e.network(), new org.inversesuite.core.image.ImageShape(3, 2, 2), p);
    p.initialise(new org.inversesuite.core.random.Rng(1));
    Path model = dir.resolve("mine.invmodel");
    org.inversesuite.imaging.denoise.InvdnModelFile.write(model, e, p,
        org.inversesuite.core.config.Json.mapper().createObjectNode());
    Path out = dir.resolve("eval");
    CommandLineTest.Result ok = CommandLineTest.run("imaging", "evaluate", "--config", config.toString(), "--sigma", "25",
        "--model", "invdn-s25," + model, "--out", out.toString());
    assertEquals(0, ok.code(), ok.err() + ok.out());
    assertTrue(ok.out().contains("invdn-s25 PSNR (dB) / SSIM | mine PSNR (dB) / SSIM |"), ok.out());
    assertEquals(1 + 4, Files.readAllLines(out.resolve("evaluation.csv")).size());
    CommandLineTest.Result bad = CommandLineTest.run("imaging", "evaluate", "--config", config.toString(), "--sigma", "25",
        "--model", config.toString(), "--out", dir.resolve("e2").toString());
    assertEquals(2, bad.code(), bad.err());
    assertTrue(bad.err().contains("split.json") && !bad.err().contains("\tat "), bad.err());
  }
}
