/**
 * Cheap forward surrogates of the solver: a polynomial ridge regression from a design's shape
 * parameters and flow condition to its lift and drag, used to screen the cINN's proposals before
 * any of them is re-simulated (docs/airfoil.md, "Surrogate-screened search").
 */
package org.inversesuite.airfoil.surrogate;
