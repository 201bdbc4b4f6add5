package org.inversesuite.core.block;

/**
 * How an {@link InvertibleResidualBlock} computes log|det(I + J_g)|.
 */
public enum ResidualLogDet {
  /** The full d×d Jacobian per row and its LU determinant: exact, O(d) Jacobian-vector products per row. */
  EXACT,
  /**
   * The truncated power series Σ_{k=1}^{n} (−1)^{k+1} tr(J_g^k)/k with Hutchinson's trace
   * estimator (Behrmann et al. 2019, equation 6): biased by the truncation, unbiased in the
   * trace for a fixed number of terms.
   */
  SERIES
}
