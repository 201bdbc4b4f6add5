/**
 * Invertible blocks on image-shaped rows (one NCHW image per row, C·H·W columns), so they obey
 * the {@link org.inversesuite.core.block.InvertibleBlock} contract unchanged: Haar wavelet and
 * squeeze resolution changes ({@link org.inversesuite.core.image.QuadBlock}), Glow's 1x1
 * convolution and per-channel ActNorm ({@link org.inversesuite.core.image.PixelwiseBlock}),
 * masked affine couplings with convolutional subnets
 * ({@link org.inversesuite.core.image.ConvCouplingBlock}); blocks that can also be
 * differentiated through their inverse implement
 * {@link org.inversesuite.core.image.InverseDifferentiable}.
 */
package org.inversesuite.core.image;
