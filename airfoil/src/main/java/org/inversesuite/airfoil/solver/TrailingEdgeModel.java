package org.inversesuite.airfoil.solver;

/**
 * How {@link PanelMethod} treats a trailing edge thinner than
 * {@link PanelMethod#MIN_TRAILING_EDGE_GAP} (docs/airfoil-validation.md, "Sharp trailing edge
 * (session 12)").
 */
public enum TrailingEdgeModel {
  /**
   * Open every edge thinner than {@link PanelMethod#MIN_TRAILING_EDGE_GAP} to that gap and solve it
   * with the blunt-edge base panel (the default).
   */
  OPENED,
  /**
   * Close edges thinner than {@link PanelMethod#SHARP_TRAILING_EDGE_GAP} to a point and solve them
   * with XFOIL's sharp-edge formulation ({@link SharpTrailingEdge}, Drela 1989); thicker ones as
   * {@link #OPENED}.
   */
  XFOIL_SHARP
}
