/**
 * Invertible blocks and their configs. Start from the contract in {@link org.inversesuite.core.block.InvertibleBlock}; couplings extend {@link org.inversesuite.core.block.CouplingBlock}.
 */
package org.inversesuite.core.block;
