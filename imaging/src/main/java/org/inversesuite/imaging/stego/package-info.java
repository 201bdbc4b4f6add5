/**
 * HiNet-style image steganography (Jing et al. 2021): {@link org.inversesuite.imaging.stego.HinetNetwork},
 * its training ({@link org.inversesuite.imaging.stego.HinetTraining}), hide/reveal
 * ({@link org.inversesuite.imaging.stego.Steganography}) and the model file
 * ({@link org.inversesuite.imaging.stego.HinetModelFile}).
 */
package org.inversesuite.imaging.stego;
