package org.inversesuite.cli.inn;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inversesuite.core.inn.EightModes;
import org.inversesuite.core.inn.Inn;
import org.inversesuite.core.inn.InnConfig;
import org.inversesuite.core.inn.InnProgress;
import org.inversesuite.core.inn.InnTraining;
import org.inversesuite.core.inn.ModeCoverage;
import org.inversesuite.core.io.AtomicFiles;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code inverse inn toy8}: trains the INN on the 8-mode toy of Ardizzone et al. 2019, samples
 * the posterior of every label, counts the samples per mode and draws the figure.
 */
@Command(name = "toy8", mixinStandardHelpOptions = true,
    description = {"Train the INN on the 8-mode Gaussian toy (Ardizzone et al. 2019, fig. 2) and check that every mode",
        "of every posterior is recovered; writes toy8-<labels>.png and toy8-<labels>.csv."},
    footer = {"", "Example (10-30 minutes on 2 shared cores):", "  inverse inn toy8 --labels SOME --out runs/inn"})
public final class EightModesCommand implements Callable<Integer> {
  /**
   * Largest accepted share of a multi-mode label's posterior samples farther than 3σ from every mode
   * of the label (true: 0.011): the mean of an independent PyTorch INN written from the paper
   * (docs/scripts/inn_toy8_reference.py) over three trainings at this budget, 'none' 0.154 / 0.116 /
   * 0.122 (docs/inn.md, "Reference measurement"); the method does not reach the truth's 5 % there.
   */
  static final double MAX_BETWEEN_MULTI = 0.13;

  /** The same for a label with a single mode, which the reference keeps under it (0.008-0.035). */
  static final double MAX_BETWEEN_SINGLE = 0.05;

