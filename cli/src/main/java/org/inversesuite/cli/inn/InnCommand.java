package org.inversesuite.cli.inn;

import picocli.CommandLine.Command;

/** {@code inverse inn}: the bidirectionally trained INN of Ardizzone et al. 2019. */
@Command(name = "inn", mixinStandardHelpOptions = true,
    description = "The INN of Ardizzone et al. 2019 (x padded to [y, z], trained in both directions).",
    subcommands = {EightModesCommand.class})
public final class InnCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
