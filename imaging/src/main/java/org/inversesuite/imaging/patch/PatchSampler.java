package org.inversesuite.imaging.patch;

import java.util.List;
import org.inversesuite.core.image.ImageShape;
import org.inversesuite.core.random.Rng;
import org.inversesuite.imaging.Image;

/**
 * Draws square training patches: an image uniformly at random, a uniformly random position
 * inside it, and one of the 8 {@link Dihedral} symmetries uniformly at random; optionally, for
 * RGB images, one of the 6 orders of the colour channels uniformly at random (so that a
 * training set without, say, blue areas still shows the network blue ones: the orange of one
 * image becomes a blue under the order BGR).
 */
public final class PatchSampler {
  /** The 6 orders of three colour channels; order k puts source channel ORDERS[k][c] at channel c. */
  private static final int[][] ORDERS = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
  private final List<Image> images;
  private final int size;
  private final boolean permuteColours;

  /**
   * @param images the source images, all with the same number of channels and at least
   *     {@code size} pixels on each side
   * @param size the side of every patch
   */
  public PatchSampler(List<Image> images, int size) {
    this(images, size, false);
  }

  /**
   * @param images as for {@link #PatchSampler(List, int)}
   * @param size the side of every patch
   * @param permuteColours whether RGB patches get a uniformly random order of their channels
   */
  public PatchSampler(List<Image> images, int size, boolean permuteColours) {
    if (images.isEmpty()) {
      throw new IllegalArgumentException("patch sampler needs at least one image");
    }
    for (int i = 0; i < images.size(); i++) {
      Image im = images.get(i);
      if (im.height() < size || im.width() < size) {
        throw new IllegalArgumentException("image " + i + " (" + im.shape() + ") is smaller than the patch size " + size);
      }
      if (im.channels() != images.get(0).channels()) {
        throw new IllegalArgumentException("image " + i + " has " + im.channels() + " channels, image 0 has "
            + images.get(0).channels());
      }
    }
    this.images = List.copyOf(images);
    this.size = size;
    this.permuteColours = permuteColours;
  }

  /** @return one random augmented patch */
  public Image sample(Rng rng) {
    Image im = images.get(rng.nextInt(images.size()));
    int y0 = rng.nextInt(im.height() - size + 1);
    int x0 = rng.nextInt(im.width() - size + 1);
    Image patch = transform(im, y0, x0, Dihedral.values()[rng.nextInt(8)]);
    return permuteColours && im.channels() == 3 ? reorder(patch, rng.nextInt(ORDERS.length)) : patch;
  }

  /** @return {@code rgb} with its channels in order {@code k} of the 6 orders (0 = unchanged) */
  public static Image reorder(Image rgb, int k) {
    if (rgb.channels() != 3) {
      throw new IllegalArgumentException("reordering colours needs 3 channels, got " + rgb.shape());
    }
    int p = rgb.height() * rgb.width();
    double[] v = rgb.values();
    double[] out = new double[v.length];
    for (int c = 0; c < 3; c++) {
      System.arraycopy(v, ORDERS[k][c] * p, out, c * p, p);
    }
    return new Image(rgb.shape(), out);
  }

  /** @return the patch at (y0, x0) of {@code im} under symmetry {@code d} */
  public Image transform(Image im, int y0, int x0, Dihedral d) {
    ImageShape shape = new ImageShape(im.channels(), size, size);
    double[] v = new double[shape.size()];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        int[] s = d.source(y, x, size);
        for (int c = 0; c < im.channels(); c++) {
          v[(c * size + y) * size + x] = im.get(c, y0 + s[0], x0 + s[1]);
        }
      }
    }
    return new Image(shape, v);
  }
}
