package org.inversesuite.cli.astro;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code inverse astro interior}: planet-interior commands. */
@Command(name = "interior", mixinStandardHelpOptions = true,
    description = "Layer mass fractions of solid planets from mass and radius (Seager et al. 2007 interiors).",
    subcommands = {InteriorDatasetCommand.class, InteriorTrainCommand.class, InteriorInferCommand.class,
        CommandLine.HelpCommand.class})
public final class InteriorCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
