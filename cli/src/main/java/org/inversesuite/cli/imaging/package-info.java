/** The {@code inverse imaging} commands: denoising PNG, JPEG and TIFF images. */
package org.inversesuite.cli.imaging;
