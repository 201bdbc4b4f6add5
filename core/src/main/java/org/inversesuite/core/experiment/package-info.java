/**
 * Experiment kinds that {@code inverse train} can run beside the generic cINN experiment: a
 * domain module provides an {@link org.inversesuite.core.experiment.ExperimentKind} (its config
 * record, the top-level field that marks its configs, and the run), the command line lists the
 * kinds it knows and gives each run a {@link org.inversesuite.core.experiment.RunContext}
 * (folder, progress, log, resolution of paths and starting models).
 */
package org.inversesuite.core.experiment;
