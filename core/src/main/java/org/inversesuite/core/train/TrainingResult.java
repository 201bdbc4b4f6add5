package org.inversesuite.core.train;

import java.util.List;

/**
 * What a training run did: the loss curve, why it stopped and which parameters it kept.
 *
 * @param iterationsRun optimiser steps taken
 * @param stopReason why training ended
 * @param message a human-readable account of the stop (names the iteration of a non-finite loss)
 * @param history one point per validation (or per interval when there is no validation)
 * @param keptIteration number of updates behind the parameters kept: the best validation with early
 *     stopping, otherwise the last good step
 * @param bestValidationLoss the best validation NLL per sample (NaN without validation)
 * @param seconds wall time of the loop
 */
public record TrainingResult(int iterationsRun, StopReason stopReason, String message, List<Point> history,
 int keptIteration, double bestValidationLoss, double seconds) {

  /** Copies the history. */
  public TrainingResult {
    history = List.copyOf(history);
  }

  /** Why a run ended. */
  public enum StopReason {
    /** All iterations ran. */
    COMPLETED,
    /** Validation stopped improving for the configured patience. */
    EARLY_STOPPED,
    /** A loss or gradient was NaN or infinite; the last good parameters were kept. */
    NON_FINITE
  }

  /**
   * One point of the loss curve; losses are NLL per sample without the Gaussian constant.
   *
   * @param iteration steps done
   * @param trainLoss mean training loss since the previous point
   * @param validationLoss validation loss, NaN if none
   * @param learningRate the rate at this step
   * @param seconds elapsed wall time
   */
  public record Point(int iteration, double trainLoss, double validationLoss, double learningRate, double seconds) {}
}
