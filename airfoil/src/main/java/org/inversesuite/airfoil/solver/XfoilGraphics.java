package org.inversesuite.airfoil.solver;

/** Whether {@link XfoilSolver} switches XFOIL's graphics off before it loads the airfoil. */
public enum XfoilGraphics {
  /**
   * Sends {@code PLOP}, {@code G F} first, so XFOIL opens no X window and needs no display.
   * Right for builds that tolerate it; the Debian 6.99 build stops with SIGFPE at the first
   * viscous solution when graphics are off (see docs/airfoil-validation.md).
   */
  OFF,
  /**
   * Leaves graphics on: XFOIL needs an X display, real or virtual (launch it through
   * {@code xvfb-run -a} with {@link XfoilConfig#launcher()}).
   */
  ON
}
