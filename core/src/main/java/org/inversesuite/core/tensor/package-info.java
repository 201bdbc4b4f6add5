/**
 * Working buffers and their checks: {@link org.inversesuite.core.tensor.Matrix} (flat float32/float64, batch-major), {@link org.inversesuite.core.tensor.Precision}, the two project exceptions, and the ND4J runtime check.
 */
package org.inversesuite.core.tensor;
