package org.inversesuite.imaging.train;

/**
 * When an imaging training run writes its checkpoint and when it stops early. A checkpoint is
 * due after a step when {@code checkpointSteps} steps or {@code checkpointSeconds} seconds have
 * passed since the last one (whichever first); the last step writes the model, not a checkpoint.
 *
 * @param budgetSeconds wall-time budget of the training (Infinity: none); what each kind does
 *     with it is stated by its run
 * @param checkpointSteps steps between checkpoints (at least 1)
 * @param checkpointSeconds seconds between checkpoints (Infinity: by steps only)
 * @param keepCheckpoints whether each checkpoint is also kept as {@code <model>-step<k>.invmodel}
 */
public record RunSchedule(double budgetSeconds, int checkpointSteps, double checkpointSeconds, boolean keepCheckpoints) {
  /** Validates the values. */
  public RunSchedule {
    if (!(budgetSeconds > 0) || checkpointSteps < 1 || !(checkpointSeconds > 0)) {
      throw new IllegalArgumentException("need budgetSeconds > 0, checkpointSteps >= 1 and checkpointSeconds > 0, got "
          + budgetSeconds + ", " + checkpointSteps + ", " + checkpointSeconds);
    }
  }

  /** @return the schedule of {@code inverse train}: no budget, a checkpoint every tenth of the run or 5 minutes */
  public static RunSchedule standard(int iterations) {
    return new RunSchedule(Double.POSITIVE_INFINITY, Math.max(1, iterations / 10), 300, false);
  }

  /**
   * @param stepsSince steps since the last checkpoint
   * @param secondsSince seconds since the last checkpoint
   * @param last whether this was the last step of the run
   * @return whether a checkpoint is due now
   */
  public boolean due(int stepsSince, double secondsSince, boolean last) {
    return !last && (stepsSince >= checkpointSteps || secondsSince >= checkpointSeconds);
  }
}
