package org.inversesuite.airfoil.io;

/** The two common plain-text layouts of airfoil coordinate (.dat) files. */
public enum CoordinateFormat {
  /**
   * Selig: a name line, then one "x y" pair per line, running from the upper trailing edge over
   * the leading edge to the lower trailing edge (UIUC Airfoil Data Site; XFOIL's own format).
   */
  SELIG,
  /**
   * Lednicer: a name line, a line with the point counts "NU. NL.", then the upper surface from
   * leading to trailing edge and the lower surface from leading to trailing edge, each block
   * usually preceded by a blank line.
   */
  LEDNICER
}
