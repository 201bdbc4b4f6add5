/**
 * Experiments from one config file: {@link org.inversesuite.cli.experiment.ExperimentConfig}, {@link org.inversesuite.cli.experiment.ExperimentRunner}, run folders and the problem catalog.
 */
package org.inversesuite.cli.experiment;
