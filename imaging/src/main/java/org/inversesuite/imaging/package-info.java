/** Images as planar 0-255 doubles ({@link org.inversesuite.imaging.Image}), the imaging domain's common currency. */
package org.inversesuite.imaging;
