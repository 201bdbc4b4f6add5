package org.inversesuite.imaging.stego;

import org.inversesuite.core.image.ImageShape;
import org.inversesuite.imaging.Image;
import org.inversesuite.imaging.RgbRows;
import org.inversesuite.imaging.io.JpegRecompression;
import org.inversesuite.imaging.metric.Psnr;
import org.inversesuite.imaging.metric.Ssim;

/**
 * Measures one cover/secret pair the way a user meets it: the stego image is saved as 8-bit
 * PNG (clamped and rounded), the receiver reveals from that file with z = 0; then the same with
 * the stego image saved as JPEG at quality 90. PSNR = 10 log₁₀(255²/MSE) over all three RGB
 * channels (not luma); SSIM after Wang et al. 2004, mean over the RGB channels.
 */
public final class HidingEvaluation {
  /** JPEG quality of the robustness check, on the JDK's 0-1 scale (quality 90). */
  public static final float JPEG_QUALITY = 0.9f;
  private static final int GAP = 4;

  private HidingEvaluation() {}

  /**
   * The images and figures of one pair (images RGB, 0-255, clamped).
   *
   * @param stego the stego image as an 8-bit file holds it
   * @param revealed revealed from the 8-bit stego with z = 0
   * @param revealedFromFloat revealed from the unrounded stego with z = 0 (what rounding costs)
   * @param revealedFromJpeg revealed from the stego saved as JPEG quality 90, z = 0
   * @param stegoPsnr stego vs cover, dB
   * @param stegoSsim stego vs cover
   * @param revealPsnr revealed vs secret, dB
   * @param revealSsim revealed vs secret
   * @param floatRevealPsnr revealedFromFloat vs secret, dB
   * @param jpegPsnr revealedFromJpeg vs secret, dB
   * @param jpegSsim revealedFromJpeg vs secret
   */
  public record Result(Image stego, Image revealed, Image revealedFromFloat, Image revealedFromJpeg, double stegoPsnr,
      double stegoSsim, double revealPsnr, double revealSsim, double floatRevealPsnr, double jpegPsnr, double jpegSsim) {}

  /**
   * @param cover RGB or grey (replicated), even sides
   * @param secret same size as the cover, RGB or grey (replicated)
   */
  public static Result evaluate(Steganography s, Image cover, Image secret) {
    Image c = RgbRows.rgb(cover);
    Image sec = RgbRows.rgb(secret);
    Image exact = s.hide(c, sec).stego();
    Image stego = quantized(exact);
    Image revealed = s.reveal(stego, null).clamped();
    Image fromFloat = s.reveal(exact, null).clamped();
    Image fromJpeg = s.reveal(JpegRecompression.apply(stego, JPEG_QUALITY), null).clamped();
    return new Result(stego, revealed, fromFloat, fromJpeg, Psnr.of(c, stego), Ssim.of(c, stego), Psnr.of(sec, revealed),
        Ssim.of(sec, revealed), Psnr.of(sec, fromFloat), Psnr.of(sec, fromJpeg), Ssim.of(sec, fromJpeg));
  }

  /** @return the image clamped to [0, 255] and rounded to integers, as an 8-bit file holds it */
  public static Image quantized(Image im) {
    double[] v = im.clamped().values();
    for (int i = 0; i < v.length; i++) {
      v[i] = Math.rint(v[i]);
    }
    return new Image(im.shape(), v);
  }

  /** @return |a − b|·gain per channel, clamped to [0, 255] */
  public static Image residual(Image a, Image b, double gain) {
    double[] x = a.values();
    double[] y = b.values();
    double[] v = new double[x.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = gain * Math.abs(x[i] - y[i]);
    }
    return new Image(a.shape(), v).clamped();
  }

  /** @return the RGB images side by side with white gaps, top-aligned */
  public static Image row(Image... images) {
    int h = 0;
    int w = -GAP;
    for (Image im : images) {
      h = Math.max(h, im.height());
      w += im.width() + GAP;
    }
    double[] v = new double[3 * h * w];
    java.util.Arrays.fill(v, 255);
    int x0 = 0;
    for (Image im : images) {
      for (int c = 0; c < 3; c++) {
        for (int y = 0; y < im.height(); y++) {
          for (int x = 0; x < im.width(); x++) {
            v[(c * h + y) * w + x0 + x] = im.get(c, y, x);
          }
        }
      }
      x0 += im.width() + GAP;
    }
    return new Image(new ImageShape(3, h, w), v);
  }
}
