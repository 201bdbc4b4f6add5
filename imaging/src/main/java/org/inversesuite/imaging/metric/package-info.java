/** Image quality metrics on the 0-255 scale: {@link org.inversesuite.imaging.metric.Psnr}, {@link org.inversesuite.imaging.metric.Ssim}. */
package org.inversesuite.imaging.metric;
