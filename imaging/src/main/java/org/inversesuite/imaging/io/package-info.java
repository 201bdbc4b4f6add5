/** PNG, JPEG and TIFF reading and writing through javax.imageio, with clear refusals of bad files. */
package org.inversesuite.imaging.io;
