/**
 * Inverse airfoil design: shapes, an embedded panel/boundary-layer solver, data generation.
 */
package org.inversesuite.airfoil;
