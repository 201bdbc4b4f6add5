package org.inversesuite.cli.astro;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code inverse astro rv}: radial-velocity commands. */
@Command(name = "rv", mixinStandardHelpOptions = true, description = "One-planet radial-velocity orbits.",
    subcommands = {RvSimulateCommand.class, RvCheckCommand.class, RvTrainCommand.class, RvFitCommand.class, CommandLine.HelpCommand.class})
public final class RvCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
