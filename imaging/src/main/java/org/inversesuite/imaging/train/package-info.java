/**
 * The training runs of the imaging experiments (HiNet steganography, InvDN and WINNet
 * denoisers), shared by {@code inverse train experiments/imaging/*.json} and the benchmark
 * runners: {@link org.inversesuite.imaging.train.ImagingKinds} lists the
 * {@link org.inversesuite.core.experiment.ExperimentKind}s this module provides;
 * {@link org.inversesuite.imaging.train.RunOutputs} names the files a run writes,
 * {@link org.inversesuite.imaging.train.RunSchedule} its checkpoints and time budget and
 * {@link org.inversesuite.imaging.train.TrainingImages} checks and loads its image folder.
 */
package org.inversesuite.imaging.train;
