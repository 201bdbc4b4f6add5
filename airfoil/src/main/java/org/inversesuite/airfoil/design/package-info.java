/**
 * Inverse airfoil design (Glaws et al. 2022, "Invertible neural networks for airfoil design",
 * AIAA Journal 60(5)): a design space of CST shapes and flow conditions, the generation of a
 * simulated data set with the embedded solver, the inverse design loop (draw shapes from a
 * trained posterior, check them, re-simulate every survivor, rank) and the optimisation baseline
 * it is compared with (CMA-ES around the same solver).
 */
package org.inversesuite.airfoil.design;
