package org.inversesuite.imaging.winnet;

import java.nio.file.Path;
import java.util.Locale;
import org.inversesuite.core.random.Rng;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.RgbRows;
import org.inversesuite.imaging.baseline.HaarShrinkage;
import org.inversesuite.imaging.io.ImageReading;
import org.inversesuite.imaging.metric.Psnr;
import org.inversesuite.imaging.noise.GaussianNoise;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Times the denoising of the whole astronaut.png (3x512x512, σ = 25) by the wavelet baseline and
 * by the shipped WINNet model at 4x4, 2x2 and 1 cycle-spinning shifts, alternating in one JVM
 * after one warm-up call each, and prints the PSNR of each. {@code -Dwinnet.images=DIR} points at
 * the image folder (default ../../shared/data/images from the module). Run with
 * {@code mvn -Pbench -pl core,data,imaging verify -Dtest=WinnetDenoiseSpeedBenchmark}.
 */
@Tag("benchmark")
class WinnetDenoiseSpeedBenchmark {
  @Test
  void wholeImage() {
    Path folder = Path.of(System.getProperty("winnet.images", "../../shared/data/images"));
    Image clean = RgbRows.rgb(ImageReading.read(folder.resolve("astronaut.png")).image());
    Image noisy = GaussianNoise.add(clean, 25, new Rng(1));
    WinnetModelFile.Loaded m = WinnetModelFile.shipped();
    String[] names = {"wavelet 4x4", "winnet 4x4", "winnet 2x2", "winnet 1x1"};
    java.util.List<java.util.function.UnaryOperator<Image>> ops = java.util.List.of(
        im -> new HaarShrinkage(4, 4).denoise(im, 25),
        im -> m.denoiser(4).denoise(im, 25),
        im -> m.denoiser(2).denoise(im, 25),
        im -> m.denoiser(1).denoise(im, 25));
    for (int k = 0; k < ops.size(); k++) {
      System.out.printf(Locale.ROOT, "%s: PSNR %.2f dB (warm-up call)%n", names[k], Psnr.of(clean, ops.get(k).apply(noisy).clamped()));
    }
    for (int round = 1; round <= 3; round++) {
      StringBuilder row = new StringBuilder("round " + round);
      for (int k = 0; k < ops.size(); k++) {
        long t0 = System.nanoTime();
        ops.get(k).apply(noisy);
        row.append(String.format(Locale.ROOT, " | %s %.2f s", names[k], (System.nanoTime() - t0) / 1e9));
      }
      System.out.println(row);
    }
  }
}
