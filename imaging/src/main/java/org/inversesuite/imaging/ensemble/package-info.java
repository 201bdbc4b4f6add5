/**
 * Test-time self-ensembles: a denoiser run on the 8 rotated and mirrored copies of an image and the
 * results mapped back and averaged (Lim et al. 2017, EDSR; Timofte et al. 2016, "Seven ways to
 * improve example-based single image super resolution"; used by InvDN, Liu et al. 2021).
 */
package org.inversesuite.imaging.ensemble;
