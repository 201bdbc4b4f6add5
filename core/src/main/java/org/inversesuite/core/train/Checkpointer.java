package org.inversesuite.core.train;

import org.inversesuite.core.flow.Flow;

/** Saves a checkpoint of a running training (see {@code CheckpointStore}); called between steps. */
@FunctionalInterface
public interface Checkpointer {
  /** Saves the parameters of {@code flow} and {@code state}; must be atomic. */
  void save(Flow flow, TrainingState state);

  /** Saves nothing. */
  Checkpointer NONE = (flow, state) -> { };
}
