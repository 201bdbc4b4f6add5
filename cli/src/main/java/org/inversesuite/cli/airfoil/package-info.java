/**
 * {@code inverse airfoil …}: polars with the embedded solver, design data sets, training of the
 * inverse-design cINN, inverse design with re-simulation, and the comparison with CMA-ES.
 */
package org.inversesuite.cli.airfoil;
