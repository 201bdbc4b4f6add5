package org.inversesuite.airfoil.solver;

/**
 * Per-node surface quantities of a viscous solution, in the Selig node order of the
 * repanelled airfoil: coordinates, pressure coefficient Cp = 1 − U_e² (from the viscous edge
 * speed, as XFOIL plots it), edge speed, momentum and displacement thickness, shape factor and
 * skin friction. Accessors return copies.
 */
public final class SurfaceDistribution {
  private final double[] x;
  private final double[] y;
  private final double[] edgeSpeed;
  private final double[] theta;
  private final double[] displacement;
  private final double[] shapeFactor;
  private final double[] skinFriction;

  SurfaceDistribution(double[] x, double[] y, double[] edgeSpeed, double[] theta, double[] displacement,
      double[] shapeFactor, double[] skinFriction) {
    this.x = x.clone();
    this.y = y.clone();
    this.edgeSpeed = edgeSpeed.clone();
    this.theta = theta.clone();
    this.displacement = displacement.clone();
    this.shapeFactor = shapeFactor.clone();
    this.skinFriction = skinFriction.clone();
  }

  /** @return number of nodes */
  public int size() {
    return x.length;
  }

  /** @return node abscissae x/c */
  public double[] x() {
    return x.clone();
  }

  /** @return node ordinates y/c */
  public double[] y() {
    return y.clone();
  }

  /** @return pressure coefficient 1 − U_e² per node */
  public double[] cp() {
    double[] cp = new double[edgeSpeed.length];
    for (int i = 0; i < cp.length; i++) {
      cp[i] = 1 - edgeSpeed[i] * edgeSpeed[i];
    }
    return cp;
  }

  /** @return boundary-layer edge speed U_e / V∞ (≥ 0) per node */
  public double[] edgeSpeed() {
    return edgeSpeed.clone();
  }

  /** @return momentum thickness θ/c per node */
  public double[] momentumThickness() {
    return theta.clone();
  }

  /** @return displacement thickness δ* in chords, per node */
  public double[] displacementThickness() {
    return displacement.clone();
  }

  /** @return shape factor H = δ* / θ per node */
  public double[] shapeFactor() {
    return shapeFactor.clone();
  }

  /** @return skin-friction coefficient C_f (based on the local edge speed) per node */
  public double[] skinFriction() {
    return skinFriction.clone();
  }
}
