package org.inversesuite.cli.astro;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inversesuite.astro.interior.InteriorSolver;
import org.inversesuite.astro.interior.inversion.CompositionPosterior;
import org.inversesuite.astro.interior.inversion.InteriorInference;
import org.inversesuite.astro.interior.inversion.InteriorModelFile;
import org.inversesuite.astro.interior.inversion.PlanetObservation;
import org.inversesuite.astro.interior.inversion.TrainingDomain;
import org.inversesuite.astro.io.ArchivePlanets;
import org.inversesuite.astro.io.ExoplanetArchiveReader;
import org.inversesuite.cli.plot.CornerPlot;
import org.inversesuite.core.baseline.EnsembleConfig;
import org.inversesuite.core.io.AtomicFiles;
import org.inversesuite.core.random.Rng;
import org.inversesuite.data.io.DataFormatException;
import org.inversesuite.data.table.CsvTable;
import org.inversesuite.data.table.CsvWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code inverse astro interior infer PLANETS.csv --model M --out DIR}: composition posteriors
 * for the planets of an Exoplanet Archive export. Writes summary.csv (quantiles per planet),
 * posterior-NAME.csv, ternary-NAME.png, corner-NAME.png and mass-radius.png; with
 * {@code --mcmc} also the ensemble-MCMC reference (mcmc-NAME.csv, overlaid in the plots) and
 * comparison.csv (quantiles side by side and the times).
 */
@Command(name = "infer", mixinStandardHelpOptions = true,
    description = "Layer mass fractions (core, mantle, water) of planets in a NASA Exoplanet Archive CSV.",
    footer = {"", "Examples:", "  inverse astro interior infer planets.csv --model interior.inn --out interior-fit",
        "  inverse astro interior infer planets.csv --model interior.inn --out interior-fit --mcmc   (reference, slow)"})
public final class InteriorInferCommand implements Callable<Integer> {
  private static final double[] QUANTILES = {0.05, 0.5, 0.95};

  @Parameters(index = "0", paramLabel = "PLANETS", description = "planets (CSV with archive column names)")
  Path planetsFile;

  @Option(names = "--model", required = true, paramLabel = "MODEL", description = "a model from 'interior train'")
  Path model;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for summaries and plots")
  Path out;

  @Option(names = "-n", defaultValue = "4000", description = "posterior samples per planet (default ${DEFAULT-VALUE})")
  int count;

  @Option(names = "--seed", defaultValue = "1", description = "seed of the draws (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--mcmc", description = "also run the ensemble MCMC reference for every planet (minutes each)")
  boolean mcmc;

  @Option(names = "--mcmc-walkers", defaultValue = "24", description = "MCMC walkers (default ${DEFAULT-VALUE})")
  int walkers;

  @Option(names = "--mcmc-steps", defaultValue = "1000", description = "kept MCMC steps (default ${DEFAULT-VALUE})")
  int steps;

  @Option(names = "--mcmc-burn", defaultValue = "500", description = "MCMC burn-in steps (default ${DEFAULT-VALUE})")
  int burn;

