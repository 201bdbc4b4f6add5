/**
 * Dense networks with explicit backward passes: {@link org.inversesuite.core.nn.Mlp}, the flat {@link org.inversesuite.core.nn.Parameters} vector, per-thread {@link org.inversesuite.core.nn.Workspace}s and the {@link org.inversesuite.core.nn.DenseKernel} implementations (Java reference, ND4J gemm, Vector API fast path).
 */
package org.inversesuite.core.nn;
