package org.inversesuite.cli.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.inversesuite.cli.experiment.RunFolder;
import org.inversesuite.cli.table.BenchmarkMethod;
import org.inversesuite.cli.table.BenchmarkTableRun;
import org.inversesuite.cli.table.BenchmarkTask;
import org.inversesuite.cli.table.MethodRegistry;
import org.inversesuite.cli.table.TableFiles;
import org.inversesuite.cli.table.TableRow;
import org.inversesuite.cli.table.TableSettings;
import org.inversesuite.cli.table.TrainingBudget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code inverse benchmark table}: the benchmark table of Kruse et al. 2021 (arXiv:2101.10763)
 * for inverse kinematics and ballistics, every registered method against the rejection-ABC
 * ground truth, written as markdown and CSV with posterior pictures into one run folder.
 */
@Command(name = "table", mixinStandardHelpOptions = true,
    description = {"Train every method on the inverse-kinematics and ballistics tasks and tabulate posterior MMD²",
        "against rejection ABC, re-simulation error, parameters, training time and ms per posterior."},
    footer = {"", "Quick table (a few minutes):  inverse benchmark table --out runs/table-quick",
        "Full table:                   inverse benchmark table --observations 1000 --steps 12000 --out runs/table-full"})
public final class TableBenchmarkCommand implements Callable<Integer> {
  /** The task names. */
  enum Task { ik, ballistics }

  @Option(names = "--observations", defaultValue = "20", description = "test observations per task (default ${DEFAULT-VALUE})")
  int observations;

  @Option(names = "--samples", defaultValue = "1000", description = "posterior samples per observation (default ${DEFAULT-VALUE})")
  int samples;

  @Option(names = "--steps", defaultValue = "1500", description = "training steps of every method (default ${DEFAULT-VALUE})")
  int steps;

  @Option(names = "--batch-size", defaultValue = "256", description = "training batch size (default ${DEFAULT-VALUE})")
  int batchSize;

  @Option(names = "--tasks", split = ",", defaultValue = "ik,ballistics", description = "tasks: ${COMPLETION-CANDIDATES}")
  List<Task> tasks;

  @Option(names = "--methods", split = ",", description = "only these methods (default: all registered)")
  List<String> methods;

  @Option(names = "--ik-epsilon", defaultValue = "0.02", description = "ABC radius for inverse kinematics (default ${DEFAULT-VALUE})")
  double ikEpsilon;

  @Option(names = "--ballistics-epsilon", defaultValue = "0.02", description = "ABC radius for ballistics (default ${DEFAULT-VALUE})")
  double ballisticsEpsilon;

  @Option(names = "--abc-max-proposals", defaultValue = "2000000000", description = "ABC proposal budget per task (default ${DEFAULT-VALUE})")
  long abcMaxProposals;

  @Option(names = "--pictures", defaultValue = "2", description = "observations per task drawn as pictures (default ${DEFAULT-VALUE})")
  int pictures;

  @Option(names = "--seed", defaultValue = "1", description = "seed of observations, ground truth, training and sampling (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--threads", defaultValue = "2", description = "threads (default ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--out", paramLabel = "DIR", description = "run folder (default: runs/benchmark-table-<time>)")
  Path out;

  @Option(names = "--force", description = "write into an existing non-empty --out folder, replacing its table files")
  boolean force;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  @Override
  public Integer call() {
    TableSettings settings = new TableSettings(observations, samples, new TrainingBudget(steps, batchSize, seed, threads),
        abcMaxProposals, pictures, seed);
    List<BenchmarkMethod> chosen = chooseMethods();
    RunFolder folder = out == null ? RunFolder.create(Path.of("runs"), "benchmark-table")
        : force && Files.isDirectory(out) ? RunFolder.existing(out) : RunFolder.at(out);
    BenchmarkTableRun run = new BenchmarkTableRun(settings, threads, System.err);
    List<TableRow> rows = new ArrayList<>();
    List<List<String>> perObservation = new ArrayList<>();
    for (Task t : new LinkedHashSet<>(tasks)) {
      BenchmarkTask task = t == Task.ik ? BenchmarkTask.inverseKinematics(ikEpsilon)
          : BenchmarkTask.ballistics(ballisticsEpsilon);
      rows.addAll(run.run(task, chosen, folder, perObservation));
    }
    TableFiles.write(folder, rows, perObservation, settings, commandText());
    System.out.print(TableFiles.markdown(rows, settings, commandText()));
    System.out.println("wrote " + folder.file(TableFiles.MARKDOWN) + " and " + folder.file(TableFiles.CSV));
    return 0;
  }

  private List<BenchmarkMethod> chooseMethods() {
    List<BenchmarkMethod> all = MethodRegistry.all();
    if (methods == null || methods.isEmpty()) {
      return all;
    }
    Set<String> known = new LinkedHashSet<>();
    all.forEach(m -> known.add(m.name().toLowerCase(Locale.ROOT)));
    List<BenchmarkMethod> chosen = new ArrayList<>();
    for (String name : methods) {
      String key = name.toLowerCase(Locale.ROOT);
      if (!known.contains(key)) {
        throw new IllegalArgumentException("unknown method '" + name + "'; registered: " + known);
      }
      all.stream().filter(m -> m.name().toLowerCase(Locale.ROOT).equals(key)).forEach(chosen::add);
    }
    return chosen;
  }

  private String commandText() {
    return String.format(Locale.ROOT, "inverse benchmark table --observations %d --samples %d --steps %d --batch-size %d"
        + " --ik-epsilon %s --ballistics-epsilon %s --seed %d", observations, samples, steps, batchSize, ikEpsilon,
        ballisticsEpsilon, seed);
  }
}
