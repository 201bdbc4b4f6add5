package org.inversesuite.cli.astro;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inversesuite.astro.rv.DrawQuantiles;
import org.inversesuite.astro.rv.RvModelFile;
import org.inversesuite.astro.rv.RvObservationSet;
import org.inversesuite.astro.rv.RvParameters;
import org.inversesuite.astro.rv.RvSetEncoding;
import org.inversesuite.astro.rv.mcmc.RvMcmcCheck;
import org.inversesuite.astro.rv.mcmc.RvMcmcComparison;
import org.inversesuite.cli.TribuoLogging;
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
 * {@code inverse astro rv fit DATA… --model MODEL --out DIR}: the amortized posterior of a
 * one-planet orbit for each RV table, in milliseconds. M₀ refers to the first epoch of the data.
 * One table: DIR holds posterior.csv, rv-curve.png (data and posterior curves), phase-folded.png
 * and corner.png. Several tables (a catalogue): the model is loaded once and the targets answered
 * one after the other in one process (docs/astro.md run 33: the answer's steady state); each
 * table's files go to DIR/&lt;table name&gt;/ and DIR/catalogue.csv sums them up, one row per
 * table with its answer time. Every table is read and checked before anything is written.
 */
@Command(name = "fit", mixinStandardHelpOptions = true,
    description = "Posterior of a one-planet Keplerian orbit for each RV table, from a trained model.",
    footer = {"", "Examples:", "  inverse astro rv fit rv.csv --model rv.inn --out fit",
        "  inverse astro rv fit stars/*.csv --model rv.inn --out catalogue --no-plots   (one folder per star, "
            + "catalogue.csv)",
        "  inverse astro rv fit stars/*.csv --model rv.inn --out checked --no-plots --mcmc   (and against MCMC)"})
public final class RvFitCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "DATA", description = "the RV tables (CSV with a header); several: a "
      + "catalogue, one output folder per table")
  List<Path> data;

  @Option(names = "--threads", paramLabel = "N", description = "threads per answer (default: 2 for one table, 1 for "
      + "several: 1000 draws split over two threads took longer, docs/astro.md run 33)")
  Integer threads;

  @Option(names = "--no-plots", description = "write the posteriors only (the plots take longer than the answer)")
  boolean noPlots;

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

  @Option(names = "--mcmc", description = "check each answer against the reference ensemble MCMC on the same "
      + "posterior, started from the best of the five highest periodogram peaks (seconds per table, after all answers): "
      + "mcmc.csv, mcmc-check.csv and corner-mcmc.png per table, the speed-up at equal effective sample size and C2ST")
  boolean mcmc;

  @Option(names = "--mcmc-sample", paramLabel = "N", description = "with --mcmc on a catalogue: check N tables spread "
      + "evenly over it instead of all (the MCMC takes seconds per table, the answer about a millisecond)")
  Integer mcmcSample;

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
    List<Path> folders = data.size() == 1 ? List.of(out) : RvCatalogue.folders(data, out);
    for (Path folder : folders) {
      if (Files.exists(folder.resolve("posterior.csv")) && !force) {
        throw new IllegalArgumentException(folder + " already holds a fit; use --force to overwrite it");
      }
    }
    List<RvObservationSet> sets = new ArrayList<>();
    for (Path table : data) {
      sets.add(RvCheckCommand.read(table, columns.format()).observations());
    }
    if (mcmcSample != null && (!mcmc || mcmcSample < 1)) {
      throw new IllegalArgumentException(mcmc ? "--mcmc-sample must be >= 1, got " + mcmcSample
          : "--mcmc-sample needs --mcmc");
    }
    int sampling = threads != null ? threads : data.size() == 1 ? 2 : 1;
    if (sampling < 1) {
      throw new IllegalArgumentException("--threads must be >= 1, got " + sampling);
    }
    try (RvModelFile file = RvModelFile.load(model, sampling)) {
      if (!file.experiment().sampling().isStandard()) {
        System.out.println("latent (calibrated after training, saved with the model): "
            + file.experiment().sampling().describe());
      }
      requireSlots(sets, file.encodingFrom(sets.get(0).time(0)).slots());
      RvCatalogue catalogue = new RvCatalogue();
      for (String line : warnings(sets, file)) {
        System.out.println(line);
      }
      // answers in batches, then their files (as fast as writing after each answer, docs/astro.md run 33; it keeps
      // the answers together as the speed benchmark times them)
      List<Matrix> kept = new ArrayList<>();
      for (int from = 0; from < data.size(); from += BATCH) {
        int to = Math.min(data.size(), from + BATCH);
        RvSetEncoding[] encodings = new RvSetEncoding[to - from];
        Matrix[] draws = new Matrix[to - from];
        double[] drawMs = new double[to - from];
        double[] answerMs = new double[to - from];
        for (int i = from; i < to; i++) {
          long t0 = System.nanoTime();
          RvSetEncoding encoding = file.encodingFrom(sets.get(i).time(0));
          double[] y = encoding.encode(sets.get(i)).toRows()[0];
          long t1 = System.nanoTime();
          draws[i - from] = file.posterior().sample(y, count, new Rng(seed));
          long t2 = System.nanoTime();
          encodings[i - from] = encoding;
          drawMs[i - from] = (t2 - t1) * 1e-6;
          answerMs[i - from] = (t2 - t0) * 1e-6;
        }
        for (int i = from; i < to; i++) {
          if (mcmc) {
            kept.add(draws[i - from]);
          }
          writeFit(data.get(i).getFileName().toString(), sets.get(i), encodings[i - from], draws[i - from],
              folders.get(i), drawMs[i - from], answerMs[i - from], catalogue);
        }
      }
      RvMcmcReport checks = new RvMcmcReport();
      if (mcmc) {
        checkAgainstMcmc(file, sets, folders, kept, catalogue, checks);
      }
      if (data.size() > 1) {
        catalogue.write(out.resolve("catalogue.csv"), checks);
        System.out.println(catalogue.summary());
        if (mcmc) {
          System.out.println(checks.summary());
        }
        System.out.println("wrote one folder per table and catalogue.csv to " + out);
      }
    }
    return 0;
  }

  /**
   * After every answer and its files: the reference MCMC on each table, its draws (mcmc.csv, as many as the cINN's),
   * both posteriors' quantiles (mcmc-check.csv) and both in one corner plot (corner-mcmc.png) in the table's folder.
   */
  private void checkAgainstMcmc(RvModelFile file, List<RvObservationSet> sets, List<Path> folders, List<Matrix> draws,
      RvCatalogue catalogue, RvMcmcReport checks) throws Exception {
    TribuoLogging.warningsOnly();
    RvMcmcCheck check = new RvMcmcCheck(file.experiment().prior(), file.experiment().model().periodogram());
    List<Integer> chosen = RvMcmcReport.spread(sets.size(), mcmcSample == null ? sets.size() : mcmcSample);
    System.out.printf(Locale.ROOT, "checking %d answer%s against the ensemble MCMC (seconds per table)%n", chosen.size(),
        chosen.size() == 1 ? "" : "s");
    for (int k = 0; k < chosen.size(); k++) {
      int i = chosen.get(k);
      RvObservationSet o = sets.get(i);
      RvMcmcComparison c;
      try {
        c = check.compare(o, o.time(0), draws.get(i), catalogue.answerMs(i) * 1e-3, seed + 1000L * i);
      } catch (RuntimeException e) {
        // one table's failed check loses neither its answer (written) nor the other tables' checks
        checks.fail(data.get(i).getFileName().toString());
        System.out.printf(Locale.ROOT, "[%d/%d] table %d, %s: MCMC check failed: %s%n", k + 1, chosen.size(), i + 1,
            data.get(i).getFileName(), e.getMessage());
        continue;
      }
      checks.add(i, c);
      Path folder = folders.get(i);
      CsvWriter.defaults().write(folder.resolve("mcmc.csv"), new CsvTable(RvParameters.NAMES, c.mcmcDraws()));
      RvMcmcReport.writeCheck(folder.resolve("mcmc-check.csv"), c);
      if (!noPlots) {
        CornerPlot.save(folder.resolve("corner-mcmc.png"), RvParameters.NAMES, List.of(draws.get(i), c.mcmcDraws()),
            List.of("cINN", "MCMC"), null, "cINN and MCMC for " + data.get(i).getFileName());
      }
      if (sets.size() == 1) {
        System.out.println(RvMcmcReport.line(c));
        System.out.print(RvMcmcReport.table(c));
        System.out.println("wrote mcmc.csv, mcmc-check.csv" + (noPlots ? "" : ", corner-mcmc.png") + " to " + folder);
      } else {
        System.out.printf(Locale.ROOT, "[%d/%d] table %d, %s: %s%n", k + 1, chosen.size(), i + 1, data.get(i).getFileName(),
            RvMcmcReport.line(c));
      }
    }
  }

  /** Tables answered before their files are written, at most this many at a time (memory: BATCH × n draws). */
  private static final int BATCH = 32;

  /** Refuses, before anything is written, every table with more measurements than the model's slots. */
  private void requireSlots(List<RvObservationSet> sets, int slots) {
    List<String> tooLong = new ArrayList<>();
    for (int i = 0; i < sets.size(); i++) {
      if (sets.get(i).size() > slots) {
        tooLong.add(data.get(i) + " (" + sets.get(i).size() + ")");
      }
    }
    if (!tooLong.isEmpty()) {
      throw new IllegalArgumentException("this model takes at most " + slots + " measurements per table (its training "
          + "schedule); more in: " + String.join(", ", tooLong));
    }
  }

  private List<String> warnings(List<RvObservationSet> sets, RvModelFile file) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < sets.size(); i++) {
      for (String w : RvDataWarnings.of(sets.get(i), file.experiment().schedule())) {
        lines.add("warning: " + (sets.size() == 1 ? "" : data.get(i).getFileName() + ": ") + w);
      }
    }
    return lines;
  }

  /** One table's posterior.csv (and plots unless --no-plots) in its folder, its line or summary printed. */
  private void writeFit(String name, RvObservationSet o, RvSetEncoding encoding, Matrix q, Path folder, double drawMs,
      double answerMs, RvCatalogue catalogue) throws Exception {
    Files.createDirectories(folder);
    CsvWriter.defaults().write(folder.resolve("posterior.csv"), new CsvTable(RvParameters.NAMES, q));
    catalogue.add(name, o.size(), answerMs, q);
    if (data.size() == 1) {
      System.out.printf(Locale.ROOT, "%d posterior samples in %.0f ms (M0 at t = %.4f)%n", count, drawMs, o.time(0));
      printSummary(q);
    } else {
      System.out.println(catalogue.line(catalogue.size() - 1));
    }
    if (!noPlots) {
      RvFitPlots.curves(folder.resolve("rv-curve.png"), o, q, encoding.referenceEpoch());
      RvFitPlots.phaseFolded(folder.resolve("phase-folded.png"), o, q, encoding.referenceEpoch());
      CornerPlot.save(folder.resolve("corner.png"), RvParameters.NAMES, List.of(q), List.of("cINN"), null,
          "posterior for " + name);
    }
    if (data.size() == 1) {
      System.out.println("wrote posterior.csv" + (noPlots ? "" : ", rv-curve.png, phase-folded.png, corner.png")
          + " to " + folder);
    }
  }

  private static void printSummary(Matrix q) {
    System.out.printf(Locale.ROOT, "%-7s %12s %12s %12s%n", "param", "q05", "median", "q95");
    double[][] quantiles = DrawQuantiles.of(q);
    for (int j = 0; j < q.cols(); j++) {
      System.out.printf(Locale.ROOT, "%-7s %12.5g %12.5g %12.5g%n", RvParameters.NAMES.get(j), quantiles[j][0],
          quantiles[j][1], quantiles[j][2]);
    }
  }
}
