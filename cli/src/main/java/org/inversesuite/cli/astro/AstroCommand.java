package org.inversesuite.cli.astro;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code inverse astro}: the astro domain's commands. */
@Command(name = "astro", mixinStandardHelpOptions = true, description = "Exoplanet problems: radial-velocity orbits and planet interiors.",
    subcommands = {RvCommand.class, InteriorCommand.class, CommandLine.HelpCommand.class})
public final class AstroCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
