package org.inversesuite.core.image;

/**
 * The shape of one image in a row: channels C, height H, width W, flattened NCHW, so element
 * (c, h, w) of a row is column {@code c·H·W + h·W + w}.
 *
 * @param channels C
 * @param height H
 * @param width W
 */
public record ImageShape(int channels, int height, int width) {
  /** Validates that every extent is positive and that C·H·W fits an int. */
  public ImageShape {
    if (channels < 1 || height < 1 || width < 1) {
      throw new IllegalArgumentException("image shape needs positive channels, height and width, got " + channels + "x"
          + height + "x" + width);
    }
    Math.multiplyExact(Math.multiplyExact(channels, height), width);
  }

  /** @return C·H·W, the columns of one row */
  public int size() {
    return channels * height * width;
  }

  /** @return H·W */
  public int pixels() {
    return height * width;
  }

  /**
   * @return the shape after a 2x2 space-to-depth step: (4C, H/2, W/2)
   * @throws IllegalArgumentException if H or W is odd
   */
  public ImageShape halved() {
    if (height % 2 != 0 || width % 2 != 0) {
      throw new IllegalArgumentException("a 2x2 downsampling needs even height and width, got " + height + "x" + width);
    }
    return new ImageShape(4 * channels, height / 2, width / 2);
  }

  /**
   * Refuses a block dimension that is not C·H·W.
   *
   * @param dimension the width the flow gives the block
   * @param what the block, for the message
   */
  public void requireSize(int dimension, String what) {
    if (dimension != size()) {
      throw new IllegalArgumentException(what + " is configured for images " + this + " = " + size()
          + " values, but the flow gives it rows of " + dimension + channelHint(dimension));
    }
  }

  /**
   * Rows are channel-major, so a graph's split cuts between channels only at multiples of H·W;
   * says what {@code dimension} columns are in this block's H x W, the usual culprit being such a split.
   */
  private String channelHint(int dimension) {
    if (dimension % pixels() == 0) {
      return " (= " + dimension / pixels() + " channels of " + height + "x" + width + ")";
    }
    return ", which is not a whole number of " + height + "x" + width + " channels (a split of an NCHW row"
        + " separates channels only at multiples of H·W = " + pixels() + ")";
  }

  @Override
  public String toString() {
    return channels + "x" + height + "x" + width;
  }
}
