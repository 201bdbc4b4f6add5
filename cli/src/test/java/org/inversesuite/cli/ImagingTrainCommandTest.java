package org.inversesuite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.image.ImageShape;
import org.inversesuite.core.random.Rng;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.denoise.InvdnModelFile;
import org.inversesuite.imaging.io.ImageReading;
import org.inversesuite.imaging.io.ImageWriting;
import org.inversesuite.imaging.metric.Psnr;
import org.inversesuite.imaging.stego.HinetModelFile;
import org.inversesuite.imaging.winnet.WinnetModelFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inverse train} on tiny imaging configs (a few steps on 8x8 patches of synthetic
 * images): the run folder, a model the imaging commands take with --model, a staged config that
 * continues from the previous run, and one-line refusals of bad input.
 */
class ImagingTrainCommandTest {
  @TempDir
  Path dir;

  /** Smooth colour gradients with a little texture, so PSNRs are finite and training has something to fit. */
  private Path images() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("images"));
    Rng r = new Rng(5);
    for (String name : List.of("a.png", "b.png", "c.png", "d.png")) {
      int h = 24;
      int w = 32;
      double[] v = new double[3 * h * w];
      double phase = 6 * r.uniform();
      for (int c = 0; c < 3; c++) {
        for (int y = 0; y < h; y++) {
          for (int x = 0; x < w; x++) {
            v[(c * h + y) * w + x] = 128 + 90 * Math.sin(phase + 0.2 * x + 0.13 * y + c) + 20 * r.gaussian();
          }
        }
      }
      ImageWriting.write(folder.resolve(name), new Image(new ImageShape(3, h, w), v).clamped(), 8);
    }
    return folder;
  }

  private Path config(String name, String json) throws Exception {
    return Files.writeString(dir.resolve(name + ".json"), json);
  }

  private static String hinet(String name, String images, String initialModel) {
    return "{\"name\": \"" + name + "\", \"images\": \"" + images + "\", \"heldOut\": [\"a.png\", \"b.png\"],"
        + " \"network\": {\"blocks\": 1, \"hiddenChannels\": [4], \"clamp\": 2.0, \"activation\": \"LEAKY_RELU\"},"
        + " \"patchSize\": 8, \"batchSize\": 2, \"iterations\": 3, \"learningRate\": 0.001, \"finalLearningRate\": 0.0001,"
        + " \"loss\": {\"guide\": 1, \"lowFrequency\": 1, \"reconstruction\": 1}, \"latent\": \"ZERO\","
        + " \"stegoNoise\": \"QUANTIZE\", " + (initialModel == null ? "" : "\"initialModel\": \"" + initialModel + "\", ")
        + "\"evaluationCrop\": 16, \"seed\": 1}";
  }

  private static void assertRunFolder(Path run, CommandLineTest.Result r, String... more) {
    assertEquals(0, r.code(), r.err() + r.out());
    List<String> files = new ArrayList<>(List.of("config.json", "provenance.json", "training.log", "checkpoint.invmodel",
        "model.invmodel", "metrics.json"));
    files.addAll(List.of(more));
    for (String f : files) {
      assertTrue(Files.exists(run.resolve(f)), f + " in " + run + ": " + r.out());
    }
  }

  private static JsonNode metrics(Path run) throws Exception {
    return Json.mapper().readTree(run.resolve("metrics.json").toFile());
  }

  @Test
  void trainsHinetAndTheModelHidesAndReveals() throws Exception {
    Path images = images();
    Path run = dir.resolve("runs").resolve("tiny-hinet-1");
    CommandLineTest.Result r = CommandLineTest.run("train", config("tiny-hinet", hinet("tiny-hinet", images.toString(), null)).toString(), "--quiet",
        "--out", run.toString());
    assertRunFolder(run, r, "pictures/a-hinet.png");
    assertTrue(Double.isFinite(metrics(run).path("revealPsnrDb").asDouble(Double.NaN)), metrics(run).toString());
    assertTrue(r.out().contains("| mean |"), r.out());
    assertEquals("tiny-hinet", HinetModelFile.read(run.resolve("model.invmodel")).experiment().name());
    assertTrue(Files.readString(run.resolve("training.log")).contains("step 3"));

    Path stego = dir.resolve("stego.png");
    Path revealed = dir.resolve("revealed.png");
    String model = run.resolve("model.invmodel").toString();
    assertEquals(0, CommandLineTest.run("imaging", "hide", "--cover", images.resolve("c.png").toString(), "--secret",
        images.resolve("d.png").toString(), "-o", stego.toString(), "--model", model).code());
    assertEquals(0, CommandLineTest.run("imaging", "reveal", stego.toString(), "-o", revealed.toString(), "--model", model).code());
    Image secret = ImageReading.read(images.resolve("d.png")).image();
    Image back = ImageReading.read(revealed).image();
    assertEquals(secret.shape(), back.shape());
    assertTrue(Double.isFinite(Psnr.of(secret, back)));

    // a staged config whose initialModel is not there continues from the newest finished run named after it
    Path next = dir.resolve("runs").resolve("tiny-hinet-long-1");
    CommandLineTest.Result staged = CommandLineTest.run("train", config("tiny-hinet-long", hinet("tiny-hinet-long", images.toString(),
        "imaging/target/hinet/tiny-hinet.invmodel")).toString(), "--quiet", "--out", next.toString());
    assertRunFolder(next, staged);
    assertTrue(staged.out().contains("starting from the newest finished run of tiny-hinet: " + run.resolve("model.invmodel")),
        staged.out());

    CommandLineTest.Result resume = CommandLineTest.run("resume", run.toString());
    assertEquals(2, resume.code());
    assertTrue(resume.err().contains("cannot be resumed exactly"), resume.err());
  }

  @Test
  void trainsBothDenoisersAndTheModelsDenoise() throws Exception {
    Path images = images();
    String common = "\"images\": \"" + images + "\", \"heldOut\": [\"a.png\"], \"sigma\": 25, \"patchSize\": 8,"
        + " \"batchSize\": 2, \"iterations\": 3, \"learningRate\": 0.0005, \"finalLearningRate\": 0.00001, \"seed\": 2, ";
    Path invdn = dir.resolve("invdn-run");
    CommandLineTest.Result ri = CommandLineTest.run("train", config("tiny-invdn", "{\"name\": \"tiny-invdn\", " + common
        + "\"network\": {\"couplings\": 1, \"hiddenChannels\": [4], \"clamp\": 1.0}, \"backwardWeight\": 0.25,"
        + " \"latent\": \"ZERO\", \"evaluationCrop\": 16}").toString(), "--quiet", "--out", invdn.toString());
    assertRunFolder(invdn, ri, "pictures/a-invdn.png", "model-weights.npy");
    assertTrue(Double.isFinite(metrics(invdn).path("meanInvdnPsnr").asDouble(Double.NaN)), metrics(invdn).toString());
    assertEquals(25, InvdnModelFile.read(invdn.resolve("model.invmodel")).experiment().sigma());

    Path winnet = dir.resolve("winnet-run");
    CommandLineTest.Result rw = CommandLineTest.run("train", config("tiny-winnet", "{\"name\": \"tiny-winnet\", " + common + "\"levels\": 1, \"shifts\": 1,"
        + " \"subnet\": {\"hiddenChannels\": [4], \"kernel\": 3, \"activation\": \"LEAKY_RELU\"}}").toString(), "--quiet",
        "--out", winnet.toString());
    assertRunFolder(winnet, rw);
    assertTrue(Double.isFinite(metrics(winnet).path("meanWinnetPsnr").asDouble(Double.NaN)), metrics(winnet).toString());
    assertEquals(1, WinnetModelFile.read(winnet.resolve("model.invmodel")).experiment().levels());

    Path noisy = images.resolve("c.png");
    for (String[] method : new String[][] {{"INVDN", invdn.toString()}, {"WINNET", winnet.toString()}}) {
      Path out = dir.resolve(method[0] + ".png");
      CommandLineTest.Result d = CommandLineTest.run("imaging", "denoise", noisy.toString(), "-o", out.toString(), "--sigma", "25", "--method", method[0],
          "--model", Path.of(method[1]).resolve("model.invmodel").toString());
      assertEquals(0, d.code(), d.err());
      assertEquals(ImageReading.read(noisy).image().shape(), ImageReading.read(out).image().shape());
    }
  }

  @Test
  void badInputIsOneLine() throws Exception {
    Path images = images();
    CommandLineTest.Result unknownKind = CommandLineTest.run("train", config("odd", "{\"name\": \"odd\", \"colour\": 3}").toString());
    assertEquals(2, unknownKind.code());
    assertTrue(unknownKind.err().contains("not an experiment config of a known kind")
        && unknownKind.err().contains("\"stegoNoise\": HiNet steganography"), unknownKind.err());

    Path misspelt = config("typo", hinet("typo", images.toString(), null).replace("\"patchSize\"", "\"patchSise\""));
    CommandLineTest.Result unknownField = CommandLineTest.run("train", misspelt.toString());
    assertEquals(2, unknownField.code());
    assertTrue(unknownField.err().contains(misspelt.toString()) && unknownField.err().contains("patchSise"),
        unknownField.err());

    Path good = config("ok", hinet("ok", dir.resolve("no-such-folder").toString(), null));
    CommandLineTest.Result noFolder = CommandLineTest.run("train", good.toString(), "--out", dir.resolve("r1").toString());
    assertEquals(2, noFolder.code());
    assertTrue(noFolder.err().contains("image folder " + dir.resolve("no-such-folder") + " does not exist"), noFolder.err());
    CommandLineTest.Result noOption = CommandLineTest.run("train", good.toString(), "--images", dir.resolve("nowhere").toString());
    assertEquals(2, noOption.code());
    assertTrue(noOption.err().contains("--images " + dir.resolve("nowhere") + ": no such folder"), noOption.err());

    CommandLineTest.Result noStart = CommandLineTest.run("train", config("staged", hinet("staged", images.toString(), "missing/previous-stage.invmodel"))
        .toString(), "--out", dir.resolve("r2").toString());
    assertEquals(2, noStart.code());
    assertTrue(noStart.err().contains("starting model not found: initialModel missing/previous-stage.invmodel does not exist"),
        noStart.err());
    assertFalse(Files.exists(dir.resolve("r1")) || Files.exists(dir.resolve("r2")), "a refused run leaves no folder");

    CommandLineTest.Result cinnImages = CommandLineTest.run("train", "--images", images.toString());
    assertEquals(2, cinnImages.code());
    assertTrue(cinnImages.err().contains("--images applies to imaging experiments"), cinnImages.err());
    for (CommandLineTest.Result r : List.of(unknownKind, unknownField, noFolder, noOption, noStart, cinnImages)) {
      assertFalse(r.err().contains("\tat "), "no stack trace without --verbose: " + r.err());
      assertEquals(2, r.err().lines().count(), "one line and the --verbose hint: " + r.err());
    }
  }
}
