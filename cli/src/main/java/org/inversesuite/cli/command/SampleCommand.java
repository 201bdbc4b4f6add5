package org.inversesuite.cli.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.io.CinnStore;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.data.npy.NpyWriter;
import org.inversesuite.data.table.CsvTable;
import org.inversesuite.data.table.CsvWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inverse sample RUN --obs v1,v2 -n N}: posterior samples for one observation. */
@Command(name = "sample", mixinStandardHelpOptions = true,
    description = "Draw posterior samples x ~ p(x | y) for one observation y from a trained model.",
    footer = {"", "Examples:", "  inverse sample runs/ik-cinn-20261129-120000 --obs 1.709,-1.368 -n 1000",
        "  inverse sample model.inn --obs 1.709,-1.368 -n 5000 -o posterior.npy"})
public final class SampleCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "RUN", description = "a run folder or a model file (.inn)")
  Path model;

  @Option(names = "--obs", required = true, split = ",", paramLabel = "Y", description = "the observation, comma separated")
  double[] observation;

  @Option(names = "-n", defaultValue = "1000", description = "number of samples (default ${DEFAULT-VALUE})")
  int count;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the samples to FILE (.csv or .npy)")
  Path output;

  @Option(names = "--seed", defaultValue = "1", description = "seed of the latent draws (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  @Override
  public Integer call() {
    Path file = Files.isDirectory(model) ? model.resolve("model.inn") : model;
    if (!Files.exists(file)) {
      throw new IllegalArgumentException(Files.isDirectory(model) ? "run folder " + model
          + " has no model.inn (did its training finish?)" : "model file not found: " + model);
    }
    if (count < 1) {
      throw new IllegalArgumentException("-n must be >= 1, got " + count);
    }
    try (Cinn cinn = CinnStore.load(file, 2)) {
      long t = System.nanoTime();
      Matrix samples = cinn.sample(observation, count, new Rng(seed));
      double ms = (System.nanoTime() - t) * 1e-6;
      List<String> names = new ArrayList<>();
      for (int j = 0; j < samples.cols(); j++) {
        names.add("x" + j);
      }
      if (output != null) {
        if (output.toString().endsWith(".npy")) {
          NpyWriter.write(output, samples);
        } else {
          CsvWriter.defaults().write(output, new CsvTable(names, samples));
        }
        System.out.println("wrote " + count + " samples to " + output);
      }
      System.out.printf(Locale.ROOT, "%d samples for y = %s in %.1f ms%n", count, Arrays.toString(observation), ms);
      System.out.printf(Locale.ROOT, "%-6s %10s %10s %10s %10s %10s%n", "param", "mean", "std", "q05", "median", "q95");
      for (int j = 0; j < samples.cols(); j++) {
        double[] col = new double[count];
        for (int r = 0; r < count; r++) {
          col[r] = samples.get(r, j);
        }
        Arrays.sort(col);
        double mean = Arrays.stream(col).average().orElse(Double.NaN);
        double var = Arrays.stream(col).map(v -> (v - mean) * (v - mean)).sum() / Math.max(1, count - 1);
        System.out.printf(Locale.ROOT, "%-6s %10.4f %10.4f %10.4f %10.4f %10.4f%n", names.get(j), mean, Math.sqrt(var),
            col[(int) (0.05 * (count - 1))], col[(count - 1) / 2], col[(int) (0.95 * (count - 1))]);
      }
    }
    return 0;
  }
}
