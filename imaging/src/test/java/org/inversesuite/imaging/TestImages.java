package org.inversesuite.imaging;

import java.util.Arrays;
import org.inversesuite.core.image.ImageShape;

/** Small synthetic images for the tests. */
public final class TestImages {
  private TestImages() {}

  /** @return a square image of {@code size} with every value equal to {@code value} */
  public static Image constant(int channels, int size, double value) {
    double[] v = new double[channels * size * size];
    Arrays.fill(v, value);
    return new Image(new ImageShape(channels, size, size), v);
  }
}
