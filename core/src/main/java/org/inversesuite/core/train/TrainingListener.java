package org.inversesuite.core.train;

/** Observes a training run (progress bars, logs, checkpoints). All methods default to nothing. */
public interface TrainingListener {
  /** Called once before the first step. */
  default void started(TrainingConfig config, int parameterCount) {}

  /** Called after every step with the mean training loss of that batch. */
  default void iteration(int iteration, double loss, double learningRate) {}

  /** Called after every validation. */
  default void validated(int iteration, double validationLoss, boolean improved) {}

  /** Called once at the end, also after an early stop or a non-finite loss. */
  default void finished(TrainingResult result) {}

  /** Does nothing. */
  TrainingListener NONE = new TrainingListener() {};
}
