package org.inversesuite.cli.command;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.inversesuite.cli.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inverse report RUN}: rebuilds report.html from the files already in a run folder. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Rebuild report.html of a run folder from the files already there.",
        "",
        "Reads the config, provenance, metrics, posterior quality, diagnostics and",
        "plots; computes nothing (run inverse diagnose first for the calibration",
        "section). Images are referenced relatively: keep the folder together."},
    footer = {"", "Example:", "  inverse report runs/ik-cinn-<time>"})
public final class ReportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "RUN", description = "the run folder")
  Path run;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  @Override
  public Integer call() {
    Path page = HtmlReport.write(run);
    System.out.println("wrote " + page);
    return 0;
  }
}
