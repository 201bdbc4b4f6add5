package org.inversesuite.cli.molecules;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import org.inversesuite.core.random.Rng;
import org.inversesuite.molecules.depict.DepictionGrid;
import org.inversesuite.molecules.design.Condition;
import org.inversesuite.molecules.design.Example;
import org.inversesuite.molecules.design.MoleculeDesigner;
import org.inversesuite.molecules.design.SamplingSchedule;
import org.inversesuite.molecules.evaluation.CandidatePool;
import org.inversesuite.molecules.evaluation.DecodedMolecule;
import org.inversesuite.molecules.evaluation.DesignEvaluation;
import org.inversesuite.molecules.evaluation.NearestToTarget;
import org.inversesuite.molecules.evaluation.WindowAcceptance;
import org.inversesuite.molecules.logp.LogPCalculator;
import org.inversesuite.molecules.logp.LogPMethod;
import org.inversesuite.molecules.selfies.SelfiesDecoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code inverse molecules generate --logp 3.0 -n 100 -o out.sdf}: molecules for a target logP. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Generate molecules for a target logP with a trained model. Every sample",
        "decodes to a valid molecule (SELFIES). Output by extension: .sdf (computed",
        "logP, weight, target, SELFIES, novelty as SD data fields) or .smi (SMILES,",
        "id, logP); --png draws a grid of the first molecules with their logP.",
        "With --rerank K it draws K·n candidates and keeps the n whose computed",
        "Wildman-Crippen logP is nearest to the target (inverse design with the exact",
        "forward model); the default K = 1 keeps the raw cINN draws.",
        "With --window-cap K it keeps the cINN candidates in draw order whose",
        "computed logP is within ±W of the target (--window W, default 0.5) until n",
        "are kept or K·n are drawn: rejection sampling of the cINN's draws to the",
        "window. It prints the acceptance rate. If the cap is reached, the rest are",
        "the nearest of the others, flagged 'filled' in the output (column 4 of .smi,",
        "SD field window_acceptance; the others 'accepted')."},
    footer = {"", "Examples:", "  inverse molecules generate --logp 3.0 -n 100 -o out.sdf",
        "  inverse molecules generate --model runs/molecules --logp 1.5 -n 20 -o out.smi --png out.png --temperature 0.8",
        "  inverse molecules generate --logp 3.0 -n 100 --rerank 10 -o out.sdf",
        "  inverse molecules generate --model M --logp 0 -n 10000 --schedule M/cal-u97/schedule.json --window-cap 5 -o out.smi"})
public final class MoleculesGenerateCommand implements Callable<Integer> {
  @Option(names = "--model", paramLabel = "DIR", defaultValue = MoleculeInput.DEFAULT_MODEL,
      description = "model folder or model.inn (default ${DEFAULT-VALUE})")
  Path model;

  @Option(names = "--logp", required = true, paramLabel = "LOGP", description = "the target Wildman-Crippen logP")
  double logP;

  @Option(names = "--weight", paramLabel = "G/MOL", description = "target molecular weight (weight-conditioned models; default: training median)")
  Double weight;

  @Option(names = "-n", defaultValue = "100", description = "number of molecules (default ${DEFAULT-VALUE})")
  int count;

  @Option(names = "--temperature", defaultValue = "1.0", description = "latent standard deviation T (default ${DEFAULT-VALUE})")
  double temperature;

  @Option(names = "--schedule", paramLabel = "FILE",
      description = "ask the flow for the logP and use the temperature that a schedule from 'molecules calibrate' gives"
          + " for the target (replaces --temperature)")
  Path schedule;

  @Option(names = "--rerank", paramLabel = "K", defaultValue = "1",
      description = "draw K·n candidates, keep the n with logP nearest to the target (default ${DEFAULT-VALUE}: raw draws)")
  int rerank;

  @Option(names = "--window-cap", paramLabel = "K", defaultValue = "0",
      description = "keep the cINN candidates in draw order with logP within ±W of the target until n are kept or K·n"
          + " drawn, then fill with the nearest of the rest (default ${DEFAULT-VALUE}: off; not with --rerank)")
  int windowCap;

  @Option(names = "--window", paramLabel = "W",
      description = "half-width of the --window-cap window in log units (default 0.5)")
  Double window;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the molecules (.sdf or .smi)")
  Path output;

  @Option(names = "--png", paramLabel = "FILE", description = "write a PNG grid of the first --grid molecules")
  Path png;

  @Option(names = "--grid", defaultValue = "24", description = "molecules in the PNG grid (default ${DEFAULT-VALUE})")
  int grid;

  @Option(names = "--force", description = "overwrite existing output files")
  boolean force;

