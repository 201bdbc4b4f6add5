package org.inversesuite.cli.molecules;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code inverse molecules}: the molecule design subcommands. */
@Command(name = "molecules", mixinStandardHelpOptions = true,
    description = {"logP-conditioned molecule design: a cINN over SELFIES strings, so every sample is a valid molecule.",
        "", "Start with:  inverse molecules train             (NCI 5K set, a few minutes on 2 cores)",
        "Then:        inverse molecules generate --logp 3.0 -n 100 -o out.sdf",
        "             inverse molecules evaluate"},
    subcommands = {MoleculesTrainCommand.class, MoleculesGenerateCommand.class, MoleculesEvaluateCommand.class,
        MoleculesCalibrateCommand.class, CommandLine.HelpCommand.class})
public final class MoleculesCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
