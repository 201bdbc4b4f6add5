/**
 * Dense networks with explicit backward passes: {@link org.inversesuite.core.nn.Mlp}, the flat {@link org.inversesuite.core.nn.Parameters} vector, per-thread {@link org.inversesuite.core.nn.Workspace}s and the {@link org.inversesuite.core.nn.DenseKernel} implementations (Java reference, ND4J gemm, Vector API fast path); convolutional subnets ({@link org.inversesuite.core.nn.ConvSubnet}: plain {@link org.inversesuite.core.nn.ConvNet} and residual-dense {@link org.inversesuite.core.nn.DenseConvNet}) on {@link org.inversesuite.core.nn.Conv2d}.
 */
package org.inversesuite.core.nn;
