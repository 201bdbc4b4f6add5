package org.inversesuite.cli.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything one finished row of one task depends on, stored with the row so that a resumed run
 * reuses only rows computed with the same settings. Threads are left out: they change wall
 * times, not what a row means.
 *
 * @param task task name ("ik", "ballistics")
 * @param abcEpsilon ABC radius of the task's ground truth
 * @param observations test observations N
 * @param samples posterior samples S per observation
 * @param steps training steps of every method
 * @param batchSize training batch size
 * @param seed root seed of observations, ground truth, training and sampling
 * @param abcMaxProposals ABC proposal budget of the ground truth
 */
public record TaskSettings(String task, double abcEpsilon, int observations, int samples, int steps, int batchSize,
    long seed, long abcMaxProposals) {

  /** @return the settings of {@code task} in a run with {@code settings} */
  public static TaskSettings of(TableSettings settings, BenchmarkTask task) {
    return new TaskSettings(task.name(), task.abcEpsilon(), settings.observations(), settings.samples(),
        settings.budget().steps(), settings.budget().batchSize(), settings.seed(), settings.abcMaxProposals());
  }

  /** @return "name: stored vs requested" for every field that differs; empty if none */
  public List<String> differences(TaskSettings requested) {
    List<String> out = new ArrayList<>();
    Differences.add(out, "task", task, requested.task, "stored");
    Differences.add(out, "ABC epsilon", abcEpsilon, requested.abcEpsilon, "stored");
    Differences.add(out, "observations", observations, requested.observations, "stored");
    Differences.add(out, "samples", samples, requested.samples, "stored");
    Differences.add(out, "steps", steps, requested.steps, "stored");
    Differences.add(out, "batch size", batchSize, requested.batchSize, "stored");
    Differences.add(out, "seed", seed, requested.seed, "stored");
    Differences.add(out, "ABC max proposals", abcMaxProposals, requested.abcMaxProposals, "stored");
    return out;
  }

}
