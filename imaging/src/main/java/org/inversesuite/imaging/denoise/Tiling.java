package org.inversesuite.imaging.denoise;

import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;
import org.inversesuite.imaging.Image;

/**
 * Runs an image-to-image operation on overlapping square tiles and averages the overlaps, so
 * that memory stays bounded on large images. Tiles of side T start every T − overlap pixels
 * (the last tile of a row or column is moved back to end at the border); every output pixel
 * is the mean of the tiles covering it.
 */
public final class Tiling {
  private final int tile;
  private final int overlap;

  /**
   * @param tile side T of a tile
   * @param overlap pixels shared by neighbouring tiles, 0 &lt;= overlap &lt; T
   */
  public Tiling(int tile, int overlap) {
    if (tile < 2 || overlap < 0 || overlap >= tile) {
      throw new IllegalArgumentException("tiling needs tile >= 2 and 0 <= overlap < tile, got " + tile + ", " + overlap);
    }
    this.tile = tile;
    this.overlap = overlap;
  }

  /** @return the number of tiles {@link #apply} runs on an image of this size */
  public int count(int height, int width) {
    return starts(height).length * starts(width).length;
  }

  private int[] starts(int size) {
    if (size <= tile) {
      return new int[] {0};
    }
    int step = tile - overlap;
    int n = (size - tile + step - 1) / step + 1;
    int[] s = new int[n];
    for (int i = 0; i < n; i++) {
      s[i] = Math.min(i * step, size - tile);
    }
    return s;
  }

  /**
   * @param image the input
   * @param op the operation, shape-preserving
   * @param done called with the number of tiles finished so far
   * @return the tiled result
   */
  public Image apply(Image image, UnaryOperator<Image> op, IntConsumer done) {
    int h = image.height();
    int w = image.width();
    double[] sum = new double[image.shape().size()];
    double[] weight = new double[h * w];
    int finished = 0;
    for (int y0 : starts(h)) {
      for (int x0 : starts(w)) {
        int th = Math.min(tile, h);
        int tw = Math.min(tile, w);
        Image out = op.apply(image.crop(y0, x0, th, tw));
        for (int c = 0; c < image.channels(); c++) {
          for (int y = 0; y < th; y++) {
            for (int x = 0; x < tw; x++) {
              sum[(c * h + y0 + y) * w + x0 + x] += out.get(c, y, x);
            }
          }
        }
        for (int y = 0; y < th; y++) {
          for (int x = 0; x < tw; x++) {
            weight[(y0 + y) * w + x0 + x] += 1;
          }
        }
        done.accept(++finished);
      }
    }
    for (int i = 0; i < sum.length; i++) {
      sum[i] /= weight[i % (h * w)];
    }
    return new Image(image.shape(), sum);
  }
}
