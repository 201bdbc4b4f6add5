package org.inversesuite.cli.imaging;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code inverse imaging ...}: the image commands. */
@Command(name = "imaging", mixinStandardHelpOptions = true,
    description = "Image restoration and steganography with invertible networks.",
    subcommands = {DenoiseCommand.class, EvaluateCommand.class, HideCommand.class, RevealCommand.class, HidingEvaluateCommand.class, CommandLine.HelpCommand.class})
public final class ImagingCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
