package org.inversesuite.cli.astro;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inversesuite.astro.rv.RvModelFile;
import org.inversesuite.astro.rv.RvObservationSet;
import org.inversesuite.astro.rv.RvParameters;
import org.inversesuite.astro.rv.RvSetEncoding;
import org.inversesuite.cli.plot.CornerPlot;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.data.table.CsvTable;
import org.inversesuite.data.table.CsvWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code inverse astro rv fit DATA --model MODEL --out DIR}: the amortized posterior of a
 * one-planet orbit for an RV table, in milliseconds. M₀ refers to the first epoch of the data.
 * Writes posterior.csv, rv-curve.png (data and posterior curves), phase-folded.png and
 * corner.png.
 */
@Command(name = "fit", mixinStandardHelpOptions = true,
    description = "Posterior of a one-planet Keplerian orbit for an RV table, from a trained model.",
    footer = {"", "Examples:", "  inverse astro rv fit rv.csv --model rv.inn --out fit"})
public final class RvFitCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DATA", description = "the RV table (CSV with a header)")
  Path data;

  @Option(names = "--model", required = true, paramLabel = "MODEL", description = "a model from inverse astro rv train")
  Path model;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the posterior and plots")
  Path out;

  @Option(names = "-n", defaultValue = "2000", description = "posterior samples (default ${DEFAULT-VALUE})")
  int count;

  @Mixin
  RvColumnOptions columns;

  @Option(names = "--seed", defaultValue = "1", description = "seed of the latent draws (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--force", description = "overwrite files in an existing output folder")
  boolean force;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    if (count < 10) {
      throw new IllegalArgumentException("-n must be >= 10, got " + count);
    }
    if (!Files.isRegularFile(model)) {
      throw new IllegalArgumentException("model file not found: " + model);
    }
    if (Files.exists(out.resolve("posterior.csv")) && !force) {
      throw new IllegalArgumentException(out + " already holds a fit; use --force to overwrite it");
    }
    RvObservationSet o = RvCheckCommand.read(data, columns.format()).observations();
    try (RvModelFile file = RvModelFile.load(model, 2)) {
      for (String w : RvDataWarnings.of(o, file.experiment().schedule())) {
        System.out.println("warning: " + w);
      }
      if (!file.experiment().sampling().isStandard()) {
        System.out.println("latent (calibrated after training, saved with the model): "
            + file.experiment().sampling().describe());
      }
      RvSetEncoding encoding = file.encodingFrom(o.time(0));
      double[] y = encoding.encode(o).toRows()[0];
      long t = System.nanoTime();
      Matrix q = file.posterior().sample(y, count, new Rng(seed));
      double ms = (System.nanoTime() - t) * 1e-6;
      Files.createDirectories(out);
      CsvWriter.defaults().write(out.resolve("posterior.csv"), new CsvTable(RvParameters.NAMES, q));
      System.out.printf(Locale.ROOT, "%d posterior samples in %.0f ms (M0 at t = %.4f)%n", count, ms, o.time(0));
      printSummary(q);
      RvFitPlots.curves(out.resolve("rv-curve.png"), o, q, encoding.referenceEpoch());
      RvFitPlots.phaseFolded(out.resolve("phase-folded.png"), o, q, encoding.referenceEpoch());
      CornerPlot.save(out.resolve("corner.png"), RvParameters.NAMES, List.of(q), List.of("cINN"), null,
          "posterior for " + data.getFileName());
      System.out.println("wrote posterior.csv, rv-curve.png, phase-folded.png, corner.png to " + out);
    }
    return 0;
  }

  private static void printSummary(Matrix q) {
    System.out.printf(Locale.ROOT, "%-7s %12s %12s %12s%n", "param", "q05", "median", "q95");
    for (int j = 0; j < q.cols(); j++) {
      double[] col = new double[q.rows()];
      for (int r = 0; r < col.length; r++) {
        col[r] = q.get(r, j);
      }
      Arrays.sort(col);
      int n = col.length;
      System.out.printf(Locale.ROOT, "%-7s %12.5g %12.5g %12.5g%n", RvParameters.NAMES.get(j), col[(int) (0.05 * (n - 1))],
          col[(n - 1) / 2], col[(int) (0.95 * (n - 1))]);
    }
  }
}
