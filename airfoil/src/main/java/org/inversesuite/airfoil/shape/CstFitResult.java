package org.inversesuite.airfoil.shape;

/**
 * The outcome of {@link CstFit}: the coefficients and how well they reproduce the points.
 *
 * @param shape the fitted CST shape
 * @param rmsError root-mean-square vertical deviation over all fitted points, in chords
 * @param maxError largest vertical deviation, in chords
 * @param worstX x/c of the point with the largest deviation
 * @param points number of points fitted (both surfaces)
 */
public record CstFitResult(CstShape shape, double rmsError, double maxError, double worstX, int points) {
  /** Checks that the errors are finite and non-negative. */
  public CstFitResult {
    if (!(rmsError >= 0) || !(maxError >= rmsError * 0.999999)) {
      throw new IllegalArgumentException("inconsistent fit errors: rms " + rmsError + ", max " + maxError);
    }
    if (points < 2) {
      throw new IllegalArgumentException("a fit needs points, got " + points);
    }
  }
}
