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
        "to the target (the raw cINN row is always shown); every row has its wall time.",
        "Writes evaluation.md (the table), evaluation.csv and logp-vs-target.png into --out."},
    footer = {"", "Examples:", "  inverse molecules evaluate",
        "  inverse molecules evaluate --model runs/molecules -n 10000 --out runs/molecules/evaluation-10k",
        "  inverse molecules evaluate -n 500 --rerank 10"})
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

  @Option(names = "--rerank", paramLabel = "K", defaultValue = "1",
      description = "also report the n nearest to the target of K·n cINN candidates (default ${DEFAULT-VALUE}: raw cINN only)")
  int rerank;

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
    SamplingSchedule plan = schedule == null ? null : ScheduleFile.read(schedule);
    DesignEvaluation evaluation = new DesignEvaluation(targets, count, temperature, diversitySample, seed, rerank, faithful, plan);
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
          designer.training().size(), rerank > 1 ? String.format(Locale.ROOT, "; re-ranked row: the %d nearest to the target "
          + "of %d cINN candidates (k = %d), diversity and uniqueness on the kept molecules", count, rerank * count, rerank) : "");
      AtomicFiles.write(folder.resolve("evaluation.md"), (header + table).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      AtomicFiles.write(folder.resolve("evaluation.csv"), EvaluationTable.csv(results).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      List<GenerationMetrics> cinn = new ArrayList<>();
      List<GenerationMetrics> reranked = new ArrayList<>();
      for (List<GenerationMetrics> row : results) {
        cinn.add(row.get(0));
        if (rerank > 1) {
          reranked.add(row.get(1));
        }
      }
      LogPTargetPlot.save(folder.resolve("logp-vs-target.png"), cinn, reranked, range);
      stdout.print(header);
      stdout.print(table);
      stdout.println("wrote " + folder + " (evaluation.md, evaluation.csv, logp-vs-target.png)");
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
