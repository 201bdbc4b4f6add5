package org.inversesuite.imaging.ensemble;

import org.inversesuite.core.image.ImageShape;
import org.inversesuite.imaging.Image;

/**
 * The 8 symmetries of the rectangle grid (the dihedral group of the square acting on H×W images):
 * an optional transpose (which swaps H and W) followed by optional mirrors of the rows and of the
 * columns. As maps of pixel positions, g(y, x) = (y', x') with (u, v) = transpose ? (x, y) : (y, x),
 * y' = flipRows ? H' − 1 − u : u, x' = flipColumns ? W' − 1 − v : v, H' × W' the output size.
 * The 2³ combinations are exactly the 4 rotations and the 4 reflections.
 */
public enum Symmetry {
  IDENTITY(false, false, false), FLIP_COLUMNS(false, false, true), FLIP_ROWS(false, true, false),
  ROTATE_180(false, true, true), TRANSPOSE(true, false, false), ROTATE_90(true, false, true),
  ROTATE_270(true, true, false), ANTI_TRANSPOSE(true, true, true);

  private final boolean transpose;
  private final boolean flipRows;
  private final boolean flipColumns;

  Symmetry(boolean transpose, boolean flipRows, boolean flipColumns) {
    this.transpose = transpose;
    this.flipRows = flipRows;
    this.flipColumns = flipColumns;
  }

  /** @return g(image): every channel moved by this symmetry (H and W swapped by a transpose) */
  public Image apply(Image image) {
    int h = image.height();
    int w = image.width();
    int oh = transpose ? w : h;
    int ow = transpose ? h : w;
    double[] in = image.values();
    double[] out = new double[in.length];
    for (int c = 0; c < image.channels(); c++) {
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          int u = transpose ? x : y;
          int v = transpose ? y : x;
          int ty = flipRows ? oh - 1 - u : u;
          int tx = flipColumns ? ow - 1 - v : v;
          out[(c * oh + ty) * ow + tx] = in[(c * h + y) * w + x];
        }
      }
    }
    return new Image(new ImageShape(image.channels(), oh, ow), out);
  }

  /** @return g⁻¹(image), so that {@code invert(apply(x))} is x */
  public Image invert(Image image) {
    int oh = image.height();
    int ow = image.width();
    int h = transpose ? ow : oh;
    int w = transpose ? oh : ow;
    double[] in = image.values();
    double[] out = new double[in.length];
    for (int c = 0; c < image.channels(); c++) {
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          int u = transpose ? x : y;
          int v = transpose ? y : x;
          int ty = flipRows ? oh - 1 - u : u;
          int tx = flipColumns ? ow - 1 - v : v;
          out[(c * h + y) * w + x] = in[(c * oh + ty) * ow + tx];
        }
      }
    }
    return new Image(new ImageShape(image.channels(), h, w), out);
  }
}
