/**
 * {@code inverse astro …}: radial-velocity commands of the astro domain (simulate a data set,
 * check a data file).
 */
package org.inversesuite.cli.astro;