  @Option(names = "--seed", defaultValue = "1", description = "seed of the latent draws (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  @Override
  public Integer call() {
    if (!Double.isFinite(logP)) {
      throw new IllegalArgumentException("--logp must be a finite number, got " + logP);
    }
    if (weight != null && !(weight > 0 && Double.isFinite(weight))) {
      throw new IllegalArgumentException("--weight must be a positive number, got " + weight);
    }
    if (count < 1) {
      throw new IllegalArgumentException("-n must be >= 1, got " + count);
    }
    double halfWidth = SelectionOptions.window(windowCap, window);
    if (windowCap > 0 && rerank != 1) {
      throw new IllegalArgumentException("--rerank " + rerank + " and --window-cap " + windowCap + " are two selections; give one");
    }
    if (output != null) {
      MoleculeInput.checkWritable(output, force);
    }
    if (png != null) {
      MoleculeInput.checkWritable(png, force);
    }
    PrintStream stdout = System.out;
    SamplingSchedule plan = schedule == null ? SamplingSchedule.constant(temperature) : ScheduleFile.read(schedule);
    double temperature = plan.temperature(logP);
    try (MoleculeDesigner designer = MoleculeInput.model(model)) {
      double[] y = DesignEvaluation.conditionFor(designer, logP);
      if (weight != null) {
        if (designer.condition() != Condition.LOGP_AND_WEIGHT) {
          throw new IllegalArgumentException("this model is conditioned on logP only; --weight needs a model trained with --weight");
        }
        y[1] = weight;
      }
      double[] asked = y.clone();
      asked[0] = plan.asked(logP);
      long start = System.nanoTime();
      SelfiesDecoder decoder = SelfiesDecoder.defaults();
      LogPCalculator calculator = LogPMethod.WILDMAN_CRIPPEN.newCalculator();
      List<DecodedMolecule> decoded;
      OptionalInt accepted = OptionalInt.empty();
      String selection;
      if (windowCap > 0) {
        CandidatePool pool = CandidatePool.of(designer, asked, temperature, new Rng(seed), decoder, calculator, count);
        WindowAcceptance.Selection s = new WindowAcceptance(halfWidth, windowCap).select(pool, logP, count);
        decoded = s.kept();
        accepted = OptionalInt.of(s.accepted());
        selection = String.format(Locale.ROOT, ", window ±%s: %d of %d cINN candidates accepted (%.1f%%), %d filled", halfWidth,
            s.accepted(), s.examined(), 100 * s.acceptance(), s.filled());
      } else {
        decoded = new NearestToTarget(rerank).design(designer, asked, logP, count, temperature, new Rng(seed), decoder, calculator);
        selection = rerank > 1 ? String.format(Locale.ROOT, ", nearest %d of %d cINN candidates", count, rerank * count)
            : ", raw cINN draws";
      }
      double seconds = (System.nanoTime() - start) * 1e-9;
      Set<String> known = new HashSet<>();
      for (Example e : designer.training()) {
        known.add(e.smiles());
      }
      GeneratedFiles.Summary summary = GeneratedFiles.summarise(decoded, known, logP);
      stdout.printf(Locale.ROOT, "%d molecules for logP %.2f (%sT = %.2f%s, %.1f s): %d valid, %d distinct, %d novel; "
          + "logP mean %.2f, MAE %.2f, %.0f%% within ±0.5%n", count, logP,
          schedule == null ? "" : String.format(Locale.ROOT, "schedule: asked %.2f, ", asked[0]), temperature, selection, seconds, summary.valid(), summary.distinct(), summary.novel(), summary.meanLogP(), summary.mae(), 100 * summary.within());
      if (accepted.isPresent() && accepted.getAsInt() < count) {
        stdout.printf(Locale.ROOT, "the cap of %d candidates was reached: %d of %d molecules lie outside ±%s and are flagged"
            + " 'filled'%n", windowCap * count, count - accepted.getAsInt(), count, halfWidth);
      }
      if (output != null) {
        GeneratedFiles.write(output, decoded, known, y, designer.condition(), accepted);
        stdout.println("wrote " + output);
      }
      if (png != null) {
        List<DepictionGrid.Cell> cells = new ArrayList<>();
        for (int i = 0; i < decoded.size(); i++) {
          DecodedMolecule d = decoded.get(i);
          if (d.valid() && cells.size() < grid) {
            cells.add(new DepictionGrid.Cell(d.molecule(), String.format(Locale.ROOT, "logP %.2f%s", d.logP(),
                GeneratedFiles.filled(accepted, i) ? " (filled)" : "")));
          }
        }
        DepictionGrid.write(png, cells, 6);
        stdout.println("wrote " + png);
      }
    }
    return 0;
  }
}
