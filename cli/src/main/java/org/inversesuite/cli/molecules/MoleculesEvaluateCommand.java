package org.inversesuite.cli.molecules;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inversesuite.core.io.AtomicFiles;
import org.inversesuite.molecules.design.MoleculeDesigner;
import org.inversesuite.molecules.design.SamplingSchedule;
import org.inversesuite.molecules.evaluation.DesignEvaluation;
import org.inversesuite.molecules.evaluation.GenerationMetrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code inverse molecules evaluate}: the cINN and two baselines at every target logP. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Generate n molecules per target logP with the model and with two baselines (random SELFIES of the",
        "training lengths; training molecules near the target) and score validity, uniqueness, novelty,",
        "internal diversity (ECFP4), the fraction within ±0.5 of the target and the MAE.",
        "With --rerank K a second cINN row keeps the n of K·n cINN candidates whose computed logP is nearest",
        "to the target (a list K1,K2 gives one row each); with --window-cap K a row keeps the cINN candidates in",
        "draw order whose computed logP is within ±W of the target (--window W, default 0.5) until n are kept or",
        "K·n are drawn, then fills with the nearest of the rest. The selections share the same candidates; the",
        "raw cINN row is always shown, and every row has its wall time.",
        "Writes evaluation.md (the table), evaluation.csv and logp-vs-target.png into --out."},
    footer = {"", "Examples:", "  inverse molecules evaluate",
        "  inverse molecules evaluate --model runs/molecules -n 10000 --out runs/molecules/evaluation-10k",
        "  inverse molecules evaluate -n 500 --rerank 10",
        "  inverse molecules evaluate -n 10000 --schedule M/schedule.json --rerank 2,3 --window-cap 5"})
public final class MoleculesEvaluateCommand implements Callable<Integer> {
  @Option(names = "--model", paramLabel = "DIR", defaultValue = MoleculeInput.DEFAULT_MODEL,
      description = "model folder or model.inn (default ${DEFAULT-VALUE})")
  Path model;

  @Option(names = "-n", defaultValue = "500", description = "molecules per target and method (default ${DEFAULT-VALUE}; the full run uses 10000)")
  int count;

  @Option(names = "--targets", split = ",", defaultValue = "-3,-1,0,1,2,3,4,5,7,9",
      description = "target logP values (default ${DEFAULT-VALUE}: {-1..5} and some outside the training range)")
  double[] targets;

  @Option(names = "--temperature", defaultValue = "1.0", description = "latent standard deviation T (default ${DEFAULT-VALUE})")
  double temperature;

  @Option(names = "--diversity-sample", defaultValue = "1000",
      description = "molecules the pairwise diversity is computed on, per target (default ${DEFAULT-VALUE})")
  int diversitySample;

  @Option(names = "--rerank", paramLabel = "K", split = ",", defaultValue = "1",
      description = "also report the n nearest to the target of K·n cINN candidates, one row per K of a list"
          + " (default ${DEFAULT-VALUE}: raw cINN only)")
  int[] rerank;

  @Option(names = "--window-cap", paramLabel = "K", defaultValue = "0",
      description = "also report window acceptance: the cINN candidates in draw order within ±W of the target, until n"
          + " are kept or K·n drawn, then the nearest of the rest (default ${DEFAULT-VALUE}: no such row)")
  int windowCap;

  @Option(names = "--window", paramLabel = "W",
      description = "half-width of the --window-cap row's window in log units (default 0.5)")
  Double window;

  @Option(names = "--faithful", paramLabel = "B", defaultValue = "0",
      description = "also report the cINN restricted to faithful rows (every symbol reaches the molecule), drawing at most B·n"
          + " (default ${DEFAULT-VALUE}: no such row)")
  int faithful;

  @Option(names = "--schedule", paramLabel = "FILE",
      description = "sample the cINN rows with the per-target temperature and asked logP of a schedule written by"
          + " 'molecules calibrate' (replaces --temperature; rows are still scored against the target)")
  Path schedule;

  @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: MODEL/evaluation)")
  Path out;

  @Option(names = "--force", description = "overwrite existing results")
  boolean force;

  @Option(names = "--seed", defaultValue = "1", description = "the seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  @Override
  public Integer call() {
    int[] reranks = SelectionOptions.reranks(rerank);
    double w = SelectionOptions.window(windowCap, window);
    SamplingSchedule plan = schedule == null ? null : ScheduleFile.read(schedule);
    DesignEvaluation evaluation = new DesignEvaluation(targets, count, temperature, diversitySample, seed, reranks, windowCap, w,
        faithful, plan);
    Path folder = out != null ? out : (Files.isDirectory(model) ? model : model.toAbsolutePath().getParent()).resolve("evaluation");
    MoleculeInput.checkWritable(folder.resolve("evaluation.md"), force);
    PrintStream stdout = System.out;
    try (MoleculeDesigner designer = MoleculeInput.model(model)) {
      long start = System.nanoTime();
      List<List<GenerationMetrics>> results = evaluation.run(designer);
      double seconds = (System.nanoTime() - start) * 1e-9;
      double[] range = DesignEvaluation.trainingRange(designer.training());
      String table = EvaluationTable.markdown(results, range);
      try {
        Files.createDirectories(folder);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create " + folder + ": " + e.getMessage(), e);
      }
      String header = String.format(Locale.ROOT, "%d molecules per target and method, %s, seed %d, %.0f s; "
          + "training logP 95%% range [%.2f, %.2f] (%d molecules)%s%n%n", count, sampler(plan), seed, seconds, range[0], range[1],
          designer.training().size(), SelectionOptions.describe(count, reranks, windowCap, w));
      AtomicFiles.write(folder.resolve("evaluation.md"), (header + table).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      AtomicFiles.write(folder.resolve("evaluation.csv"), EvaluationTable.csv(results).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      List<String> methods = evaluation.methods();
      List<List<GenerationMetrics>> columns = new ArrayList<>();
      for (int m = 0; m <= evaluation.selections(); m++) {
        List<GenerationMetrics> column = new ArrayList<>();
        for (List<GenerationMetrics> row : results) {
          column.add(row.get(m));
        }
        columns.add(column);
      }
      List<String> plots = new ArrayList<>();
      plots.add("logp-vs-target.png");
      LogPTargetPlot.save(folder.resolve(plots.get(0)), columns.get(0), columns.size() > 1 ? columns.get(1) : List.of(),
          columns.size() > 1 ? methods.get(1) : "", range);
      for (int m = 1; m < columns.size() && columns.size() > 2; m++) {
        String file = "logp-vs-target-" + (m <= reranks.length ? "nearest-k" + reranks[m - 1] : "window-k" + windowCap) + ".png";
        LogPTargetPlot.save(folder.resolve(file), columns.get(0), columns.get(m), methods.get(m), range);
        plots.add(file);
      }
      stdout.print(header);
      stdout.print(table);
      stdout.println("wrote " + folder + " (evaluation.md, evaluation.csv, " + String.join(", ", plots) + ")");
    }
    return 0;
  }

  private String sampler(SamplingSchedule plan) {
    if (plan == null) {
      return String.format(Locale.ROOT, "T = %.2f", temperature);
    }
    StringBuilder b = new StringBuilder("cINN rows sampled with schedule " + schedule + " (target: asked logP, T =");
    for (double t : targets) {
      b.append(String.format(Locale.ROOT, " %.1f: %.2f, %.2f;", t, plan.asked(t), plan.temperature(t)));
    }
    b.setLength(b.length() - 1);
    return b.append(')').toString();
  }
}
