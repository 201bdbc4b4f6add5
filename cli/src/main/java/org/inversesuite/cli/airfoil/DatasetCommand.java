package org.inversesuite.cli.airfoil;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inversesuite.airfoil.design.DatasetGenerator;
import org.inversesuite.airfoil.design.DatasetManifest;
import org.inversesuite.airfoil.design.DesignSpace;
import org.inversesuite.airfoil.design.GenerationSummary;
import org.inversesuite.airfoil.solver.SolverConfig;
import org.inversesuite.cli.progress.ProgressBar;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code inverse airfoil dataset}: simulate a design data set, resumably. */
@Command(name = "dataset", mixinStandardHelpOptions = true,
    description = {"Simulate designs drawn from a design space (CST shape, angle, Reynolds number) with the embedded "
        + "solver and write them in chunks with a manifest.",
        "Interrupted runs resume: rerun the same command and only missing chunks are computed.",
        "One run per folder: a second run on the same --out is refused while the first holds its lock file ("
            + FolderLock.FILE + ")."},
    footer = {"", "Examples:", "  inverse airfoil dataset --rows 40000 --out airfoil-data   # for design models,",
        "      # ~18 min on 2 cores (docs/airfoil.md: 40,000 rows halve part 5's errors)",
        "  inverse airfoil dataset --rows 100000 --out big --space my-space.json",
        "  inverse airfoil dataset --rows 100000 --out big --panels 120  # 1.5x faster,",
        "      # see docs/airfoil-validation.md",
        "  inverse airfoil dataset --rows 2000 --alphas -2:7:1 --panels 120 --out polars  # ten-angle polars",
        "      # (docs/airfoil.md, part 2)"})
final class DatasetCommand implements Callable<Integer> {
  @Option(names = "--rows", defaultValue = "2000", description = "designs to simulate (default ${DEFAULT-VALUE})")
  int rows;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "data set directory")
  Path out;

  @Option(names = "--space", paramLabel = "JSON", description = "design space file (default: the built-in box, see docs/airfoil.md)")
  Path space;

  @Option(names = "--seed", defaultValue = "1", description = "seed of the design draws (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--chunk", defaultValue = "250", description = "designs per chunk file (default ${DEFAULT-VALUE})")
  int chunk;

  @Option(names = "--threads", defaultValue = "2", description = "solver threads (default ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--panels", paramLabel = "N",
      description = "panels of the embedded solver (even; default that of the polar command, 160). 120 keeps the XFOIL "
          + "targets on blunt trailing edges at 1.5x the designs per second (docs/airfoil-validation.md)")
  Integer panels;

  @Option(names = "--alphas", paramLabel = "ANGLES",
      description = "simulate each design's shape and Reynolds number as a polar at these angles in degrees "
          + "(from:to:step or a list, e.g. -2:7:1), one warm-started sweep per shape, instead of at its drawn angle; "
          + "a data set of polars: 'inverse airfoil train' takes it too, holding out whole shapes (for design models "
          + "drawn angles are worth more per solver second: distinct shapes count, docs/airfoil.md)")
  String alphas;

  @Option(names = {"-q", "--quiet"}, description = "no progress bar")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  /** File of the data set directory that accumulates the simulation wall time over resumed runs. */
  static final String TIMING = "timing.json";

  /** @return simulation seconds recorded in a data set directory, 0 if none (NaN if unreadable) */
  static double recordedSeconds(Path dir) {
    Path f = dir.resolve(TIMING);
    if (!Files.isRegularFile(f)) {
      return 0;
    }
    try {
      return Json.mapper().readTree(f.toFile()).path("simulationSeconds").asDouble(Double.NaN);
    } catch (java.io.IOException e) {
      return Double.NaN;
    }
  }

  @Override
  public Integer call() throws Exception {
    DesignSpace box = space == null ? DesignSpace.defaults() : DesignSpaceFile.read(space);
    SolverConfig solver = panels == null ? SolverConfig.defaults() : SolverConfig.defaults().withPanels(panels);
    DatasetManifest manifest = new DatasetManifest(box, solver, rows, chunk, seed);
    if (alphas != null) {
      manifest = manifest.withPolarAngles(Sections.angles(alphas, "--alphas"));
    }
    String unit = manifest.polars() ? "polar" : "design";
    GenerationSummary summary;
    try (FolderLock lock = FolderLock.acquire(out, "inverse airfoil dataset");
        ProgressBar bar = new ProgressBar("simulating", rows, unit + "s", quiet)) {
      summary = new DatasetGenerator(manifest, threads).generate(out, n -> bar.update(n, ""));
      double total = recordedSeconds(out) + (summary.chunksComputed() > 0 ? summary.seconds() : 0);
      ObjectNode timing = Json.mapper().createObjectNode();
      timing.put("simulationSeconds", total);
      timing.put("threads", threads);
      AtomicFiles.write(out.resolve(TIMING), Json.mapper().writeValueAsBytes(timing));
    }
    System.out.printf(Locale.ROOT, "%s: %s%n", out, summary.describe());
    int computed = Math.min(rows, summary.chunksComputed() * chunk);
    System.out.printf(Locale.ROOT, "%d chunks computed, %d reused from an earlier run, %.1f s (%.3f s per %s "
        + "computed, %d threads)%n", summary.chunksComputed(), summary.chunksReused(), summary.seconds(),
        summary.chunksComputed() == 0 ? 0 : summary.seconds() / computed, unit, threads);
    return 0;
  }
}
