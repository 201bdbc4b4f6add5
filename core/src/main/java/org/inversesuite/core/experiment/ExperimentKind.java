package org.inversesuite.core.experiment;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A kind of experiment a domain module trains from a JSON config (experiments/&lt;domain&gt;/*.json).
 * The command line routes a config to the kind whose {@link #marker()} field it has, binds it to
 * {@link #configType()} (unknown fields refused with file, line and field), and calls
 * {@link #run}; domains never see each other's kinds.
 *
 * @param <C> the config record
 */
public interface ExperimentKind<C> {
  /** @return what the kind trains, for messages, e.g. "HiNet steganography" */
  String label();

  /** @return a top-level field that every config of this kind has and no other kind's configs have */
  String marker();

  /** @return the immutable config record */
  Class<C> configType();

  /** @return the run's name (the prefix of its run folder) */
  String name(C config);

  /**
   * Trains the experiment, evaluates it, and writes the model, checkpoints and any pictures into
   * {@link RunContext#folder()}.
   *
   * @return the metrics, written by the caller as the run's metrics.json
   * @throws IllegalArgumentException with a one-line message for bad input (missing data, starting model)
   */
  ObjectNode run(C config, RunContext context);
}
