package org.inversesuite.core.diagnostics;

/**
 * The expected coverage probability curve of {@link Tarp}: ECP(αₖ) on the grid αₖ = k/K, the
 * per-case fractions fᵢ it is built from, and its distances from the diagonal. These are the
 * data of the TARP plot. Immutable: accessors return copies.
 */
public final class TarpResult {
  private final double[] alphas;
  private final double[] ecp;
  private final double[] fractions;

  TarpResult(double[] alphas, double[] ecp, double[] fractions) {
    this.alphas = alphas;
    this.ecp = ecp;
    this.fractions = fractions;
  }

  /** @return the credibility levels αₖ = k/K, k = 0..K */
  public double[] alphas() {
    return alphas.clone();
  }

  /** @return ECP(αₖ) */
  public double[] ecp() {
    return ecp.clone();
  }

  /** @return fᵢ, the fraction of case i's samples closer to its reference point than the truth */
  public double[] fractions() {
    return fractions.clone();
  }

  /** @return ∫₀¹ |ECP(α) − α| dα by the trapezoidal rule (0 for an exact posterior, ≤ 0.5) */
  public double absoluteArea() {
    return integrate(true);
  }

  /** @return ∫₀¹ (ECP(α) − α) dα by the trapezoidal rule */
  public double signedArea() {
    return integrate(false);
  }

  /** @return maxₖ |ECP(αₖ) − αₖ| */
  public double maxDeviation() {
    double max = 0;
    for (int k = 0; k < alphas.length; k++) {
      max = Math.max(max, Math.abs(ecp[k] - alphas[k]));
    }
    return max;
  }

  private double integrate(boolean absolute) {
    double s = 0;
    for (int k = 1; k < alphas.length; k++) {
      double a = ecp[k - 1] - alphas[k - 1];
      double b = ecp[k] - alphas[k];
      if (absolute) {
        a = Math.abs(a);
        b = Math.abs(b);
      }
      s += 0.5 * (a + b) * (alphas[k] - alphas[k - 1]);
    }
    return s;
  }
}
