package org.inversesuite.cli.command;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.inversesuite.cli.InverseCommand;
import org.inversesuite.cli.experiment.ExperimentKinds;
import org.inversesuite.cli.experiment.ExperimentRunner;
import org.inversesuite.cli.experiment.RunFolder;
import org.inversesuite.cli.experiment.RunReport;
import org.inversesuite.core.train.TrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inverse resume RUN}: continues an interrupted run from its last checkpoint. */
@Command(name = "resume", mixinStandardHelpOptions = true,
    description = {"Continue a run that was interrupted (Ctrl-C, kill -9, a crash) from its last checkpoint",
        "and finish it. The result equals that of an uninterrupted run with the same config and seed."},
    footer = {"", "Example:", "  inverse resume runs/ik-cinn-20261129-120000"})
public final class ResumeCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "RUN", description = "the run folder")
  Path run;

  @Option(names = {"-q", "--quiet"}, description = "no progress bars")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  @Override
  public Integer call() {
    if (!java.nio.file.Files.isDirectory(run)) {
      throw new IllegalArgumentException("run folder not found: " + run);
    }
    ExperimentKinds.ofRun(run).ifPresent(kind -> {
      throw new IllegalArgumentException(run + " is a " + kind.label() + " run, which cannot be resumed exactly (its "
          + "checkpoint.invmodel holds the weights, not the optimizer state); train again, or continue from it with "
          + "inverse train CONFIG --set initialModel=" + run.resolve("checkpoint.invmodel") + " (initialWeights for InvDN;"
          + " a new schedule)");
    });
    RunReport report = new ExperimentRunner(System.out, quiet).resume(RunFolder.existing(run));
    TrainCommand.writeReportAndPrint(System.out, report);
    return report.training().stopReason() == TrainingResult.StopReason.NON_FINITE ? InverseCommand.FAILED : 0;
  }
}
