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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inverse imaging denoise}: a denoised file, no overwrite without --force, clear refusals. */
class ImagingDenoiseCommandTest {
  @TempDir
  Path dir;

  @Test
  void denoisesRefusesToOverwriteAndNamesBadFiles() throws Exception {
    double[] v = new double[3 * 41 * 50];
    Rng r = new Rng(1);
    for (int i = 0; i < v.length; i++) {
      v[i] = 128 + 25 * r.gaussian();
    }
    Path in = dir.resolve("noisy.png");
    ImageWriting.write(in, new Image(new ImageShape(3, 41, 50), v).clamped(), 8);
    Path out = dir.resolve("clean.png");
    CommandLineTest.Result ok = CommandLineTest.run("imaging", "denoise", in.toString(), "-o", out.toString(), "--sigma",
        "25", "--method", "WAVELET", "--tile", "32", "--overlap", "8");
    assertEquals(0, ok.code(), ok.err() + ok.out());
    assertEquals(new ImageShape(3, 41, 50), ImageReading.read(out).image().shape());
    assertTrue(ok.err().contains("odd side"), ok.err());

    long before = Files.getLastModifiedTime(out).toMillis();
    CommandLineTest.Result again = CommandLineTest.run("imaging", "denoise", in.toString(), "-o", out.toString(),
        "--sigma", "25", "--method", "WAVELET");
    assertEquals(2, again.code());
    assertTrue(again.err().contains("--force"), again.err());
    assertEquals(before, Files.getLastModifiedTime(out).toMillis());

    Path broken = dir.resolve("broken.png");
    Files.write(broken, java.util.Arrays.copyOf(Files.readAllBytes(in), 100));
    CommandLineTest.Result bad = CommandLineTest.run("imaging", "denoise", broken.toString(), "-o",
        dir.resolve("x.png").toString(), "--sigma", "25");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains(broken.toString()) && !bad.err().contains("\tat "), bad.err());
  }

  @Test
  void theShippedModelAndAModelFileDenoiseAndANonModelFileIsRefused() throws Exception {
    double[] v = new double[3 * 24 * 24];
    Rng r = new Rng(2);
    for (int i = 0; i < v.length; i++) {
      v[i] = 120 + 25 * r.gaussian();
    }
    Path in = dir.resolve("flat.png");
    ImageWriting.write(in, new Image(new ImageShape(3, 24, 24), v).clamped(), 8);
    CommandLineTest.Result shipped = CommandLineTest.run("imaging", "denoise", in.toString(), "-o",
        dir.resolve("a.png").toString(), "--sigma", "25", "--method", "INVDN");
    assertEquals(0, shipped.code(), shipped.err() + shipped.out());
    Image a = ImageReading.read(dir.resolve("a.png")).image();
    double mse = 0;
    for (double x : a.values()) {
      mse += (x - 120) * (x - 120) / a.values().length;
    }
    // the flat grey's noise (variance ~625, less after clamping to 8 bit) must shrink
    assertTrue(mse < 625.0 / 4, "mse " + mse);
    assertTrue(shipped.out().contains("backend start"), shipped.out());

    org.inversesuite.imaging.denoise.InvdnModelFile.Loaded m = org.inversesuite.imaging.denoise.BundledModels.model(25);
    Path file = dir.resolve("copy.invmodel");
    org.inversesuite.imaging.denoise.InvdnModelFile.write(file, m.experiment(), m.denoiser().parameters(),
        org.inversesuite.core.config.Json.mapper().createObjectNode());
    CommandLineTest.Result fromFile = CommandLineTest.run("imaging", "denoise", in.toString(), "-o",
        dir.resolve("b.png").toString(), "--sigma", "25", "--method", "INVDN", "--model", file.toString());
    assertEquals(0, fromFile.code(), fromFile.err());
    assertEquals(java.util.Arrays.toString(a.values()),
        java.util.Arrays.toString(ImageReading.read(dir.resolve("b.png")).image().values()));

    CommandLineTest.Result bad = CommandLineTest.run("imaging", "denoise", in.toString(), "-o",
        dir.resolve("c.png").toString(), "--sigma", "25", "--method", "INVDN", "--model", in.toString());
    assertEquals(2, bad.code(), bad.err());
    assertTrue(bad.err().contains("flat.png") && !bad.err().contains("\tat "), bad.err());
  }
}
