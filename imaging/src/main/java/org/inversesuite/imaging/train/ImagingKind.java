package org.inversesuite.imaging.train;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.inversesuite.core.experiment.ExperimentKind;
import org.inversesuite.core.experiment.RunContext;

/**
 * An imaging experiment kind for {@code inverse train}: its run writes into the run folder
 * ({@link RunOutputs#runFolder}) and checkpoints on {@link RunSchedule#standard}.
 *
 * @param label what it trains
 * @param marker the top-level field that marks its configs
 * @param configType the config record
 * @param naming the run name of a config
 * @param iterations the training steps of a config
 * @param runner the run (the same one the benchmark runners call)
 * @param <C> the config record
 */
public record ImagingKind<C>(String label, String marker, Class<C> configType, Function<C, String> naming,
    ToIntFunction<C> iterations, Runner<C> runner) implements ExperimentKind<C> {

  /** A training run of one kind: {@code HinetRun::run}, {@code InvdnRun::run}, {@code WinnetRun::run}. */
  @FunctionalInterface
  public interface Runner<C> {
    /** @return the metrics written with the model */
    ObjectNode run(C config, RunContext context, RunOutputs out, RunSchedule schedule);
  }

  @Override
  public String name(C config) {
    return naming.apply(config);
  }

  @Override
  public ObjectNode run(C config, RunContext context) {
    return runner.run(config, context, RunOutputs.runFolder(context.folder()),
        RunSchedule.standard(iterations.applyAsInt(config)));
  }
}
