/** Random training patches with the 8 square symmetries as augmentation. */
package org.inversesuite.imaging.patch;
