/**
 * Maximum-likelihood training: {@link org.inversesuite.core.train.Trainer} with {@link org.inversesuite.core.train.TrainingConfig}, AdamW, learning-rate schedules, online and offline batch sources.
 */
package org.inversesuite.core.train;
