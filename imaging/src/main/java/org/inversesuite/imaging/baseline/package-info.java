/** Classical denoisers to compare learned ones against: {@link org.inversesuite.imaging.baseline.HaarShrinkage}. */
package org.inversesuite.imaging.baseline;
