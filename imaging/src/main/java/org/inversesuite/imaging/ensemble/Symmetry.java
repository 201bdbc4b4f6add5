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
    return move(image, false);
  }

  /** @return g⁻¹(image), so that {@code invert(apply(x))} is x */
  public Image invert(Image image) {
    return move(image, true);
  }

  /**
   * Moves every pixel along this symmetry's index map (y, x) ↦ (ty, tx) from the plain frame
   * [h, w] to the moved frame [oh, ow], or back along the same map.
   */
  private Image move(Image image, boolean back) {
    int ih = image.height();
    int iw = image.width();
    int h = back && transpose ? iw : ih;
    int w = back && transpose ? ih : iw;
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
          int plain = (c * h + y) * w + x;
          int moved = (c * oh + ty) * ow + tx;
          if (back) {
            out[plain] = in[moved];
          } else {
            out[moved] = in[plain];
          }
        }
      }
    }
    return back ? new Image(new ImageShape(image.channels(), h, w), out)
        : new Image(new ImageShape(image.channels(), oh, ow), out);
  }
}
