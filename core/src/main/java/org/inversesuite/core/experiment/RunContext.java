package org.inversesuite.core.experiment;

import java.nio.file.Path;

/**
 * What an {@link ExperimentKind} run is given by whoever runs it (the {@code inverse train}
 * command, or a benchmark): where to write, how to report, and where the data folder and the
 * starting model the config names (relative to the repository root) are.
 */
public interface RunContext {
  /** @return the folder the run writes into (exists) */
  Path folder();

  /**
   * @param configured the config's data folder, relative to the repository root (or absolute)
   * @return the folder the run reads its data from: the one the user gave in its place (e.g.
   *     {@code --images DIR}), or {@code configured} resolved against the repository root
   */
  Path data(String configured);

  /**
   * Resolves the model a staged config continues from.
   *
   * @param configured the config's value (a path relative to the repository root)
   * @param field the config field that holds it, for messages
   * @return an existing file
   * @throws IllegalArgumentException with a one-line message naming the field, the path and
   *     how to provide the model when it cannot be found
   */
  Path startingModel(String configured, String field);

  /**
   * Reports progress (a progress bar, or nothing).
   *
   * @param done units done
   * @param total units in all
   * @param text a short trailing status, e.g. the current loss
   */
  void progress(long done, long total, String text);

  /** Writes one line to the run's log (periodic losses; not shown while a progress bar runs). */
  void log(String line);

  /** Shows one line of the run's result (the evaluation table) and writes it to the log. */
  void report(String line);
}
