package org.inversesuite.airfoil.solver;

/**
 * The potential-flow solution of {@link PanelMethod} at one angle of attack: integrated
 * coefficients and the nodal pressure distribution Cp = 1 − γ², γ being the vortex-sheet
 * strength, which equals the surface speed because the flow inside the contour is at rest.
 */
public final class InviscidSolution {
  private final double alphaDegrees;
  private final double cl;
  private final double cm;
  private final double[] x;
  private final double[] y;
  private final double[] gamma;

  InviscidSolution(double alphaDegrees, SurfaceForces forces, PanelGeometry g, double[] gamma) {
    this.alphaDegrees = alphaDegrees;
    this.cl = forces.cl();
    this.cm = forces.cm();
    this.x = g.x.clone();
    this.y = g.y.clone();
    this.gamma = gamma.clone();
  }

  /** @return angle of attack in degrees */
  public double alphaDegrees() {
    return alphaDegrees;
  }

  /** @return lift coefficient from the integrated pressure */
  public double cl() {
    return cl;
  }

  /** @return pitching-moment coefficient about the quarter chord, nose-up positive */
  public double cm() {
    return cm;
  }

  /** @return node abscissae in Selig order (a copy) */
  public double[] x() {
    return x.clone();
  }

  /** @return node ordinates in Selig order (a copy) */
  public double[] y() {
    return y.clone();
  }

  /**
   * @return signed surface speed per node over V∞ (a copy): negative on the upper surface,
   *     where the flow runs against the node order, positive on the lower surface
   */
  public double[] surfaceSpeed() {
    return gamma.clone();
  }

  /** @return pressure coefficient per node, 1 − γ² (a fresh array) */
  public double[] cp() {
    double[] cp = new double[gamma.length];
    for (int i = 0; i < cp.length; i++) {
      cp[i] = 1 - gamma[i] * gamma[i];
    }
    return cp;
  }
}
