package org.inversesuite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.image.ImageShape;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.denoise.TrainingLatent;
import org.inversesuite.imaging.io.ImageReading;
import org.inversesuite.imaging.io.ImageWriting;
import org.inversesuite.imaging.stego.HinetConfig;
import org.inversesuite.imaging.stego.HinetExperiment;
import org.inversesuite.imaging.stego.HinetLoss;
import org.inversesuite.imaging.stego.HinetModelFile;
import org.inversesuite.imaging.stego.HinetNetwork;
import org.inversesuite.imaging.stego.StegoNoise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inverse imaging hide / reveal} with a small random model: files, sizes, refusals. */
class ImagingHideRevealCommandTest {
  @TempDir
  Path dir;

  private Path image(String name, int channels, int h, int w, long seed) {
    double[] v = new double[channels * h * w];
    Rng r = new Rng(seed);
    for (int i = 0; i < v.length; i++) {
      v[i] = 255 * r.uniform();
    }
    Path p = dir.resolve(name);
    ImageWriting.write(p, new Image(new ImageShape(channels, h, w), v), 8);
    return p;
  }

  private Path model() {
    HinetConfig config = new HinetConfig(2, List.of(4), 2.0, Activation.LEAKY_RELU);
    HinetExperiment e = new HinetExperiment("tiny", dir.toString(), List.of("cover.png", "big.png"), config, 8, 2, 0, 1e-3, 1e-4,
        new HinetLoss(1, 1, 5), TrainingLatent.ZERO, StegoNoise.NONE, null, 8, 1);
    Parameters p = new Parameters(Precision.FLOAT32);
    new HinetNetwork(config, new ImageShape(3, 2, 2), p);
    p.initialise(new Rng(1));
    Rng r = new Rng(2);
    for (int i = 0; i < p.size(); i++) {
      p.values().set(i, 0.05 * r.gaussian());
    }
    Path file = dir.resolve("tiny.invmodel");
    HinetModelFile.write(file, e, p, Json.mapper().createObjectNode().put("jpeg90RevealPsnrDb", 12.5));
    return file;
  }

  @Test
  void hidesRevealsAndRefusesBadRequests() throws Exception {
    Path model = model();
    Path cover = image("cover.png", 3, 21, 30, 1);
    Path secret = image("secret.png", 1, 10, 12, 2);
    Path stego = dir.resolve("stego.png");
    CommandLineTest.Result hid = CommandLineTest.run("imaging", "hide", "--cover", cover.toString(), "--secret",
        secret.toString(), "-o", stego.toString(), "--model", model.toString());
    assertEquals(0, hid.code(), hid.err() + hid.out());
    assertEquals(new ImageShape(3, 22, 30), ImageReading.read(stego).image().shape());
    assertTrue(hid.err().contains("padded") && hid.err().contains("top-left"), hid.err());

    Path revealed = dir.resolve("revealed.png");
    CommandLineTest.Result rev = CommandLineTest.run("imaging", "reveal", stego.toString(), "-o", revealed.toString(),
        "--model", model.toString());
    assertEquals(0, rev.code(), rev.err() + rev.out());
    assertEquals(new ImageShape(3, 22, 30), ImageReading.read(revealed).image().shape());

    long before = Files.getLastModifiedTime(revealed).toMillis();
    CommandLineTest.Result again = CommandLineTest.run("imaging", "reveal", stego.toString(), "-o", revealed.toString(),
        "--model", model.toString());
    assertEquals(2, again.code());
    assertTrue(again.err().contains("--force") && again.err().contains(revealed.toString()), again.err());
    assertEquals(before, Files.getLastModifiedTime(revealed).toMillis());

    Path big = image("big.png", 3, 24, 30, 3);
    CommandLineTest.Result tooBig = CommandLineTest.run("imaging", "hide", "--cover", cover.toString(), "--secret",
        big.toString(), "-o", dir.resolve("x.png").toString(), "--model", model.toString());
    assertEquals(2, tooBig.code());
    assertTrue(tooBig.err().contains("larger than the cover") && !tooBig.err().contains("\tat "), tooBig.err());
    assertTrue(Files.notExists(dir.resolve("x.png")));

    CommandLineTest.Result notAModel = CommandLineTest.run("imaging", "reveal", stego.toString(), "-o",
        dir.resolve("y.png").toString(), "--model", cover.toString());
    assertEquals(2, notAModel.code());
    assertTrue(notAModel.err().contains(cover.toString()) && !notAModel.err().contains("\tat "), notAModel.err());
  }

  @Test
  void evaluatesTheHeldOutPairsOfTheModelsSplit() throws Exception {
    Path model = model();
    image("cover.png", 3, 21, 30, 1);
    image("big.png", 1, 24, 30, 3);
    Path out = dir.resolve("eval");
    CommandLineTest.Result ok = CommandLineTest.run("imaging", "evaluate-hiding", "--model", model.toString(), "--crop", "16",
        "--out", out.toString());
    assertEquals(0, ok.code(), ok.err() + ok.out());
    String md = Files.readString(out.resolve("hiding.md"));
    assertTrue(md.contains("| cover.png | big.png |") && md.contains("| big.png | cover.png |") && md.contains("| mean |"), md);
    assertTrue(Files.size(out.resolve("cover-hiding.png")) > 0);
    CommandLineTest.Result again = CommandLineTest.run("imaging", "evaluate-hiding", "--model", model.toString(), "--crop",
        "16", "--out", out.toString());
    assertEquals(2, again.code());
    assertTrue(again.err().contains("--force"), again.err());
  }
}
