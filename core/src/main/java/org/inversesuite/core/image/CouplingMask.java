package org.inversesuite.core.image;

/**
 * Which entries of an image a coupling passes through unchanged (and feeds to its subnet); the
 * others are transformed (Dinh et al. 2017, RealNVP, section 3.4).
 */
public enum CouplingMask {
  /** Channels [0, k) pass (parity 0) or channels [k, C) pass (parity 1). */
  CHANNEL,
  /** Pixels with (h + w) even pass (parity 0) or odd pass (parity 1), in every channel. */
  CHECKERBOARD;

  /**
   * @param shape the image
   * @param parity 0 or 1
   * @param split k for {@link #CHANNEL}
   * @return per column of a row: true if the entry passes through
   */
  boolean[] passing(ImageShape shape, int parity, int split) {
    boolean[] m = new boolean[shape.size()];
    int p = shape.pixels();
    for (int c = 0; c < shape.channels(); c++) {
      for (int h = 0; h < shape.height(); h++) {
        for (int w = 0; w < shape.width(); w++) {
          boolean first = this == CHANNEL ? c < split : (h + w) % 2 == 0;
          m[c * p + h * shape.width() + w] = first == (parity == 0);
        }
      }
    }
    return m;
  }
}
