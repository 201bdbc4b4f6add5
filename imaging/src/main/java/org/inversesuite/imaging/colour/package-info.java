/**
 * Colour spaces a per-channel denoiser can work in: the image's own RGB planes, or an orthonormal
 * luminance/opponent-chrominance basis that decorrelates them (Dabov et al. 2007, CBM3D).
 */
package org.inversesuite.imaging.colour;
