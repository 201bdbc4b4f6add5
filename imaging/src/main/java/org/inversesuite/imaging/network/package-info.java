/**
 * Invertible networks shared by the image applications: {@link org.inversesuite.imaging.network.BlockChain},
 * and {@link org.inversesuite.imaging.network.TrainedModelFile}, the model file of a trained one.
 */
package org.inversesuite.imaging.network;
