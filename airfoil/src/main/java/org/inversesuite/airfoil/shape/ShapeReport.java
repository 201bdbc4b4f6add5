package org.inversesuite.airfoil.shape;

import java.util.List;

/**
 * Geometric figures of merit of an airfoil and the defects found, from {@link ShapeAnalysis}.
 * Thickness is measured normal to the chord line (y_U(x) − y_L(x)), as XFOIL reports it.
 *
 * @param maxThickness largest y_U − y_L, in chords
 * @param maxThicknessX x/c where it occurs
 * @param maxCamber largest |½(y_U + y_L)|, signed, in chords
 * @param maxCamberX x/c where it occurs
 * @param leadingEdgeRadius radius of curvature at the leading edge, in chords (estimate, see
 *     {@link ShapeAnalysis})
 * @param area enclosed cross-section area, in chords²
 * @param trailingEdgeGap distance between the trailing-edge points, in chords
 * @param issues defects; empty for a usable shape
 */
public record ShapeReport(double maxThickness, double maxThicknessX, double maxCamber, double maxCamberX,
    double leadingEdgeRadius, double area, double trailingEdgeGap, List<ShapeIssue> issues) {

  /** Copies the issue list. */
  public ShapeReport {
    issues = List.copyOf(issues);
  }

  /** @return true when no issue was found */
  public boolean valid() {
    return issues.isEmpty();
  }

  /** @return the issues as one sentence, or "ok" */
  public String summary() {
    if (issues.isEmpty()) {
      return "ok";
    }
    StringBuilder b = new StringBuilder();
    for (ShapeIssue i : issues) {
      if (b.length() > 0) {
        b.append("; ");
      }
      b.append(i.kind()).append(": ").append(i.reason());
    }
    return b.toString();
  }
}
