/** Noise models for synthetic degradation: {@link org.inversesuite.imaging.noise.GaussianNoise}. */
package org.inversesuite.imaging.noise;
