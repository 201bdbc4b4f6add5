package org.inversesuite.core.image;

/** Checks shared by the image blocks' configs. */
final class ImageBlocks {
  private ImageBlocks() {}

  /** Image blocks take no condition; a flow that gives one is refused, naming the block. */
  static void requireUnconditional(int conditionDimension, String name) {
    if (conditionDimension != 0) {
      throw new IllegalArgumentException("image block '" + name + "' is unconditional, but the flow gives it a condition of "
          + conditionDimension + " columns");
    }
  }
}
