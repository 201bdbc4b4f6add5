/**
 * Astrophysics: radial-velocity orbits ({@code rv}), planet interiors ({@code interior}) and
 * readers of radial-velocity tables ({@code io}). Start from
 * {@link org.inversesuite.astro.AstroProblems}.
 */
package org.inversesuite.astro;
