package org.inversesuite.imaging.metric;

import org.inversesuite.imaging.Image;

/** Checks shared by the metrics. */
final class Images {
  private Images() {}

  static void requireSameShape(Image reference, Image test) {
    if (!reference.shape().equals(test.shape())) {
      throw new IllegalArgumentException("images differ in shape: reference " + reference.shape() + ", test "
          + test.shape());
    }
  }
}
