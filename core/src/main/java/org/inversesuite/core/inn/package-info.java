/**
 * The INN of Ardizzone et al. 2019 ("Analyzing inverse problems with invertible neural
 * networks", ICLR, arXiv:1808.04730), trained in both directions: x (zero-padded) maps to
 * [z, y]; supervised loss on y, MMD on [y, z] in the forward direction, MMD on x in the inverse
 * direction, reconstruction and padding losses. Gradients of the inverse-direction losses go
 * through {@link org.inversesuite.core.inn.InverseGradient} (implicit differentiation of the
 * flow's inverse). {@link org.inversesuite.core.inn.EightModes} is the paper's toy problem.
 */
package org.inversesuite.core.inn;
