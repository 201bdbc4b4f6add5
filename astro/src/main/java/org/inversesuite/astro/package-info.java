/**
 * Astrophysics: radial-velocity orbits, planet interiors, their simulators, readers and metrics.
 */
package org.inversesuite.astro;
