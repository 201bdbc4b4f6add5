/**
 * Cheap forward surrogates of the solver, from a design's shape parameters and flow condition to
 * its lift and drag, used to screen the cINN's proposals before any of them is re-simulated
 * (docs/airfoil.md, "Surrogate-screened search"). Start from {@link
 * org.inversesuite.airfoil.surrogate.LiftDragSurrogate}; the two kinds ({@link
 * org.inversesuite.airfoil.surrogate.SurrogateKind}) are the cubic ridge regression {@link
 * org.inversesuite.airfoil.surrogate.ForwardSurrogate} and the multilayer perceptron {@link
 * org.inversesuite.airfoil.surrogate.MlpSurrogate}.
 */
package org.inversesuite.airfoil.surrogate;
