package org.inversesuite.airfoil.solver;

/**
 * Angle of attack and chord Reynolds number of one analysis, incompressible.
 *
 * @param alphaDegrees angle of attack in degrees, in [{@link #MIN_ALPHA}, {@link #MAX_ALPHA}]
 * @param reynolds Re = V∞ c / ν, in [{@link #MIN_REYNOLDS}, {@link #MAX_REYNOLDS}]: below it
 *     long laminar separation bubbles govern the flow, which the prescribed growth of
 *     {@link SeparatedLaminar} only approximates (validated against XFOIL at 10⁶); above it the
 *     correlations have not been validated
 */
public record FlowCondition(double alphaDegrees, double reynolds) {
  /** Smallest angle of attack accepted, degrees. */
  public static final double MIN_ALPHA = -20;
  /** Largest angle of attack accepted, degrees. */
  public static final double MAX_ALPHA = 20;
  /** Smallest Reynolds number accepted. */
  public static final double MIN_REYNOLDS = 1e5;
  /** Largest Reynolds number accepted. */
  public static final double MAX_REYNOLDS = 5e7;

  /** Validates the ranges. */
  public FlowCondition {
    if (!(alphaDegrees >= MIN_ALPHA && alphaDegrees <= MAX_ALPHA)) {
      throw new IllegalArgumentException("angle of attack must be in [" + MIN_ALPHA + ", " + MAX_ALPHA
          + "] degrees, got " + alphaDegrees);
    }
    if (!(reynolds >= MIN_REYNOLDS && reynolds <= MAX_REYNOLDS)) {
      throw new IllegalArgumentException("Reynolds number must be in [" + MIN_REYNOLDS + ", " + MAX_REYNOLDS
          + "] (range of the integral boundary-layer correlations), got " + reynolds);
    }
  }
}
