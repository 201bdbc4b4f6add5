package org.inversesuite.cli.command;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.inversesuite.cli.diagnosis.Diagnosis;
import org.inversesuite.cli.diagnosis.DiagnosisSettings;
import org.inversesuite.cli.diagnosis.DiagnosticsFiles;
import org.inversesuite.cli.diagnosis.DiagnosticsRunner;
import org.inversesuite.cli.diagnosis.DiagnosticsSummary;
import org.inversesuite.cli.diagnosis.VerdictTable;
import org.inversesuite.cli.experiment.TrainedRun;
import org.inversesuite.cli.report.HtmlReport;
import org.inversesuite.core.infer.Cinn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inverse diagnose RUN}: calibration checks of a trained model, with plots and a report. */
@Command(name = "diagnose", mixinStandardHelpOptions = true,
    description = {"Check whether a trained model's posteriors can be trusted (calibration).",
        "",
        "Simulates M test cases (x ~ prior, y ~ simulator), draws L posterior samples",
        "for each and computes simulation-based calibration (rank histograms, ECDF",
        "with a simultaneous 95%% band), coverage and calibration error, contraction,",
        "z-scores, recovery (R², RMSE) and TARP, plus a C2ST against rejection ABC for",
        "reference observations of noise-free problems. Writes diagnostics.json,",
        "diagnostics.csv, the plots (PNG and SVG) and report.html into the run folder",
        "and prints the verdict per parameter."},
    footer = {"", "Examples:", "  inverse diagnose runs/ik-cinn-<time>",
        "  inverse diagnose runs/ik-cinn-<time> --cases 1000 --samples 199 --seed 7",
        "  inverse diagnose runs/ik-cinn-<time> --c2st 0      (no ABC ground truth)"})
public final class DiagnoseCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "RUN", description = "the run folder")
  Path run;

  @Option(names = "--cases", paramLabel = "M", defaultValue = "500",
      description = "simulated test cases (default ${DEFAULT-VALUE})")
  int cases;

  @Option(names = "--samples", paramLabel = "L", defaultValue = "99",
      description = "posterior samples per test case (default ${DEFAULT-VALUE}: the 100 possible ranks fill "
          + "20 histogram bins evenly)")
  int samples;

  @Option(names = "--seed", paramLabel = "S",
      description = "root seed of the diagnostics (default: the run's training.seed)")
  Long seed;

  @Option(names = "--c2st", paramLabel = "K", defaultValue = "2",
      description = "reference observations compared with rejection ABC by C2ST (default ${DEFAULT-VALUE}; 0: none)")
  int c2st;

  @Option(names = {"-q", "--quiet"}, description = "no progress bars")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  @Override
  public Integer call() {
    TrainedRun trained = TrainedRun.open(run, List.of());
    DiagnosisSettings settings = new DiagnosisSettings(cases, samples,
        seed != null ? seed : trained.config().training().seed(), c2st);
    Diagnosis diagnosis;
    try (Cinn cinn = trained.loadModel()) {
      diagnosis = new DiagnosticsRunner(quiet).diagnose(trained, cinn, settings);
    }
    DiagnosticsSummary summary = DiagnosticsFiles.write(trained.folder(), diagnosis,
        trained.problem().prior().names());
    Path report = HtmlReport.write(trained.folder().path());
    PrintStream out = System.out;
    VerdictTable.print(out, summary);
    out.println("\nwrote " + trained.folder().path() + " (" + DiagnosticsFiles.JSON + ", " + DiagnosticsFiles.CSV
        + ", sbc-ranks, sbc-ecdf, coverage, recovery, tarp, corner plots, " + report.getFileName() + ")");
    return 0;
  }
}
