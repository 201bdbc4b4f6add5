/** Invertible networks shared by the image applications: {@link org.inversesuite.imaging.network.BlockChain}. */
package org.inversesuite.imaging.network;
