package org.inversesuite.cli;

import java.io.PrintWriter;
import org.inversesuite.cli.airfoil.AirfoilCommand;
import org.inversesuite.cli.anomaly.AnomalyCommand;
import org.inversesuite.cli.astro.AstroCommand;
import org.inversesuite.cli.command.BenchmarkCommand;
import org.inversesuite.cli.command.DiagnoseCommand;
import org.inversesuite.cli.command.EvaluateCommand;
import org.inversesuite.cli.command.ListCommand;
import org.inversesuite.cli.command.ReportCommand;
import org.inversesuite.cli.command.ResumeCommand;
import org.inversesuite.cli.command.SampleCommand;
import org.inversesuite.cli.command.TrainCommand;
import org.inversesuite.cli.density.DensityCommand;
import org.inversesuite.cli.imaging.ImagingCommand;
import org.inversesuite.cli.inn.InnCommand;
import org.inversesuite.cli.molecules.MoleculesCommand;
import org.inversesuite.cli.spark.InferCommand;
import org.inversesuite.cli.spark.SimulateCommand;
import org.inversesuite.cli.spark.TrainOfflineCommand;
import org.inversesuite.cli.tune.TuneCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code inverse} command: the suite's only {@code main}. */
@Command(name = "inverse", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Amortized posteriors for scientific inverse problems with conditional invertible neural networks.",
        "", "Start with:  inverse train      (trains the inverse-kinematics cINN, about five minutes on 2 cores)",
        "Then:        inverse diagnose runs/<run>  (calibration, plots, report.html)"},
    subcommands = {TrainCommand.class, ResumeCommand.class, SampleCommand.class, EvaluateCommand.class,
        DiagnoseCommand.class, ReportCommand.class, ListCommand.class, BenchmarkCommand.class,
        AnomalyCommand.class,
        AstroCommand.class,
        MoleculesCommand.class,
        AirfoilCommand.class,
        DensityCommand.class,
        ImagingCommand.class,
        SimulateCommand.class, InferCommand.class, TrainOfflineCommand.class,
        InnCommand.class,
        TuneCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:the run failed (e.g. training diverged)", "2:invalid input: arguments, config, data or model file"})
public final class InverseCommand implements Runnable {
  /** Exit code of a run that failed. */
  public static final int FAILED = 1;
  /** Exit code of invalid input. */
  public static final int INVALID_INPUT = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** @return a configured command line (also used by tests) */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new InverseCommand());
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      boolean verbose = parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--verbose");
      err.println("error: " + Errors.describe(e));
      if (verbose) {
        e.printStackTrace(err);
      } else {
        err.println("(run with --verbose for the stack trace)");
      }
      err.flush();
      return Errors.isInvalidInput(e) ? INVALID_INPUT : FAILED;
    });
    return cl;
  }

  /** Runs the command and exits with its code. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