  @Option(names = "--labels", defaultValue = "SOME", description = "label map: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
  EightModes.Labels labels;

  @Option(names = "--steps", description = "training steps (default: InnConfig.eightModesToy())")
  Integer steps;

  @Option(names = "--batch", description = "batch size (default: InnConfig.eightModesToy(), 300)")
  Integer batch;

  @Option(names = "--final-steps", description = "steps of the final stage at a larger batch, inverse MMD at full weight "
      + "(default: InnConfig.eightModesToyFinalStage(), 200; 0: none)")
  Integer finalSteps;

  @Option(names = "--final-batch", description = "batch size of the final stage (default: "
      + "InnConfig.eightModesToyFinalStage(), 1600)")
  Integer finalBatch;

  @Option(names = "--samples", defaultValue = "10000", description = "posterior samples per label (default ${DEFAULT-VALUE}; "
      + "the binomial error of the between-modes share is then 0.003)")
  int samples;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
  Path out;

  @Option(names = "--force", description = "overwrite existing figures")
  boolean force;

  @Override
  public Integer call() {
    String stem = "toy8-" + labels.name().toLowerCase(Locale.ROOT);
    Path png = out.resolve(stem + ".png");
    Path csv = out.resolve(stem + ".csv");
    if (!force && (Files.exists(png) || Files.exists(csv))) {
      throw new IllegalArgumentException(png + " or " + csv + " exists; use --force to overwrite");
    }
    EightModes toy = new EightModes(labels);
    InnConfig defaults = InnConfig.eightModesToy();
    InnConfig config = defaults.withSchedule(steps == null ? defaults.steps() : steps,
        batch == null ? defaults.batchSize() : batch);
    InnConfig finalDefaults = InnConfig.eightModesToyFinalStage();
    InnConfig stage = finalDefaults.withSchedule(finalSteps == null ? finalDefaults.steps() : finalSteps,
        finalBatch == null ? finalDefaults.batchSize() : finalBatch);
    int total = config.steps() + stage.steps();
    long start = System.nanoTime();
    Inn inn = InnTraining.train(config, toy, Precision.FLOAT32, p -> log("step", p, config.steps(), start));
    if (stage.steps() > 0) {
      inn = InnTraining.continueTraining(inn, stage, toy, p -> log("final stage step", p, stage.steps(), start));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Rng rng = new Rng(config.seed()).stream("evaluation");
    int[] used = labels.used();
    List<Matrix> data = new ArrayList<>();
    List<Matrix> posteriors = new ArrayList<>();
    StringBuilder table = new StringBuilder(
        "label,mode,true_mode_of_label,samples_within_0.6,fraction,sd_x1,sd_x2,label_between_modes\n");
    boolean allRecovered = true;
    for (int label : used) {
      Matrix x = inn.sample(EightModes.oneHot(label), samples, rng);
      posteriors.add(x);
      data.add(dataOf(toy, label, rng));
      int[] counts = ModeCoverage.counts(x, 0.6);
      double between = ModeCoverage.outsideFraction(x, labels, label, 0.6);
      int modes = 0;
      for (int m = 0; m < 8; m++) {
        modes += labels.of(m) == label ? 1 : 0;
      }
      allRecovered &= between <= (modes > 1 ? MAX_BETWEEN_MULTI : MAX_BETWEEN_SINGLE);
      for (int m = 0; m < 8; m++) {
        boolean own = labels.of(m) == label;
        double fraction = (double) counts[m] / samples;
        double[] sd = ModeCoverage.spread(x, m, 0.6);
        table.append(String.format(Locale.ROOT, "%d,%d,%s,%d,%.4f,%.4f,%.4f,%.4f%n", label, m, own, counts[m], fraction,
            sd[0], sd[1], between));
        allRecovered &= !own || fraction >= 0.4 / modes && sd[0] >= 0.05 && sd[1] >= 0.05;
      }
      System.out.printf(Locale.ROOT, "label %d: samples per mode %s, between modes (> 0.6 from all own modes) %.3f%n",
          label, java.util.Arrays.toString(counts), between);
    }
    System.out.printf(Locale.ROOT, "training %d steps took %.0f s; every mode recovered (>= 40%% of its share, standard "
        + "deviations >= 0.05, at most %.0f%% of a multi-mode label's samples between modes (the paper's method, "
        + "reference implementation), %.0f%% of a single-mode label's; true 1.1%%): %s%n", total, seconds,
        100 * MAX_BETWEEN_MULTI, 100 * MAX_BETWEEN_SINGLE, allRecovered ? "yes" : "NO");
    try {
      Files.createDirectories(out);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("cannot create output folder " + out + ": " + e.getMessage(), e);
    }
    AtomicFiles.write(csv, table.toString().getBytes(StandardCharsets.UTF_8));
    EightModesPlot.save(png, data, posteriors, used, labels.name().toLowerCase(Locale.ROOT) + " labels");
    System.out.println("wrote " + png + " and " + csv);
    return allRecovered ? 0 : 1;
  }

  private static void log(String what, InnProgress p, int steps, long start) {
    if (p.step() % 50 == 0 || p.step() == steps - 1) {
      System.err.printf(Locale.ROOT, "%s %5d  fit %.4f  latent %.4f  reconstruct %.4f  backward %.4f  padding %.4f"
          + "  (%.0f s)%n", what, p.step(), p.fit(), p.latent(), p.reconstruct(), p.backward(), p.padding(),
          (System.nanoTime() - start) / 1e9);
    }
  }

  private static Matrix dataOf(EightModes toy, int label, Rng rng) {
    List<double[]> rows = new ArrayList<>();
    while (rows.size() < 600) {
      var pairs = toy.sample(200, rng);
      for (int r = 0; r < 200 && rows.size() < 600; r++) {
        if (pairs.y().get(r, label) == 1.0) {
          rows.add(new double[] {pairs.x().get(r, 0), pairs.x().get(r, 1)});
        }
      }
    }
    return Matrix.of(Precision.FLOAT64, rows.toArray(new double[0][]));
  }
}
