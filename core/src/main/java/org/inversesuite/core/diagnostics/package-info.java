/**
 * Posterior quality metrics; pure functions that never plot. Start from {@link org.inversesuite.core.diagnostics.GroundTruthComparison}.
 */
package org.inversesuite.core.diagnostics;
