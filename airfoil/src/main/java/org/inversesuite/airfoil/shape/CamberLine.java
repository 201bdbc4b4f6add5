package org.inversesuite.airfoil.shape;

/** A mean line y_c(x) on [0, 1] and its slope, the skeleton of a NACA section. */
interface CamberLine {
  /** @return y_c(x) */
  double camber(double x);

  /** @return dy_c/dx at x */
  double slope(double x);
}
