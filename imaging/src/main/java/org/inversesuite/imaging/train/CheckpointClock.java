package org.inversesuite.imaging.train;

/**
 * Tells a training loop when its {@link RunSchedule} wants a checkpoint, and how long the run
 * has taken so far. Mutable: one per run.
 */
public final class CheckpointClock {
  private final RunSchedule schedule;
  private final long start = System.nanoTime();
  private int lastStep;
  private double lastSeconds;

  /** Starts the clock. */
  public CheckpointClock(RunSchedule schedule) {
    this.schedule = schedule;
  }

  /** @return seconds since the clock started */
  public double seconds() {
    return (System.nanoTime() - start) / 1e9;
  }

  /**
   * @param stepsDone steps finished so far
   * @param total steps of the whole run
   * @return whether a checkpoint is due after this step (and if so, it is counted as written)
   */
  public boolean due(int stepsDone, int total) {
    double now = seconds();
    if (schedule.due(stepsDone - lastStep, now - lastSeconds, stepsDone >= total)) {
      lastStep = stepsDone;
      lastSeconds = now;
      return true;
    }
    return false;
  }
}
