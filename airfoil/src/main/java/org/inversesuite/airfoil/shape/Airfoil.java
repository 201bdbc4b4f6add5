package org.inversesuite.airfoil.shape;

import java.util.Arrays;
import java.util.Objects;

/**
 * An airfoil as an ordered closed contour of coordinates, in Selig order: from the upper
 * trailing edge forward over the upper surface to the leading edge, then aft along the lower
 * surface to the lower trailing edge. This is the counter-clockwise order used by XFOIL
 * (Drela 1989) and by the panel method of this module.
 *
 * <p>Coordinates are in chord units; the usual normalisation puts the leading edge at (0, 0)
 * and the trailing-edge midpoint at (1, 0) ({@link #normalized()}). The two trailing-edge
 * points may coincide (sharp trailing edge) or not (blunt, "open" trailing edge).
 *
 * <p>Immutable: the arrays are copied in and out.
 */
public final class Airfoil {
  /** Fewest points that still describe two surfaces with a leading edge between them. */
  public static final int MIN_POINTS = 5;

  private final String name;
  private final double[] x;
  private final double[] y;

  /**
   * @param name a label, e.g. "NACA 2412" (may be empty, not null)
   * @param x abscissae in Selig order
   * @param y ordinates in Selig order, same length as {@code x}
   * @throws IllegalArgumentException if the lengths differ, fewer than {@link #MIN_POINTS}
   *     points are given, or a coordinate is not finite
   */
  public Airfoil(String name, double[] x, double[] y) {
    Objects.requireNonNull(name, "name");
    if (x.length != y.length) {
      throw new IllegalArgumentException("x has " + x.length + " values but y has " + y.length);
    }
    if (x.length < MIN_POINTS) {
      throw new IllegalArgumentException("an airfoil needs at least " + MIN_POINTS + " points, got " + x.length);
    }
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
        throw new IllegalArgumentException("point " + i + " of '" + name + "' is not finite: (" + x[i] + ", " + y[i] + ")");
      }
    }
    this.name = name;
    this.x = x.clone();
    this.y = y.clone();
  }

  /** @return the label */
  public String name() {
    return name;
  }

  /** @return number of points */
  public int size() {
    return x.length;
  }

  /** @return abscissa of point i */
  public double x(int i) {
    return x[i];
  }

  /** @return ordinate of point i */
  public double y(int i) {
    return y[i];
  }

  /** @return all abscissae (a copy) */
  public double[] xs() {
    return x.clone();
  }

  /** @return all ordinates (a copy) */
  public double[] ys() {
    return y.clone();
  }

  /** @return index of the leading-edge point: the point of smallest x (first one on ties) */
  public int leadingEdgeIndex() {
    int best = 0;
    for (int i = 1; i < x.length; i++) {
      if (x[i] < x[best]) {
        best = i;
      }
    }
    return best;
  }

  /** @return distance between the two trailing-edge points (0 for a sharp trailing edge) */
  public double trailingEdgeGap() {
    int n = x.length - 1;
    return Math.hypot(x[0] - x[n], y[0] - y[n]);
  }

  /** @return the same coordinates under a new name */
  public Airfoil withName(String newName) {
    return new Airfoil(newName, x, y);
  }

  /**
   * Translates, rotates and scales the contour so that the leading-edge point (smallest x)
   * sits at (0, 0) and the trailing-edge midpoint at (1, 0).
   *
   * @throws IllegalArgumentException if the leading edge and trailing-edge midpoint coincide
   */
  public Airfoil normalized() {
    int le = leadingEdgeIndex();
    int n = x.length - 1;
    double tx = 0.5 * (x[0] + x[n]) - x[le];
    double ty = 0.5 * (y[0] + y[n]) - y[le];
    double chord = Math.hypot(tx, ty);
    if (!(chord > 0)) {
      throw new IllegalArgumentException("cannot normalise '" + name + "': zero chord");
    }
    double c = tx / chord;
    double s = ty / chord;
    double[] nx = new double[x.length];
    double[] ny = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double dx = x[i] - x[le];
      double dy = y[i] - y[le];
      nx[i] = (c * dx + s * dy) / chord;
      ny[i] = (-s * dx + c * dy) / chord;
    }
    return new Airfoil(name, nx, ny);
  }

  /**
   * Translates and scales the contour, without rotating it, so that the leading-edge point
   * (smallest x) sits at x = 0 and the trailing-edge midpoint at x = 1. Angles of attack stay
   * measured from the x-axis of the given coordinates, as in XFOIL; {@link #normalized()}
   * would instead rotate the chord line onto the x-axis, which for a cambered NACA section
   * (whose most forward point lies off the chord line) changes the angle by about 0.1°.
   *
   * @throws IllegalArgumentException if the trailing edge is not behind the leading edge
   */
  public Airfoil scaledToUnitChord() {
    int le = leadingEdgeIndex();
    int n = x.length - 1;
    double chord = 0.5 * (x[0] + x[n]) - x[le];
    if (!(chord > 0)) {
      throw new IllegalArgumentException("cannot scale '" + name + "': the trailing edge is not behind the leading edge");
    }
    double[] nx = new double[x.length];
    double[] ny = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      nx[i] = (x[i] - x[le]) / chord;
      ny[i] = (y[i] - y[le]) / chord;
    }
    return new Airfoil(name, nx, ny);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Airfoil a && name.equals(a.name) && Arrays.equals(x, a.x) && Arrays.equals(y, a.y);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, Arrays.hashCode(x), Arrays.hashCode(y));
  }

  @Override
  public String toString() {
    return "Airfoil[" + name + ", " + x.length + " points]";
  }
}
