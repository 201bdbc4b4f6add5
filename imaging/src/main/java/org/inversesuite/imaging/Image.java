package org.inversesuite.imaging;

import java.util.Arrays;
import org.inversesuite.core.image.ImageShape;

/**
 * A grey or RGB image as planar CHW doubles on the 0-255 scale, whatever the file's bit depth
 * (a 16-bit sample v is stored as v/257), so that a noise level σ means the same for every
 * file. Immutable: {@link #values()} returns a copy.
 */
public final class Image {
  private final ImageShape shape;
  private final double[] values;

  /**
   * @param shape channels (1 or 3), height, width
   * @param values C·H·W values, channel-major, copied; must be finite
   */
  public Image(ImageShape shape, double[] values) {
    if (shape.channels() != 1 && shape.channels() != 3) {
      throw new IllegalArgumentException("images have 1 (grey) or 3 (RGB) channels, got " + shape.channels());
    }
    if (values.length != shape.size()) {
      throw new IllegalArgumentException("image " + shape + " needs " + shape.size() + " values, got " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException("image value " + i + " (channel " + i / shape.pixels() + ", row "
            + (i % shape.pixels()) / shape.width() + ", column " + i % shape.width() + ") is " + values[i]);
      }
    }
    this.shape = shape;
    this.values = values.clone();
  }

  /** @return (C, H, W) */
  public ImageShape shape() {
    return shape;
  }

  /** @return C */
  public int channels() {
    return shape.channels();
  }

  /** @return H */
  public int height() {
    return shape.height();
  }

  /** @return W */
  public int width() {
    return shape.width();
  }

  /** @return the value of channel c at row y, column x */
  public double get(int c, int y, int x) {
    return values[(c * shape.height() + y) * shape.width() + x];
  }

  /** @return a copy of the CHW values */
  public double[] values() {
    return values.clone();
  }

  /** @return this image with every value clamped to [0, 255] */
  public Image clamped() {
    double[] v = values.clone();
    for (int i = 0; i < v.length; i++) {
      v[i] = Math.min(255, Math.max(0, v[i]));
    }
    return new Image(shape, v);
  }

  /** @return the crop of height h and width w whose top-left corner is (y, x) */
  public Image crop(int y, int x, int h, int w) {
    if (y < 0 || x < 0 || h < 1 || w < 1 || y + h > height() || x + w > width()) {
      throw new IllegalArgumentException("crop " + h + "x" + w + " at (" + y + ", " + x + ") leaves the image "
          + height() + "x" + width());
    }
    ImageShape s = new ImageShape(channels(), h, w);
    double[] v = new double[s.size()];
    for (int c = 0; c < channels(); c++) {
      for (int r = 0; r < h; r++) {
        System.arraycopy(values, (c * height() + y + r) * width() + x, v, (c * h + r) * w, w);
      }
    }
    return new Image(s, v);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Image other && shape.equals(other.shape) && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return 31 * shape.hashCode() + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "Image[" + shape + "]";
  }
}
