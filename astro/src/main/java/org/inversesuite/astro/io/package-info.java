/**
 * Readers of radial-velocity data: text tables ({@link org.inversesuite.astro.io.RvTableReader}
 * with an {@link org.inversesuite.astro.io.RvTableFormat}) and FITS binary tables
 * ({@link org.inversesuite.astro.io.RvFitsReader} with an
 * {@link org.inversesuite.astro.io.RvFitsFormat}), both giving an
 * {@link org.inversesuite.astro.io.RvTable} in m/s. Bad input is reported by line or row,
 * never dropped.
 */
package org.inversesuite.astro.io;
