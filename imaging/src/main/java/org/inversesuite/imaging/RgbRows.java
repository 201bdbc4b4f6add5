package org.inversesuite.imaging;

import org.inversesuite.core.image.ImageShape;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;

/**
 * Converts between {@link Image}s on the 0-255 scale and the network's rows: RGB, NCHW, on the
 * 0-1 scale, with even sides. An odd side is padded by one reflected row or column (x[H] =
 * x[H−1]) and cropped back; a grey image is replicated to three channels and averaged back.
 */
public final class RgbRows {
  private RgbRows() {}

  /** @return (3, H + H mod 2, W + W mod 2) for an image of H x W */
  public static ImageShape paddedShape(Image im) {
    return new ImageShape(3, im.height() + im.height() % 2, im.width() + im.width() % 2);
  }

  /** @return true if {@code im} needs padding to even sides */
  public static boolean needsPadding(Image im) {
    return im.height() % 2 != 0 || im.width() % 2 != 0;
  }

  /** @return a [1, 3·H'·W'] row of {@code im} / 255 in {@code precision}, padded to the shape {@code padded} by reflection */
  public static Matrix toRow(Image im, ImageShape padded, Precision precision) {
    int h = im.height();
    int w = im.width();
    int ph = padded.height();
    int pw = padded.width();
    if (ph < h || pw < w || ph > 2 * h || pw > 2 * w) {
      throw new IllegalArgumentException("cannot pad an image of " + h + "x" + w + " to " + ph + "x" + pw);
    }
    Matrix x = Matrix.zeros(precision, 1, padded.size());
    for (int c = 0; c < 3; c++) {
      int source = im.channels() == 1 ? 0 : c;
      for (int y = 0; y < ph; y++) {
        for (int xx = 0; xx < pw; xx++) {
          x.set((c * ph + y) * pw + xx, im.get(source, Math.min(y, 2 * h - 1 - y), Math.min(xx, 2 * w - 1 - xx)) / 255);
        }
      }
    }
    return x;
  }

  /**
   * @param row a [1, 3·H'·W'] row on the 0-1 scale of the image shape {@code padded}
   * @param target the shape to crop to: (3, H, W), or (1, H, W) to average the channels
   * @return the top-left H x W of the row on the 0-255 scale (not clamped)
   */
  public static Image fromRow(Matrix row, ImageShape padded, ImageShape target) {
    int h = target.height();
    int w = target.width();
    int ph = padded.height();
    int pw = padded.width();
    double[] out = new double[target.size()];
    for (int c = 0; c < 3; c++) {
      for (int y = 0; y < h; y++) {
        for (int xx = 0; xx < w; xx++) {
          double v = 255 * row.get((c * ph + y) * pw + xx);
          if (target.channels() == 1) {
            out[y * w + xx] += v / 3;
          } else {
            out[(c * h + y) * w + xx] = v;
          }
        }
      }
    }
    return new Image(target, out);
  }

  /** @return {@code im} if it is RGB, else its grey channel replicated three times */
  public static Image rgb(Image im) {
    if (im.channels() == 3) {
      return im;
    }
    double[] g = im.values();
    double[] v = new double[3 * g.length];
    for (int c = 0; c < 3; c++) {
      System.arraycopy(g, 0, v, c * g.length, g.length);
    }
    return new Image(new ImageShape(3, im.height(), im.width()), v);
  }
}
