package org.inversesuite.airfoil.solver;

/** The integral method of the turbulent boundary layer on the surfaces (the wake always uses Head's). */
public enum TurbulentModel {
  /** Head's entrainment method ({@link HeadEntrainment}): the entrainment is F(H₁), a function of the local shape factor. */
  HEAD,
  /**
   * Head's method with the entrainment lagging F(H₁) ({@link EntrainmentLag}): after a laminar
   * bubble the layer keeps entraining faster than its equilibrium for several thicknesses, as XFOIL's
   * shear-lag layer does (docs/airfoil-validation.md, "Turbulent layer after a laminar bubble").
   */
  HEAD_LAGGED
}
