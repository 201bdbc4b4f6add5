package org.inversesuite.airfoil.surrogate;

/**
 * A cheap forward model of the solver: from a design's inputs v = (A_U, A_L, α in degrees,
 * log₁₀Re) to its predicted lift coefficient Ĉ_l and lift-to-drag ratio (L/D)^ = Ĉ_l / Ĉ_d. Both
 * implementations predict ln C_d (drag spans a factor of ten over a design space and its errors
 * are relative) and are fitted on converged designs only, with every tenth design held out.
 */
public sealed interface LiftDragSurrogate permits ForwardSurrogate, MlpSurrogate {

  /** @return the number of inputs (shape parameters + 2) */
  int inputs();

  /**
   * Predicts lift and lift-to-drag ratio.
   *
   * @param inputs one row per design: shape parameters, α (degrees), log₁₀Re
   * @return one row {Ĉ_l, (L/D)^} per design
   * @throws IllegalArgumentException if a row does not have {@link #inputs()} values
   */
  double[][] predict(double[][] inputs);

  /** @return the median held-out |ΔC_l| */
  double validationClError();

  /** @return the median held-out |Δ(L/D)| / (L/D) */
  double validationLiftToDragError();

  /** @return wall time of the fit in seconds */
  double fitSeconds();

  /** @return which kind of surrogate this is */
  SurrogateKind kind();

  /** @return what the surrogate is, e.g. "polynomial ridge regression of degree 3" */
  String description();

  /** @return one line for reports: description, fit time and the two held-out errors */
  default String summary() {
    return String.format(java.util.Locale.ROOT, "%s, fitted in %.2f s, held-out median |dCl| %.4f, |d(L/D)| %.1f %%",
        description(), fitSeconds(), validationClError(), 100 * validationLiftToDragError());
  }
}
