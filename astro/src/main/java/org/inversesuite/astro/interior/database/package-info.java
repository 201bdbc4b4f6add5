/**
 * The database of solved planets that trains the interior cINN: compositions drawn uniformly on
 * the simplex and masses log-uniformly, each solved for its radius
 * ({@link org.inversesuite.astro.interior.database.PlanetRow}), generated in parallel, in
 * atomically written chunks that make it resumable
 * ({@link org.inversesuite.astro.interior.database.DatabaseGenerator}), with its settings
 * ({@link org.inversesuite.astro.interior.database.DatabaseManifest}) and provenance
 * ({@link org.inversesuite.astro.interior.database.GenerationLog}) beside it, read back by
 * {@link org.inversesuite.astro.interior.database.InteriorDatabase}.
 */
package org.inversesuite.astro.interior.database;
