package org.inversesuite.core.tensor;

import java.util.Arrays;

/** Two shapes that must agree do not; the message names both. */
public final class ShapeMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final int[] expected;
  private final int[] actual;

  /** @param message what disagrees, naming both shapes */
  public ShapeMismatchException(String message, int[] expected, int[] actual) {
    super(message);
    this.expected = expected.clone();
    this.actual = actual.clone();
  }

  /** @return the shape that was expected */
  public int[] expected() {
    return expected.clone();
  }

  /** @return the shape that was given */
  public int[] actual() {
    return actual.clone();
  }

  /** @return "[a, b]" */
  public static String format(int... shape) {
    return Arrays.toString(shape);
  }
}
