/**
 * Simulated data sets generated in parallel, written in atomic chunk files and resumed after an
 * interruption: {@link org.inversesuite.data.generate.ChunkedGeneration}.
 */
package org.inversesuite.data.generate;
