package org.inversesuite.cli.astro;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inversesuite.astro.interior.database.DatabaseGenerator;
import org.inversesuite.astro.interior.database.DatabaseManifest;
import org.inversesuite.astro.interior.database.InteriorDatabase;
import org.inversesuite.astro.interior.inversion.InteriorExperimentConfig;
import org.inversesuite.cli.progress.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inverse astro interior dataset CONFIG --out DIR}: builds or resumes the database of solved planets. */
@Command(name = "dataset", mixinStandardHelpOptions = true,
    description = {"Solve planets of random composition and mass for the training database, in parallel.",
        "Resumable: rerun the same command after an interruption and only the missing chunks are solved."},
    footer = {"", "Examples:", "  inverse astro interior dataset experiments/astro/interior-small.interior --out interior-db",
        "  inverse astro interior dataset experiments/astro/interior-small.interior --out interior-db-200k --rows 200000"})
public final class InteriorDatasetCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "CONFIG", description = "an interior experiment (experiments/astro/*.interior)")
  Path config;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "database directory (created or resumed)")
  Path out;

  @Option(names = "--rows", paramLabel = "N", description = "number of planets (default: the config's)")
  Integer rows;

  @Option(names = "--threads", defaultValue = "2", description = "worker threads (default ${DEFAULT-VALUE})")
  int threads;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  @Option(names = {"-q", "--quiet"}, description = "no progress bar")
  boolean quiet;

  @Override
  public Integer call() {
    InteriorExperimentConfig experiment = InteriorExperimentFile.read(config);
    DatabaseManifest m = experiment.database();
    if (rows != null) {
      m = new DatabaseManifest(m.prior(), m.solver(), rows, m.chunkSize(), m.seed());
    }
    DatabaseGenerator.Summary s;
    try (ProgressBar bar = new ProgressBar("planets", m.rows(), "planets", quiet)) {
      s = new DatabaseGenerator(m, threads).generate(out, n -> bar.update(n, ""));
    }
    InteriorDatabase db = InteriorDatabase.read(out);
    System.out.printf(Locale.ROOT, "%d planets in %s (%d solved, %d failed); %d chunks computed, %d reused, %.1f s%n",
        db.size(), out, db.solvedCount(), db.size() - db.solvedCount(), s.chunksComputed(), s.chunksReused(),
        s.seconds());
    return 0;
  }
}
