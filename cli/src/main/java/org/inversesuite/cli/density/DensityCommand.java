package org.inversesuite.cli.density;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.inversesuite.core.io.AtomicFiles;
import org.inversesuite.core.random.Rng;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code inverse density}: the density-estimation check. For every {@code *.csv} of the data
 * folder (scikit-learn layout, label in the last column, see {@link TabularSplit} for the
 * preprocessing and split), fits the models of {@link DensityModels} and writes
 * {@code density.csv}, {@code density.md} and {@code density.png} into the output folder.
 */
@Command(name = "density", mixinStandardHelpOptions = true,
    description = "Density-estimation check: MAF and coupling flows against a Gaussian and a Gaussian mixture on tabular data.",
    footer = {"", "Example:", "  inverse density --data ../shared/data/tabular --out runs/density"})
public final class DensityCommand implements Callable<Integer> {
  @Option(names = "--data", defaultValue = "../shared/data/tabular", paramLabel = "DIR",
      description = "folder of CSV files (default ${DEFAULT-VALUE}, relative to the working directory)")
  Path data;

  @Option(names = "--out", defaultValue = "runs/density", paramLabel = "DIR", description = "output folder (default ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--force", description = "overwrite the result files in an existing output folder")
  boolean force;

  @Option(names = "--iterations", defaultValue = "3000", description = "maximum training steps per flow (default ${DEFAULT-VALUE})")
  int iterations;

  @Option(names = "--seed", defaultValue = "1", description = "seed of the split, the noise and the flows (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--sets", split = ",", paramLabel = "NAME",
      description = "only these data sets (file names without .csv, comma separated); default: every CSV of --data")
  List<String> only;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(data)) {
      throw new IllegalArgumentException("--data " + data + " is not a folder");
    }
    if (iterations < 1) {
      throw new IllegalArgumentException("--iterations must be >= 1, got " + iterations);
    }
    if (Files.exists(out.resolve("density.csv")) && !force) {
      throw new IllegalArgumentException(out.resolve("density.csv") + " exists; use --force to overwrite");
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(data)) {
      files = s.filter(p -> p.toString().endsWith(".csv"))
          .filter(p -> only == null || only.contains(p.getFileName().toString().replaceFirst("\\.csv$", "")))
          .sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no .csv file in " + data + (only == null ? "" : " among --sets " + only));
    }
    Files.createDirectories(out);
    Rng rng = new Rng(seed);
    DensityModels models = new DensityModels(iterations, seed);
    List<DensityResult> results = new ArrayList<>();
    List<String> sets = new ArrayList<>();
    for (Path f : files) {
      TabularSplit split = TabularSplit.load(f, rng.stream(f.getFileName().toString()));
      sets.add(String.format(Locale.ROOT, "%s: d = %d, %d / %d / %d rows%s", split.name(), split.dimension(),
          split.train().rows(), split.validation().rows(), split.test().rows(),
          split.dequantised() ? ", dequantised" : ""));
      System.out.println(sets.get(sets.size() - 1));
      for (DensityResult r : models.fitAll(split)) {
        System.out.printf(Locale.ROOT, "  %-20s %9.3f ± %.3f  (%.1f s, %s)%n", r.model(), r.testLogLikelihood(),
            r.standardError(), r.seconds(), r.note());
        results.add(r);
      }
    }
    AtomicFiles.write(out.resolve("density.csv"), csv(results).getBytes(StandardCharsets.UTF_8));
    AtomicFiles.write(out.resolve("density.md"), markdown(results, sets).getBytes(StandardCharsets.UTF_8));
    DensityChart.save(results, out.resolve("density.png"));
    System.out.println("wrote " + out.resolve("density.csv") + ", density.md, density.png");
    return 0;
  }

  private static String csv(List<DensityResult> results) {
    StringBuilder b = new StringBuilder(
        "set,model,dimension,train_rows,test_rows,test_log_likelihood,standard_error,per_dimension,parameters,seconds,note\n");
    for (DensityResult r : results) {
      b.append(String.format(Locale.ROOT, "%s,%s,%d,%d,%d,%.6f,%.6f,%.6f,%d,%.2f,\"%s\"%n", r.set(), r.model(),
          r.dimension(), r.trainRows(), r.testRows(), r.testLogLikelihood(), r.standardError(), r.perDimension(),
          r.parameters(), r.seconds(), r.note()));
    }
    return b.toString();
  }

  private static String markdown(List<DensityResult> results, List<String> sets) {
    StringBuilder b = new StringBuilder("Data sets (train / validation / test):\n\n");
    for (String s : sets) {
      b.append("- ").append(s).append('\n');
    }
    b.append("\n| set | model | test log-likelihood per sample (nats) | per dimension | parameters | seconds | note |\n");
    b.append("|---|---|---|---|---|---|---|\n");
    for (DensityResult r : results) {
      b.append(String.format(Locale.ROOT, "| %s | %s | %.3f ± %.3f | %.3f | %d | %.1f | %s |%n", r.set(), r.model(),
          r.testLogLikelihood(), r.standardError(), r.perDimension(), r.parameters(), r.seconds(), r.note()));
    }
    return b.toString();
  }
}
