package org.inversesuite.cli.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.inversesuite.cli.table.GroundTruthCache;
import org.inversesuite.cli.table.RowStore;
import org.inversesuite.cli.table.TableAssembly;
import org.inversesuite.cli.table.TableFiles;
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
        "Full table:                   inverse benchmark table --observations 1000 --steps 12000 --out runs/table-full",
        "Continue it / add rows:       the same command with --resume (and --methods/--tasks for a piece)"})
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

  @Option(names = "--resume", description = {"continue the run in --out: rows finished with the same settings and the",
      "cached ABC ground truth are reused, only missing rows are computed"})
  boolean resume;

  @Option(names = "--force", description = {"write into an existing --out folder and recompute the selected rows even if",
      "finished; a ground-truth cache made with other settings is recomputed instead of refused"})
  boolean force;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  @Override
  public Integer call() {
    TableSettings settings = new TableSettings(observations, samples, new TrainingBudget(steps, batchSize, seed, threads),
        abcMaxProposals, pictures, seed);
    List<BenchmarkMethod> chosen = chooseMethods();
    RunFolder folder = openFolder();
    RowStore store = new RowStore(folder.path());
    GroundTruthCache cache = new GroundTruthCache(folder.path());
    List<BenchmarkTask> allTasks = List.of(task(Task.ik), task(Task.ballistics));
    List<String> allMethods = MethodRegistry.all().stream().map(BenchmarkMethod::name).toList();
    TableAssembly assembly = new TableAssembly(settings, System.err);
    BenchmarkTableRun run = new BenchmarkTableRun(settings, threads, force, System.err);
    for (Task t : new LinkedHashSet<>(tasks)) {
      run.run(task(t), chosen, store, cache,
          row -> assembly.write(folder, store, allTasks, allMethods, commandText()));
    }
    System.out.print(assembly.write(folder, store, allTasks, allMethods, commandText()));
    System.out.println("wrote " + folder.file(TableFiles.MARKDOWN) + " and " + folder.file(TableFiles.CSV)
        + "; continue with the same command and --resume");
    return 0;
  }

  private BenchmarkTask task(Task t) {
    return t == Task.ik ? BenchmarkTask.inverseKinematics(ikEpsilon) : BenchmarkTask.ballistics(ballisticsEpsilon);
  }

  /** A new folder; with --resume or --force an existing one is reused, otherwise a non-empty one is refused. */
  private RunFolder openFolder() {
    if (out == null) {
      if (resume) {
        throw new IllegalArgumentException("--resume needs --out: the run folder to continue");
      }
      return RunFolder.create(Path.of("runs"), "benchmark-table");
    }
    if ((resume || force) && Files.isDirectory(out)) {
      return RunFolder.existing(out);
    }
    if (Files.isDirectory(out) && !isEmpty(out)) {
      throw new IllegalArgumentException("run folder " + out + " exists and is not empty; pass --resume to continue "
          + "it (finished rows are kept), --force to recompute the selected rows, or choose another --out");
    }
    return RunFolder.at(out);
  }

  private static boolean isEmpty(Path dir) {
    try (var entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
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