  @Option(names = "--force", description = "overwrite the files of an earlier inference in DIR")
  boolean force;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    if (count < 10) {
      throw new IllegalArgumentException("-n must be >= 10, got " + count);
    }
    EnsembleConfig chain = mcmc ? new EnsembleConfig(walkers, steps, burn, 2.0, 2) : null;
    if (!Files.isRegularFile(planetsFile)) {
      throw new IllegalArgumentException("planets file not found: " + planetsFile);
    }
    if (!Files.isRegularFile(model)) {
      throw new IllegalArgumentException("model file not found: " + model);
    }
    if (Files.exists(out.resolve("summary.csv")) && !force) {
      throw new IllegalArgumentException(out + " already holds an inference; use --force to overwrite it");
    }
    ArchivePlanets read;
    try {
      read = ExoplanetArchiveReader.read(planetsFile);
    } catch (DataFormatException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    for (String p : read.problems()) {
      System.out.println("skipped " + planetsFile.getFileName() + " " + p);
    }
    if (read.planets().isEmpty()) {
      throw new IllegalArgumentException("no usable planet in " + planetsFile + " (" + read.problems().size()
          + " rows skipped, see above)");
    }
    Files.createDirectories(out);
    try (InteriorModelFile m = InteriorModelFile.load(model, 2)) {
      TrainingDomain domain = new TrainingDomain(m.database(), m.experiment().noise());
      List<String[]> summary = new ArrayList<>();
      List<String[]> comparison = new ArrayList<>();
      Rng rng = new Rng(seed);
      java.util.Set<String> slugs = new java.util.HashSet<>();
      // one untimed draw first, so that the reported times are those of a warm model (no JIT, no kernel set-up)
      InteriorInference.cinn(m, read.planets().get(0), count, rng.stream("warm-up"));
      for (PlanetObservation p : read.planets()) {
        for (String w : domain.warnings(p)) {
          System.out.println("warning: " + w);
        }
        String slug = slug(p.name());
        for (int k = 2; !slugs.add(slug); k++) {
          slug = slug(p.name()) + "-" + k; // two names that differ only in punctuation get distinct files
        }
        CompositionPosterior c = InteriorInference.cinn(m, p, count, rng.stream("cinn").stream(p.name()));
        CsvWriter.defaults().write(out.resolve("posterior-" + slug + ".csv"),
            new CsvTable(CompositionPosterior.NAMES, c.samples()));
        List<org.inversesuite.core.tensor.Matrix> sets = new ArrayList<>(List.of(c.samples()));
        List<String> labels = new ArrayList<>(List.of("cINN"));
        System.out.printf(Locale.ROOT, "%s: %d cINN samples in %.1f ms%n", p.name(), count, 1e3 * c.seconds());
        summary.add(summaryRow(p, c));
        if (chain != null) {
          InteriorInference.Reference ref = InteriorInference.mcmc(m, p, chain, rng.stream("mcmc").stream(p.name()));
          CompositionPosterior r = ref.posterior();
          CsvWriter.defaults().write(out.resolve("mcmc-" + slug + ".csv"), new CsvTable(CompositionPosterior.NAMES,
              r.samples()));
          System.out.printf(Locale.ROOT, "%s: MCMC %d walkers x %d steps (+%d burn-in) in %.1f s, acceptance %.2f, "
              + "min ESS %.0f%n", p.name(), walkers, steps, burn, r.seconds(), ref.result().meanAcceptance(),
              ref.result().minEffectiveSampleSize());
          for (String w : ref.result().warnings()) {
            System.out.println("  mcmc: " + w);
          }
          sets.add(r.samples());
          labels.add("MCMC");
          for (int j = 0; j < CompositionPosterior.NAMES.size(); j++) {
            comparison.add(comparisonRow(p.name(), j, c, r));
          }
        }
        String title = p.name() + (p.hasFeSi() && InteriorInference.usesFeSi(m) ? " (with Fe/Si)" : "");
        TernaryPlot.save(out.resolve("ternary-" + slug + ".png"), title, sets, labels);
        CornerPlot.save(out.resolve("corner-" + slug + ".png"), CompositionPosterior.NAMES, sets, labels, null, title);
      }
      MassRadiusPlot.save(out.resolve("mass-radius.png"), read.planets(), m.database().prior(),
          new InteriorSolver(m.database().solver()));
      writeCsv(out.resolve("summary.csv"), summaryHeader(), summary);
      if (!comparison.isEmpty()) {
        writeCsv(out.resolve("comparison.csv"), new String[] {"planet", "quantity", "cinn_q05", "cinn_q50", "cinn_q95",
            "mcmc_q05", "mcmc_q50", "mcmc_q95", "cinn_seconds", "mcmc_seconds"}, comparison);
      }
      printSummary(summary);
    }
    System.out.println("wrote summary.csv" + (mcmc ? ", comparison.csv" : "") + ", posterior-*.csv, ternary-*.png, "
        + "corner-*.png, mass-radius.png to " + out);
    return 0;
  }

  static String slug(String name) {
    String s = name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return s.isEmpty() ? "planet" : s;
  }

  private static String[] summaryHeader() {
    List<String> h = new ArrayList<>(List.of("planet", "mass", "mass_error", "radius", "radius_error", "fe_si",
        "fe_si_error_dex"));
    for (String n : CompositionPosterior.NAMES) {
      h.addAll(List.of(n + "_q05", n + "_q50", n + "_q95"));
    }
    h.add("cinn_seconds");
    return h.toArray(String[]::new);
  }

  private static String[] summaryRow(PlanetObservation p, CompositionPosterior c) {
    List<String> row = new ArrayList<>(List.of(p.name(), num(p.mass()), num(p.massError()), num(p.radius()),
        num(p.radiusError()), p.hasFeSi() ? num(p.feSi()) : "", p.hasFeSi() ? num(p.feSiErrorDex()) : ""));
    for (int j = 0; j < CompositionPosterior.NAMES.size(); j++) {
      for (double q : QUANTILES) {
        row.add(num(c.quantile(j, q)));
      }
    }
    row.add(num(c.seconds()));
    return row.toArray(String[]::new);
  }

  private static String[] comparisonRow(String planet, int j, CompositionPosterior c, CompositionPosterior r) {
    return new String[] {planet, CompositionPosterior.NAMES.get(j), num(c.quantile(j, 0.05)), num(c.quantile(j, 0.5)),
        num(c.quantile(j, 0.95)), num(r.quantile(j, 0.05)), num(r.quantile(j, 0.5)), num(r.quantile(j, 0.95)),
        num(c.seconds()), num(r.seconds())};
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }

  private static void writeCsv(Path file, String[] header, List<String[]> rows) {
    StringBuilder b = new StringBuilder(String.join(",", header)).append('\n');
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        b.append(i > 0 ? "," : "").append(r[i].contains(",") || r[i].contains("\"")
            ? "\"" + r[i].replace("\"", "\"\"") + "\"" : r[i]);
      }
      b.append('\n');
    }
    AtomicFiles.write(file, b.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void printSummary(List<String[]> rows) {
    System.out.printf(Locale.ROOT, "%-16s %-22s %-22s %-22s%n", "planet", "core 5/50/95 %", "mantle", "water");
    for (String[] r : rows) {
      System.out.printf(Locale.ROOT, "%-16s %-22s %-22s %-22s%n", r[0], triple(r, 7), triple(r, 10), triple(r, 13));
    }
  }

  private static String triple(String[] r, int from) {
    return String.format(Locale.ROOT, "%.2f/%.2f/%.2f", Double.parseDouble(r[from]), Double.parseDouble(r[from + 1]),
        Double.parseDouble(r[from + 2]));
  }
}
