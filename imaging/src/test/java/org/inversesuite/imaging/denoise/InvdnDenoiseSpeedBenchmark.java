package org.inversesuite.imaging.denoise;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inversesuite.core.random.Rng;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.io.ImageReading;
import org.inversesuite.imaging.noise.GaussianNoise;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Time of denoising one 3x512x512 image with the shipped model (or {@code -Dinvdn.model=FILE}),
 * in one JVM, alternating the ways {@code inverse imaging denoise} can run it: 256-pixel tiles
 * with 32 overlap (the command's default before 2026-11-30: 9 tiles, 2.25x the pixels) and the
 * whole image as one tile (the default since). Prints each round, the medians and the
 * convolutions' GFLOP/s. {@code -Dinvdn.image=FILE} (default: astronaut.png of
 * {@code -Dinvdn.images}, or ../shared/data/images), {@code -Dinvdn.rounds=N} (default 4).
 * Run with {@code mvn -Pbench -pl core,data,imaging verify -Dtest=InvdnDenoiseSpeedBenchmark}.
 */
@Tag("benchmark")
class InvdnDenoiseSpeedBenchmark {
  @Test
  void tiledAgainstWhole() {
    String folder = System.getProperty("invdn.images", "../../shared/data/images");
    Path file = Path.of(System.getProperty("invdn.image", Path.of(folder, "astronaut.png").toString()));
    Image clean = ImageReading.read(file).image();
    Image noisy = GaussianNoise.add(clean, 25, new Rng(1));
    String model = System.getProperty("invdn.model");
    InvdnModelFile.Loaded loaded = model != null ? InvdnModelFile.read(Path.of(model)) : BundledModels.model(25);
    InvdnDenoiser d = loaded.denoiser();
    InvdnNetworkConfig net = loaded.experiment().network();
    int rounds = Integer.getInteger("invdn.rounds", 4);
    long t0 = System.nanoTime();
    d.denoise(noisy);
    System.out.printf(Locale.ROOT, "first call (whole image, cold): %.2f s; load average %.1f%n", (System.nanoTime() - t0) / 1e9,
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    Tiling tiles = new Tiling(256, 32);
    List<Double> tiled = new ArrayList<>();
    List<Double> whole = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      long a = System.nanoTime();
      tiles.apply(noisy, d::denoise, k -> { });
      long b = System.nanoTime();
      d.denoise(noisy);
      long c = System.nanoTime();
      tiled.add((b - a) / 1e9);
      whole.add((c - b) / 1e9);
      System.out.printf(Locale.ROOT, "round %d: tiles 256/32 (%d) %.2f s, whole %.2f s; load %.1f%n", r + 1,
          tiles.count(noisy.height(), noisy.width()), tiled.get(r), whole.get(r),
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
    double flops = convolutionFlops(net, noisy.height(), noisy.width());
    double mt = median(tiled);
    double mw = median(whole);
    System.out.printf(Locale.ROOT, "median: tiles %.2f s, whole %.2f s, ratio %.2fx; whole image %.1f GFLOP of convolutions, %.1f GFLOP/s%n",
        mt, mw, mt / mw, flops / 1e9, flops / mw / 1e9);
  }

  /** 2 · multiply-adds of the couplings' 3x3 convolutions, forward and inverse pass, at half resolution. */
  static double convolutionFlops(InvdnNetworkConfig net, int height, int width) {
    List<Integer> widths = new ArrayList<>();
    widths.add(12);
    widths.addAll(net.hiddenChannels());
    widths.add(24);
    double perPixel = 0;
    for (int l = 0; l + 1 < widths.size(); l++) {
      perPixel += 9.0 * widths.get(l) * widths.get(l + 1);
    }
    return 2 * 2 * net.couplings() * perPixel * (height / 2) * (width / 2);
  }

  private static double median(List<Double> v) {
    List<Double> s = new ArrayList<>(v);
    s.sort(null);
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }
}
