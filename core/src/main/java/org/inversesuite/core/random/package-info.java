/**
 * Seeded, splittable random streams passed explicitly: start from {@link org.inversesuite.core.random.Rng}.
 */
package org.inversesuite.core.random;
