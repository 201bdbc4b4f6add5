package org.inversesuite.imaging.stego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.image.ImageShape;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.metric.Psnr;
import org.junit.jupiter.api.Test;

/** The shipped HiNet loads, hides a smooth picture in another and reveals it from the 8-bit stego. */
class BundledHinetTest {
  static Image pattern(double fy, double fx, double phase) {
    int h = 64;
    int w = 64;
    double[] v = new double[3 * h * w];
    for (int c = 0; c < 3; c++) {
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          v[(c * h + y) * w + x] = 128 + 90 * Math.sin(fy * y + fx * x + phase + c);
        }
      }
    }
    return new Image(new ImageShape(3, h, w), v);
  }

  @Test
  void theShippedModelHidesAndReveals() {
    HinetModelFile.Loaded model = HinetModelFile.bundled();
    assertEquals(256, model.experiment().evaluationCrop());
    assertTrue(model.metrics().path("stegoPsnrDb").asDouble() > 0, "the shipped model carries its metrics");
    Image cover = pattern(0.11, 0.05, 0);
    Image secret = pattern(0.03, 0.17, 1);
    Image stego = HidingEvaluation.quantized(model.steganography().hide(cover, secret).stego());
    Image revealed = model.steganography().reveal(stego, null).clamped();
    double stegoPsnr = Psnr.of(cover, stego);
    double revealPsnr = Psnr.of(secret, revealed);
    // measured 35.53 / 30.62 dB with hinet-8bit-6-long4 (shipped until hinet-8bit-6-long7; 33.28 / 28.56 with hinet-8bit-6-long2 before it, 28.64 / 28.15
    // with the 4-coupling one before that);
    // an untrained network (identity couplings) reveals zeros (about 7 dB), a broken loader noise
    assertTrue(stegoPsnr > 26, "stego vs cover " + stegoPsnr + " dB");
    assertTrue(revealPsnr > 25, "revealed vs secret " + revealPsnr + " dB");
  }
}
