package org.inversesuite.cli.astro;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inversesuite.astro.AstroProblems;
import org.inversesuite.astro.rv.IrregularRvConfig;
import org.inversesuite.astro.rv.RvObservationSet;
import org.inversesuite.astro.rv.RvParameters;
import org.inversesuite.astro.rv.RvPriorConfig;
import org.inversesuite.astro.rv.RvSimulation;
import org.inversesuite.core.io.AtomicFiles;
import org.inversesuite.core.random.Rng;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code inverse astro rv simulate}: one simulated system (parameters from the prior, irregular
 * epochs, per-point error bars), written as a CSV that {@code inverse astro rv check} and the RV
 * readers accept; the true parameters go to the file's comment lines and to the terminal.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = "Simulate one planet's radial velocities at irregular epochs (prior draw, Gaussian noise + jitter).",
    footer = {"", "Examples:", "  inverse astro rv simulate -o rv.csv", "  inverse astro rv simulate --epochs 30 --seed 7 -o rv.csv --force"})
public final class RvSimulateCommand implements Callable<Integer> {
  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "CSV to write (time,rv,error)")
  Path output;

  @Option(names = "--epochs", paramLabel = "N", description = "number of epochs (default: uniform on 10..200)")
  Integer epochs;

  @Option(names = "--baseline", defaultValue = "2000", paramLabel = "DAYS", description = "time span (default ${DEFAULT-VALUE} d)")
  double baseline;

  @Option(names = "--seed", defaultValue = "1", description = "seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--force", description = "overwrite an existing output file")
  boolean force;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  @Override
  public Integer call() {
    if (Files.exists(output) && !force) {
      throw new IllegalArgumentException(output + " exists; use --force to overwrite it");
    }
    IrregularRvConfig schedule = IrregularRvConfig.defaults().withBaseline(baseline);
    if (epochs != null) {
      if (epochs < 1) {
        throw new IllegalArgumentException("--epochs must be >= 1, got " + epochs);
      }
      schedule = schedule.withEpochs(epochs, epochs);
    }
    RvSimulation s = AstroProblems.radialVelocity(RvPriorConfig.defaults(), schedule, 0).simulate(1, new Rng(seed))
        .get(0);
    double[] truth = s.parameters().toArray();
    StringBuilder b = new StringBuilder("# simulated by inverse astro rv simulate --seed " + seed + "\n# truth:");
    List<String> names = RvParameters.NAMES;
    for (int j = 0; j < truth.length; j++) {
      b.append(String.format(Locale.ROOT, " %s=%.6g", names.get(j), truth[j]));
    }
    b.append("\n# time [d since the reference epoch], rv [m/s], error [m/s]\ntime,rv,error\n");
    RvObservationSet o = s.observations();
    for (int i = 0; i < o.size(); i++) {
      b.append(String.format(Locale.ROOT, "%.6f,%.4f,%.4f%n", o.time(i), o.velocity(i), o.error(i)));
    }
    AtomicFiles.write(output, b.toString().getBytes(StandardCharsets.UTF_8));
    System.out.printf(Locale.ROOT, "wrote %d epochs to %s%n", o.size(), output);
    for (int j = 0; j < truth.length; j++) {
      System.out.printf(Locale.ROOT, "  %-6s = %.6g%n", names.get(j), truth[j]);
    }
    return 0;
  }
}
