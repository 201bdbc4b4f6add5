/**
 * {@code inverse astro …}: radial-velocity commands of the astro domain (simulate a data set,
 * check a data file, train, fit) and planet-interior commands (build the database, train the
 * cINN, infer compositions of archive planets with ternary, corner and mass-radius plots).
 */
package org.inversesuite.cli.astro;
