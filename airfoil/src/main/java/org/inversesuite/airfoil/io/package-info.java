/**
 * Airfoil coordinate files: {@link org.inversesuite.airfoil.io.AirfoilFiles} reads (with format
 * detection) and atomically writes the {@link org.inversesuite.airfoil.io.CoordinateFormat#SELIG}
 * and {@link org.inversesuite.airfoil.io.CoordinateFormat#LEDNICER} layouts.
 */
package org.inversesuite.airfoil.io;
