/**
 * Composition of blocks into a conditional flow ({@link org.inversesuite.core.flow.Flow}, {@link org.inversesuite.core.flow.FlowConfig}), normalisation, and running a batch over threads ({@link org.inversesuite.core.flow.RowParallel}).
 */
package org.inversesuite.core.flow;
