package org.inversesuite.cli.tune;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code inverse tune}: measure and save per-machine settings. */
@Command(name = "tune", mixinStandardHelpOptions = true,
    description = "Measure settings of this machine that only a measurement can choose, and save them for the launcher.",
    subcommands = {VectorWidthCommand.class, CommandLine.HelpCommand.class})
public final class TuneCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
