package org.inversesuite.airfoil.shape;

/**
 * One defect found by {@link ShapeAnalysis}, with a sentence a designer can act on.
 *
 * @param kind what is wrong
 * @param reason where and by how much, e.g. "thickness −0.0012 at x/c = 0.8512"
 */
public record ShapeIssue(Kind kind, String reason) {
  /** The kinds of defect that make a contour unusable for analysis. */
  public enum Kind {
    /** Two non-adjacent segments of the contour cross. */
    SELF_INTERSECTION,
    /** Upper surface at or below the lower surface somewhere between leading and trailing edge. */
    NON_POSITIVE_THICKNESS,
    /** The points run clockwise; Selig order is trailing edge, upper, leading edge, lower. */
    CLOCKWISE_ORDER,
    /** A surface doubles back in x between the leading and trailing edge. */
    NON_MONOTONIC_SURFACE
  }

  /** Requires both fields. */
  public ShapeIssue {
    if (kind == null || reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a shape issue needs a kind and a reason, got " + kind + ", '" + reason + "'");
    }
  }
}
