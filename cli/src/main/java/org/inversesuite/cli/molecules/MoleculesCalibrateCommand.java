package org.inversesuite.cli.molecules;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inversesuite.core.io.AtomicFiles;
import org.inversesuite.molecules.design.MoleculeDesigner;
import org.inversesuite.molecules.design.SamplingSchedule;
import org.inversesuite.molecules.evaluation.ScheduleCalibration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code inverse molecules calibrate}: a per-target temperature and asked condition, chosen on calibration draws. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
    description = {"Choose how to sample a trained model per target logP: for each candidate temperature T it measures",
        "the median computed logP of the designs asked for each logP of a grid, inverts that curve so the median",
        "lands on each calibration target, and checks n designs there. At each calibration target it keeps the T with",
        "the most designs within ±0.5 among those at least --min-uniqueness unique. The calibration targets and",
        "random streams are not the evaluation's. Writes schedule.json and calibration.md;",
        "use them with: inverse molecules evaluate --schedule FILE, inverse molecules generate --schedule FILE."},
    footer = {"", "Example:", "  inverse molecules calibrate --model runs/molecules -n 10000"})
public final class MoleculesCalibrateCommand implements Callable<Integer> {
  @Option(names = "--model", paramLabel = "DIR", defaultValue = MoleculeInput.DEFAULT_MODEL,
      description = "model folder or model.inn (default ${DEFAULT-VALUE})")
  Path model;

  @Option(names = "--knots", split = ",", defaultValue = "-1.5,-0.5,0.5,1.5,2.5,3.5,4.5,5.5",
      description = "calibration targets (default ${DEFAULT-VALUE}: between the evaluation's integer targets)")
  double[] knots;

  @Option(names = "--temperatures", split = ",", defaultValue = "0.6,0.8,1.0,1.25,1.5",
      description = "candidate temperatures (default ${DEFAULT-VALUE})")
  double[] temperatures;

  @Option(names = "--grid", split = ",", defaultValue = "-3,-2,-1,0,1,2,3,4,5,6,7,8",
      description = "asked logP values of the response curve (default ${DEFAULT-VALUE})")
  double[] grid;

  @Option(names = "--curve-samples", defaultValue = "1000", description = "designs per grid point (default ${DEFAULT-VALUE})")
  int curveSamples;

  @Option(names = "-n", defaultValue = "10000",
      description = "designs per calibration target and temperature in the check; use the n of the evaluation (default ${DEFAULT-VALUE})")
  int checkSamples;

  @Option(names = "--min-uniqueness", defaultValue = "0.92", description = "uniqueness a temperature must reach (default ${DEFAULT-VALUE})")
  double minUniqueness;

  @Option(names = "--faithful", paramLabel = "B", defaultValue = "0",
      description = "calibrate the draws restricted to faithful rows (at most B·n draws), the sampler of evaluate's"
          + " faithful row (default ${DEFAULT-VALUE}: the raw draws)")
  int faithful;

  @Option(names = "--seed", defaultValue = "2", description = "calibration seed (default ${DEFAULT-VALUE}; evaluate uses 1)")
  long seed;

  @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: the model folder)")
  Path out;

  @Option(names = "--force", description = "overwrite existing results")
  boolean force;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  @Override
  public Integer call() {
    ScheduleCalibration calibration = new ScheduleCalibration(knots, temperatures, grid, curveSamples, checkSamples,
        minUniqueness, seed, faithful);
    Path folder = out != null ? out : (Files.isDirectory(model) ? model : model.toAbsolutePath().getParent());
    MoleculeInput.checkWritable(folder.resolve("schedule.json"), force);
    MoleculeInput.checkWritable(folder.resolve("calibration.md"), force);
    PrintStream stdout = System.out;
    try (MoleculeDesigner designer = MoleculeInput.model(model)) {
      long start = System.nanoTime();
      ScheduleCalibration.Result result = calibration.run(designer);
      double seconds = (System.nanoTime() - start) * 1e-9;
      String report = report(calibration, result, seconds);
      try {
        Files.createDirectories(folder);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create " + folder + ": " + e.getMessage(), e);
      }
      ScheduleFile.write(folder.resolve("schedule.json"), result.schedule());
      AtomicFiles.write(folder.resolve("calibration.md"), report.getBytes(StandardCharsets.UTF_8));
      stdout.print(report);
      stdout.println("wrote " + folder + " (schedule.json, calibration.md)");
      stdout.println("next: inverse molecules evaluate --model " + model + " --schedule " + folder.resolve("schedule.json"));
    }
    return 0;
  }

  private static String report(ScheduleCalibration c, ScheduleCalibration.Result r, double seconds) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "Calibration of the %s, seed %d, %d designs per grid point, %d per check, u_min %.2f, %.0f s%n%n",
        c.faithful() == 0 ? "raw draws" : "draws restricted to faithful rows (B = " + c.faithful() + ")", c.seed(), c.curveSamples(),
        c.checkSamples(), c.minUniqueness(), seconds));
    b.append("Median computed logP of the designs asked for each grid value:\n\n| T |");
    for (double a : c.grid()) {
      b.append(String.format(Locale.ROOT, " %.2f |", a));
    }
    b.append("\n|---:|").append("---:|".repeat(c.grid().length)).append('\n');
    for (int i = 0; i < c.temperatures().length; i++) {
      b.append(String.format(Locale.ROOT, "| %.2f |", c.temperatures()[i]));
      for (double m : r.curves()[i]) {
        b.append(String.format(Locale.ROOT, " %.2f |", m));
      }
      b.append('\n');
    }
    b.append("\nChecks (the chosen T at each calibration target is marked *):\n\n");
    b.append("| calibration target | T | asked | within ±0.5 | uniqueness | MAE | median logP |\n|---:|---:|---:|---:|---:|---:|---:|\n");
    SamplingSchedule s = r.schedule();
    for (ScheduleCalibration.Candidate k : r.candidates()) {
      int i = java.util.Arrays.binarySearch(s.knots(), k.knot());
      boolean chosen = s.temperatures()[i] == k.temperature() && s.asked()[i] == k.asked();
      b.append(String.format(Locale.ROOT, "| %.2f | %.2f%s | %.2f | %.1f%% | %.1f%% | %.2f | %.2f |%n", k.knot(), k.temperature(),
          chosen ? " *" : "", k.asked(), 100 * k.withinHalf(), 100 * k.uniqueness(), k.mae(), k.median()));
    }
    return b.toString();
  }
}
