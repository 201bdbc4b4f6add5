package org.inversesuite.imaging.patch;

/**
 * The 8 symmetries of the square (rotations by multiples of 90° and their mirror images), the
 * standard augmentation of patch-based denoiser training (Zhang et al. 2017, DnCNN).
 */
public enum Dihedral {
  IDENTITY, ROTATE_90, ROTATE_180, ROTATE_270, FLIP, FLIP_ROTATE_90, FLIP_ROTATE_180, FLIP_ROTATE_270;

  /**
   * @param size side of the square patch
   * @return for output pixel (y, x) the source pixel {row, column}
   */
  int[] source(int y, int x, int size) {
    int sy = y;
    int sx = x;
    int turns = ordinal() % 4;
    for (int t = 0; t < turns; t++) {
      int ny = sx;
      int nx = size - 1 - sy;
      sy = ny;
      sx = nx;
    }
    if (ordinal() >= 4) {
      sx = size - 1 - sx;
    }
    return new int[] {sy, sx};
  }
}
